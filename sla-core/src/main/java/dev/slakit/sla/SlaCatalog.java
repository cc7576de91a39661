package dev.slakit.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One edition of the first-response SLA tables of the Alibaba Cloud support-plan statements of work, with the
 * service hours and entitlements of its tiers.
 *
 * <ul>
 * <li>{@link #cn20210122()}: section 5 SLA table and the express-ticket statement of work. TICKET: BASIC and
 * BUSINESS by {@link TicketType} (EXPRESS &lt;10 min, IMPORTANT &lt;90 min, GENERAL &lt;120 min); ENTERPRISE and
 * PREMIUM by {@link Severity} (12 / 40 / 90 / 120 / 120 min) and TicketType EXPRESS (with a package). IM_GROUP
 * (ENTERPRISE, PREMIUM) by severity: 业务不可用 &lt;10 min, 一般问题 &lt;1 h, 一般咨询 &lt;16 h.</li>
 * <li>{@link #cnFaq20210122()}: FAQ question 2 of the same document. BASIC "一个工作日之内受理" (1 working day on the
 * China mainland calendar, any severity); BUSINESS URGENT 40 min, HIGH 3 h, MEDIUM 8 h, LOW 16 h; ENTERPRISE and
 * PREMIUM CRITICAL 12 min and the same.</li>
 * <li>{@link #partner20210908()}: section 4 of the partner document. Every package, TICKET: CRITICAL 15 min,
 * URGENT 40 min, HIGH 4 h, MEDIUM 8 h, LOW 18 h.</li>
 * </ul>
 *
 * <p><b>IM group mapping.</b> The CN table gives group targets per "案例严重性" in three classes; slakit maps
 * CRITICAL and URGENT to 业务不可用, HIGH and MEDIUM to 一般问题, LOW to 一般咨询. This is our interpretation. Section
 * 5.2 says the group response time "参考工单支持" (follows ticket support) while the table gives group figures: the
 * table wins.
 *
 * <p><b>One table per edition.</b> Tiers, response targets, service hours, entitlements, quotas, reports and
 * deliverables of an edition come from one plan table, which {@link Entitlements}, {@link TicketQuota} and
 * {@link ServiceReports} read too. {@link #of(SlaEdition)} is the factory; the date-named factories are shortcuts.
 * The FAQ edition has the FAQ's response targets and, for everything else, the same document's plans (section 4.1
 * and the section 5 table): the FAQ names the same four plans and contradicts nothing else.
 *
 * <p><b>Calendars.</b> Working-time targets (the FAQ's BASIC "1 working day") and the partner lead time are measured
 * on the catalog's calendar: {@link WorkingCalendar#chinaMainland()} for the shared catalogs, or the one given to
 * {@link #withCalendar(WorkingCalendar)} (a calendar with newer holiday data, or a strict one). Answers computed over
 * dates without holiday data are flagged as estimates (see {@link Deadline}).
 *
 * <p>A combination an edition does not define throws {@link UnsupportedSlaException}, naming tier, channel, edition
 * and what the combination accepts; there is no silent default.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaCatalog {

    private static final Map<SlaEdition, SlaCatalog> SHARED = new EnumMap<SlaEdition, SlaCatalog>(SlaEdition.class);

    private final EditionTable table;
    private final WorkingCalendar calendar;
    private final Set<SupportTier> tiers;
    private final Map<EditionTable.Key, ResponseSla> cells;

    private SlaCatalog(EditionTable table, WorkingCalendar calendar) {
        this.table = table;
        this.calendar = calendar;
        this.tiers = Collections.unmodifiableSet(table.tiers());
        EditionTable.Cells c = new EditionTable.Cells(table.edition(), calendar);
        table.responseCells(c, calendar);
        this.cells = c.cells();
    }

    /**
     * The edition {@link SlaEdition#CN_20210122}: section 5 SLA table and the express-ticket statement of work.
     * Same as {@code of(SlaEdition.CN_20210122)}.
     *
     * @return the shared catalog on the China mainland calendar, not null
     */
    public static SlaCatalog cn20210122() {
        return of(SlaEdition.CN_20210122);
    }

    /**
     * The edition {@link SlaEdition#CN_FAQ_20210122}: FAQ question 2 of the 20210122 document. Same as
     * {@code of(SlaEdition.CN_FAQ_20210122)}.
     *
     * @return the shared catalog on the China mainland calendar, not null
     */
    public static SlaCatalog cnFaq20210122() {
        return of(SlaEdition.CN_FAQ_20210122);
    }

    /**
     * The edition {@link SlaEdition#PARTNER_20210908}: section 4 of the partner statement of work. Same as
     * {@code of(SlaEdition.PARTNER_20210908)}.
     *
     * @return the shared catalog on the China mainland calendar, not null
     */
    public static SlaCatalog partner20210908() {
        return of(SlaEdition.PARTNER_20210908);
    }

    /**
     * The catalog of an edition, on the China mainland calendar ({@link #withCalendar(WorkingCalendar)} for
     * another).
     *
     * @param edition the edition, not null
     * @return the shared catalog, not null
     * @throws IllegalArgumentException for an edition without a plan table
     */
    public static SlaCatalog of(SlaEdition edition) {
        EditionTable table = EditionTable.of(edition);
        synchronized (SHARED) {
            SlaCatalog c = SHARED.get(edition);
            if (c == null) {
                c = new SlaCatalog(table, WorkingCalendar.chinaMainland());
                SHARED.put(edition, c);
            }
            return c;
        }
    }

    /**
     * Returns this edition on another working calendar: every working-time target, every status and the partner
     * lead time of the returned catalog use it. Use it to add holiday data the library does not ship yet
     * ({@code WorkingCalendar.chinaMainland().toBuilder().load(file).build()}) or to refuse estimates
     * ({@code calendar.withEstimates(EstimatePolicy.REFUSE)}).
     *
     * @param calendar the calendar, not null
     * @return the catalog on {@code calendar} (this catalog if it already uses an equal calendar), not null
     */
    public SlaCatalog withCalendar(WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.equals(this.calendar) ? this : new SlaCatalog(table, calendar);
    }

    /** @return the working calendar of the catalog's working-time answers, not null */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** @return the edition, not null */
    public SlaEdition edition() {
        return table.edition();
    }

    /** @return the source document title and version of the edition */
    public String sourceDocument() {
        return table.edition().sourceDocument();
    }

    /** @return the tiers this edition defines, unmodifiable */
    public Set<SupportTier> tiers() {
        return tiers;
    }

    /** @return every response SLA of the edition, in table order, unmodifiable */
    public List<ResponseSla> responseSlas() {
        return Collections.unmodifiableList(new ArrayList<ResponseSla>(cells.values()));
    }

    /**
     * The response SLA of a cell selected by severity.
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @param severity the severity, not null
     * @return the response SLA, not null
     * @throws UnsupportedSlaException if the edition does not define the combination
     */
    public ResponseSla responseSla(SupportTier tier, Channel channel, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return lookup(tier, channel, severity, "Severity " + severity);
    }

    /**
     * The response SLA of a cell selected by ticket type (BASIC and BUSINESS in the CN edition; EXPRESS for every
     * CN tier).
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @param ticketType the ticket type, not null
     * @return the response SLA, not null
     * @throws UnsupportedSlaException if the edition does not define the combination
     */
    public ResponseSla responseSla(SupportTier tier, Channel channel, TicketType ticketType) {
        Objects.requireNonNull(ticketType, "ticketType");
        return lookup(tier, channel, ticketType, "TicketType " + ticketType);
    }

    private ResponseSla lookup(SupportTier tier, Channel channel, Enum<?> criterion, String asked) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(channel, "channel");
        ResponseSla sla = cells.get(new EditionTable.Key(tier, channel, criterion));
        if (sla == null) {
            throw new UnsupportedSlaException(tier, channel, edition(), asked, accepted(tier, channel));
        }
        return sla;
    }

    private String accepted(SupportTier tier, Channel channel) {
        if (!tiers.contains(tier)) {
            return "tiers " + tiers;
        }
        List<String> severities = new ArrayList<String>();
        List<String> types = new ArrayList<String>();
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        for (EditionTable.Key k : cells.keySet()) {
            if (k.tier != tier) {
                continue;
            }
            channels.add(k.channel);
            if (k.channel == channel) {
                (k.criterion instanceof Severity ? severities : types).add(k.criterion.name());
            }
        }
        if (severities.isEmpty() && types.isEmpty()) {
            ServiceHours hours = serviceHoursOrNull(tier, channel);
            String why = "";
            if (hours != null && !hours.isOffered()) {
                why = " (" + channel + " is not offered to " + tier + ")";
            } else if (hours != null) {
                why = " (" + channel + " is available to " + tier + " (" + hours.description()
                        + ") but the document gives it no numeric response target)";
            }
            return "channels with a response target for " + tier + ": " + channels + why;
        }
        StringBuilder sb = new StringBuilder();
        if (!severities.isEmpty()) {
            sb.append("Severity ").append(String.join(", ", severities));
        }
        if (!types.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("TicketType ").append(String.join(", ", types));
        }
        return sb.toString();
    }

    /**
     * The service hours of a channel for a tier (availability, not a response target).
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @return the service hours, possibly {@link ServiceHours.Availability#NOT_OFFERED}, not null
     * @throws UnsupportedSlaException if the tier is not in this edition, or the document says nothing about the
     *     channel (partner hotline and online chat)
     */
    public ServiceHours serviceHours(SupportTier tier, Channel channel) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(channel, "channel");
        ServiceHours hours = serviceHoursOrNull(tier, channel);
        if (hours == null) {
            throw new UnsupportedSlaException(tier, channel, edition(), "service hours",
                    tiers.contains(tier) ? "channels TICKET, IM_GROUP (the partner document defines no hotline or online chat)"
                            : "tiers " + tiers);
        }
        return hours;
    }

    private ServiceHours serviceHoursOrNull(SupportTier tier, Channel channel) {
        return tiers.contains(tier) ? table.serviceHours(tier, channel) : null;
    }

    /**
     * Online chat as its two services: the 智能客服 bot and the human agents (09:00-24:00 Asia/Shanghai).
     *
     * @param tier a tier of this edition, not null
     * @return the bot and human hours, not null
     * @throws UnsupportedSlaException if the tier is not in this edition or the document says nothing about online
     *     chat (the partner document)
     */
    public OnlineChat onlineChat(SupportTier tier) {
        ServiceHours humans = serviceHours(tier, Channel.ONLINE_CHAT);
        return OnlineChat.of(table.chatBotHours(tier), humans);
    }

    /**
     * The entitlements of a tier of this edition.
     *
     * @param tier the tier, not null
     * @return the entitlements, not null
     * @throws UnsupportedSlaException if the tier is not in this edition
     */
    public Entitlements entitlements(SupportTier tier) {
        Objects.requireNonNull(tier, "tier");
        if (!tiers.contains(tier)) {
            throw new UnsupportedSlaException(tier, null, edition(), "entitlements", "tiers " + tiers);
        }
        return Entitlements.of(tier);
    }

    /**
     * The earliest start of a partner support plan applied for on a date, on this catalog's calendar: the 10th
     * working day after the application (see {@link PartnerApplication}).
     *
     * @param applied the application date, not null
     * @return the start of the earliest start date in the calendar's zone, flagged as an estimate outside the data
     * @throws IllegalStateException if this is not the partner edition
     * @throws UncoveredDateException if the calendar refuses estimates and one is needed
     */
    public Deadline earliestServiceStart(LocalDate applied) {
        Objects.requireNonNull(applied, "applied");
        if (table.edition() != SlaEdition.PARTNER_20210908) {
            throw new IllegalStateException("the partner application lead time is defined by edition PARTNER_20210908"
                    + " only; this catalog is " + edition() + " (use SlaCatalog.partner20210908().withCalendar(...))");
        }
        return PartnerApplication.earliestServiceStart(applied, calendar);
    }

    /** @return the edition, its source document and the calendar */
    @Override
    public String toString() {
        return "SlaCatalog[" + edition() + ": " + sourceDocument() + ", " + calendar + "]";
    }
}
