package dev.slakit.examples;

import dev.slakit.sla.CalendarDay;
import dev.slakit.sla.Channel;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.ResponseSla;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SlaEdition;
import dev.slakit.sla.SlaStatus;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import dev.slakit.sla.WorkingCalendar;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Scenario 1: a small support-ticket queue with its first-response deadlines. Mixed tiers, channels,
 * severities and ticket types from all three editions (CN_20210122, CN_FAQ_20210122, PARTNER_20210908),
 * printed as a table: submitted, target, due in Asia/Shanghai and UTC, status at "now", time left. Ticket 8
 * is a BASIC ticket of the FAQ edition ("1 working day") submitted on the make-up working day before Spring
 * Festival 2026, so its deadline lies after the holiday; sla-core's China mainland calendar computes it.
 *
 * <p>Run: {@code java dev.slakit.examples.SlaDeadlines [now]} where {@code now} is an ISO-8601 instant such as
 * {@code 2026-02-24T02:00:00Z}; without it, now is {@link #DEMO_NOW}, the first working morning after the
 * holiday (the queue is fixed data around that morning, so a later "now" shows every open ticket breached).
 */
public final class SlaDeadlines {

    /** Tuesday 2026-02-24 10:00 Asia/Shanghai: the first working morning after Spring Festival 2026. */
    public static final Instant DEMO_NOW = Instant.parse("2026-02-24T02:00:00Z");

    private SlaDeadlines() {
    }

    /**
     * A ticket in the queue: which SLA cell it falls in, when it was submitted and when (if) it got its first
     * response. Exactly one of {@code severity} and {@code ticketType} is set.
     *
     * @param id the queue number
     * @param edition the edition of the support plan's document
     * @param tier the support tier
     * @param channel the channel the ticket came in through
     * @param severity the severity, or null when the cell is selected by ticket type
     * @param ticketType the ticket type, or null when the cell is selected by severity
     * @param submitted the submission instant
     * @param respondedAt the first response, if any
     */
    public record Ticket(int id, SlaEdition edition, SupportTier tier, Channel channel, Severity severity,
            TicketType ticketType, Instant submitted, Optional<Instant> respondedAt) {

        /** Checks that exactly one of severity and ticket type is set. */
        public Ticket {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(submitted, "submitted");
            Objects.requireNonNull(respondedAt, "respondedAt");
            if ((severity == null) == (ticketType == null)) {
                throw new IllegalArgumentException("exactly one of severity and ticketType must be set");
            }
        }

        /** @return the response SLA of the ticket's cell, looked up in its edition's catalog */
        public ResponseSla sla() {
            SlaCatalog catalog = SlaCatalog.of(edition);
            return severity != null ? catalog.responseSla(tier, channel, severity)
                    : catalog.responseSla(tier, channel, ticketType);
        }

        /**
         * The status at an instant.
         *
         * @param now the instant, not null
         * @return the status, or empty if the ticket is not yet submitted at {@code now}
         */
        public Optional<SlaStatus> statusAt(Instant now) {
            if (now.isBefore(submitted)) {
                return Optional.empty();
            }
            Optional<Instant> response = respondedAt.filter(r -> !r.isAfter(now));
            return Optional.of(sla().status(submitted, now, response));
        }
    }

    /**
     * The demo queue: ten tickets around {@link #DEMO_NOW}. At that instant ticket 1 is breached, ticket 3 is
     * at risk, tickets 4 and 7 are met and the others are on time.
     *
     * @return the tickets, in queue order
     */
    public static List<Ticket> demoQueue() {
        List<Ticket> q = new ArrayList<>();
        SlaEdition cn = SlaEdition.CN_20210122;
        SlaEdition faq = SlaEdition.CN_FAQ_20210122;
        SlaEdition partner = SlaEdition.PARTNER_20210908;
        q.add(new Ticket(1, cn, SupportTier.ENTERPRISE, Channel.TICKET, Severity.CRITICAL, null,
                china(2026, 2, 24, 9, 40), Optional.empty()));
        q.add(new Ticket(2, cn, SupportTier.PREMIUM, Channel.TICKET, Severity.URGENT, null,
                china(2026, 2, 24, 9, 45), Optional.empty()));
        q.add(new Ticket(3, cn, SupportTier.BUSINESS, Channel.TICKET, null, TicketType.EXPRESS,
                china(2026, 2, 24, 9, 52), Optional.empty()));
        q.add(new Ticket(4, cn, SupportTier.BASIC, Channel.TICKET, null, TicketType.IMPORTANT,
                china(2026, 2, 24, 9, 5), Optional.of(china(2026, 2, 24, 9, 31))));
        q.add(new Ticket(5, cn, SupportTier.PREMIUM, Channel.IM_GROUP, Severity.HIGH, null,
                china(2026, 2, 24, 9, 20), Optional.empty()));
        q.add(new Ticket(6, faq, SupportTier.BUSINESS, Channel.TICKET, Severity.MEDIUM, null,
                china(2026, 2, 24, 8, 30), Optional.empty()));
        q.add(new Ticket(7, faq, SupportTier.BASIC, Channel.TICKET, Severity.LOW, null,
                china(2026, 2, 13, 20, 0), Optional.of(china(2026, 2, 14, 11, 0))));
        q.add(new Ticket(8, faq, SupportTier.BASIC, Channel.TICKET, Severity.HIGH, null,
                china(2026, 2, 14, 18, 0), Optional.empty()));
        q.add(new Ticket(9, partner, SupportTier.PARTNER_ELITE, Channel.TICKET, Severity.HIGH, null,
                china(2026, 2, 24, 7, 30), Optional.empty()));
        q.add(new Ticket(10, partner, SupportTier.PARTNER_FLAGSHIP, Channel.TICKET, Severity.CRITICAL, null,
                china(2026, 2, 24, 9, 50), Optional.empty()));
        return q;
    }

    private static Instant china(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Formats.CHINA).toInstant();
    }

    /**
     * Prints the demo queue at an instant.
     *
     * @param now the instant "now", not null
     * @param out where to print, not null
     */
    public static void print(Instant now, PrintStream out) {
        print(demoQueue(), now, out);
    }

    /**
     * Prints a queue at an instant: a heading, the table, and a line per ticket whose working-day deadline
     * skips non-working days.
     *
     * @param tickets the queue, not null
     * @param now the instant "now", not null
     * @param out where to print, not null
     */
    public static void print(List<Ticket> tickets, Instant now, PrintStream out) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(out, "out");
        out.println("First-response deadlines at " + Formats.china(now) + " Asia/Shanghai (times MM-dd HH:mm, year "
                + now.atZone(Formats.CHINA).getYear() + ")");
        TextTable table = TextTable.withHeaders("#", "Edition", "Tier", "Ticket", "Target", "Submitted",
                "Due (CST)", "Due (UTC)", "Status", "Left");
        List<String> notes = new ArrayList<>();
        for (Ticket t : tickets) {
            ResponseSla sla = t.sla();
            Deadline deadline = sla.deadline(t.submitted()); // dueAt(...) refuses estimates
            Instant due = deadline.instant();
            Optional<SlaStatus> status = t.statusAt(now);
            String state = status.map(s -> s.state().name() + (s.isEstimate() ? " (est.)" : "")).orElse("NOT_YET");
            boolean open = status.isPresent() && !t.respondedAt().filter(r -> !r.isAfter(now)).isPresent();
            String left = open ? Formats.duration(sla.timeRemaining(t.submitted(), now).duration()) : "";
            String mark = deadline.isEstimate() ? " (est.)" : "";
            table.row(t.id(), editionLabel(t.edition()), tierLabel(t.tier()), ticketLabel(t), sla.target().describe(),
                    Formats.shortChina(t.submitted()), Formats.shortChina(due) + mark, Formats.shortUtc(due) + mark,
                    state, left + (left.isEmpty() ? "" : mark));
            sla.target().calendar().flatMap(c -> skipped(c, t.submitted(), due))
                    .ifPresent(s -> notes.add("#" + t.id() + " " + s));
        }
        table.print(out);
        for (String note : notes) {
            out.println(note);
        }
    }

    /** A short edition label; the legend is in the class javadoc and the README. */
    static String editionLabel(SlaEdition edition) {
        switch (edition) {
            case CN_20210122:
                return "CN";
            case CN_FAQ_20210122:
                return "CN-FAQ";
            default:
                return "Partner";
        }
    }

    private static String tierLabel(SupportTier tier) {
        return tier.isPartner() ? tier.englishName() : tier.chineseName() + " " + tier.englishName();
    }

    private static String ticketLabel(Ticket t) {
        String channel = t.channel() == Channel.TICKET ? "" : t.channel() == Channel.IM_GROUP ? "IM group: "
                : t.channel().englishName() + ": ";
        boolean chinese = t.edition() != SlaEdition.PARTNER_20210908;
        if (t.severity() != null) {
            return channel + t.severity().englishName() + (chinese ? " " + t.severity().chineseName() : "");
        }
        // "Express 极速工单": the English name without the word "ticket", which the column already says
        String english = t.ticketType().name().charAt(0) + t.ticketType().name().substring(1).toLowerCase(Locale.ROOT);
        return channel + english + " " + t.ticketType().chineseName();
    }

    /**
     * The non-working dates between submission and deadline, as ranges, and the make-up working days (调休) on
     * the way; empty if there are neither.
     */
    private static Optional<String> skipped(WorkingCalendar calendar, Instant from, Instant to) {
        LocalDate first = from.atZone(calendar.zone()).toLocalDate();
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        List<String> ranges = new ArrayList<>();
        List<String> makeUp = new ArrayList<>();
        LocalDate start = null;
        boolean estimated = false;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            CalendarDay day = calendar.dayKind(d);
            boolean working = day.isWorkingDay();
            if (day.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY) {
                makeUp.add(Formats.dateWithDay(d));
            }
            if (day.isEstimate()) {
                estimated = true;
            }
            if (!working && start == null) {
                start = d;
            }
            if (working && start != null) {
                ranges.add(range(start, d.minusDays(1)));
                start = null;
            }
        }
        if (start != null) {
            ranges.add(range(start, last));
        }
        List<String> parts = new ArrayList<>();
        if (estimated) {
            parts.add("estimate: no holiday data for part of " + first + ".." + last);
        }
        if (!ranges.isEmpty()) {
            parts.add("skips non-working " + String.join(", ", ranges));
        }
        if (!makeUp.isEmpty()) {
            parts.add("counts make-up working day (调休) " + String.join(", ", makeUp));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private static String range(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }

    /**
     * Prints the demo queue.
     *
     * @param args optionally the instant "now" (ISO-8601, such as {@code 2026-02-24T02:00:00Z}); default
     *     {@link #DEMO_NOW}
     */
    public static void main(String[] args) {
        print(args.length > 0 ? Instant.parse(args[0]) : DEMO_NOW, System.out);
    }
}
