package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first-response SLA of one catalog cell: tier, channel, severity or ticket type, target, and (for express
 * tickets) the progress-update cadence.
 *
 * <p><b>Deadline convention.</b> The due instant is {@code submitted + target} (working time for working-time
 * targets). The documents write "&lt; 10 分钟": a response is on time only when it comes strictly before the due
 * instant; at or after it, the SLA is breached.
 *
 * <p><b>Status.</b> {@link #status(Instant, Instant, Optional)} reports {@code ON_TIME}, {@code AT_RISK} (at least
 * the warning fraction, by default 0.75, of the target consumed), {@code BREACHED}, or, once responded,
 * {@code MET} / {@code MET_LATE}.
 *
 * <p><b>Estimates.</b> A working-time target (such as "1 working day") computed over dates its calendar has no
 * holiday data for is an estimate. {@link #deadline(Instant)}, {@link #timeRemaining(Instant, Instant)} and
 * {@link #status(Instant, Instant, Optional)} flag it; {@link #dueAt(Instant)}, which returns a bare instant, refuses
 * it with {@link UncoveredDateException}. Clock-time targets are always exact. The SLA carries the calendar of the
 * catalog it came from ({@link #calendar()}, see {@link SlaCatalog#withCalendar(WorkingCalendar)}).
 *
 * <p>Instants are accepted in years 1 to 9999; outside that range methods throw {@link IllegalArgumentException}
 * naming the argument and the range.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResponseSla {

    /** The default warning fraction: at 75 % of the target consumed the status becomes AT_RISK. */
    public static final double DEFAULT_WARNING_FRACTION = 0.75;
    /** The default progress-update interval of an express ticket: every hour (每1小时内提供给客户进展更新). */
    public static final Duration DEFAULT_UPDATE_INTERVAL = Duration.ofHours(1);

    private final SlaEdition edition;
    private final SupportTier tier;
    private final Channel channel;
    private final Severity severity;
    private final TicketType ticketType;
    private final SlaTarget target;
    private final Duration updateInterval;
    private final String note;
    private final EngineerGroup engineerGroup;
    private final WorkingCalendar calendar;
    private final double warningFraction;

    private ResponseSla(SlaEdition edition, SupportTier tier, Channel channel, Severity severity, TicketType ticketType,
            SlaTarget target, Duration updateInterval, String note, EngineerGroup engineerGroup,
            WorkingCalendar calendar, double warningFraction) {
        this.edition = edition;
        this.tier = tier;
        this.channel = channel;
        this.severity = severity;
        this.ticketType = ticketType;
        this.target = target;
        this.updateInterval = updateInterval;
        this.note = note;
        this.engineerGroup = engineerGroup;
        this.calendar = calendar;
        this.warningFraction = warningFraction;
    }

    static ResponseSla of(SlaEdition edition, SupportTier tier, Channel channel, Severity severity,
            TicketType ticketType, SlaTarget target, Duration updateInterval, String note, EngineerGroup engineerGroup,
            WorkingCalendar calendar) {
        return new ResponseSla(edition, tier, channel, severity, ticketType, target.onCalendar(calendar),
                updateInterval, note, engineerGroup, Objects.requireNonNull(calendar, "calendar"),
                DEFAULT_WARNING_FRACTION);
    }

    private ResponseSla with(Duration interval, double fraction) {
        return new ResponseSla(edition, tier, channel, severity, ticketType, target, interval, note, engineerGroup,
                calendar, fraction);
    }

    /** @return the edition this SLA comes from, not null */
    public SlaEdition edition() {
        return edition;
    }

    /** @return the support tier, not null */
    public SupportTier tier() {
        return tier;
    }

    /** @return the channel, not null */
    public Channel channel() {
        return channel;
    }

    /** @return the severity, or empty when the SLA is selected by ticket type */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** @return the ticket type, or empty when the SLA is selected by severity */
    public Optional<TicketType> ticketType() {
        return Optional.ofNullable(ticketType);
    }

    /** @return the first-response target, not null */
    public SlaTarget target() {
        return target;
    }

    /**
     * The progress-update cadence: express tickets get an update at least every hour, or at an interval agreed with
     * the customer ({@link #withUpdateInterval(Duration)}).
     *
     * @return the interval, or empty when the document promises no cadence
     */
    public Optional<Duration> progressUpdateInterval() {
        return Optional.ofNullable(updateInterval);
    }

    /** @return a note on how the document was read (such as the IM group severity mapping), empty if none */
    public String note() {
        return note;
    }

    /**
     * The engineer group that handles the ticket (支持工程师): for the CN 20210122 ticket cells
     * {@link EngineerGroup#AFTER_SALES}, for express tickets {@link EngineerGroup#SENIOR_AFTER_SALES}.
     *
     * @return the group, or empty where the document does not name one (IM group, the FAQ table, partner packages)
     */
    public Optional<EngineerGroup> engineerGroup() {
        return Optional.ofNullable(engineerGroup);
    }

    /**
     * The working calendar of the catalog this SLA came from; working-time targets are measured on it.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** @return the fraction of the target after which an open ticket is AT_RISK, in (0, 1] */
    public double warningFraction() {
        return warningFraction;
    }

    /**
     * Returns a copy with an agreed progress-update interval (或与客户约定进展更新时间).
     *
     * @param interval the agreed interval, positive
     * @return the copy, not null
     * @throws IllegalStateException if this SLA has no progress-update cadence (only express tickets have one)
     */
    public ResponseSla withUpdateInterval(Duration interval) {
        WorkingCalendar.requirePositive(interval, "interval");
        requireCadence();
        return with(interval, warningFraction);
    }

    /**
     * Returns a copy with another warning fraction.
     *
     * @param fraction the fraction of the target after which an open ticket is AT_RISK, in (0, 1]
     * @return the copy, not null
     * @throws IllegalArgumentException if the fraction is not in (0, 1]
     */
    public ResponseSla withWarningFraction(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("warning fraction must be in (0, 1], was " + fraction);
        }
        return with(updateInterval, fraction);
    }

    /**
     * The due instant of the first response, as a bare instant: a response must come strictly before it. Exact for
     * clock-time targets. For a working-time target whose due instant would be an estimate (a date without calendar
     * data is involved) this method refuses: use {@link #deadline(Instant)}, which carries the estimate flag.
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @return the exact due instant, not null
     * @throws UncoveredDateException if the due instant would be an estimate, naming the uncovered years
     * @throws IllegalArgumentException if {@code submitted} is out of range
     */
    public Instant dueAt(Instant submitted) {
        return target.dueAt(submitted);
    }

    /**
     * The due instant of the first response with its estimate flag (working-time targets computed on dates without
     * calendar data are estimates).
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @return the deadline, not null
     * @throws IllegalArgumentException if {@code submitted} is out of range
     * @throws UncoveredDateException if the calendar refuses estimates ({@link EstimatePolicy#REFUSE}) and one is needed
     */
    public Deadline deadline(Instant submitted) {
        return target.deadline(submitted);
    }

    /**
     * The wall-clock time left until the due instant; negative once it has passed. An estimate when the deadline is.
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @param now the evaluation instant, not null, in years 1 to 9999
     * @return {@code deadline(submitted) - now} with the deadline's estimate flag, not null
     * @throws IllegalArgumentException if an instant is out of range
     * @throws UncoveredDateException if the calendar refuses estimates and one is needed
     */
    public CalendarDuration timeRemaining(Instant submitted, Instant now) {
        Limits.instant(now, "now");
        Deadline d = deadline(submitted);
        return CalendarDuration.of(Duration.between(now, d.instant()), d.isEstimate());
    }

    /**
     * The status at an instant. With a response, the status is MET or MET_LATE whatever {@code now} is; without
     * one it is ON_TIME, AT_RISK or BREACHED at {@code now}. The status is an estimate when its deadline or its
     * consumed working time is ({@link SlaStatus#isEstimate()}).
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @param now the evaluation instant, not null, not before {@code submitted}, in years 1 to 9999
     * @param respondedAt the first response, if any, not null, not before {@code submitted}
     * @return the status, not null
     * @throws IllegalArgumentException if {@code now} or the response is before {@code submitted}, or an instant is
     *     out of range
     * @throws UncoveredDateException if the calendar refuses estimates and one is needed
     */
    public SlaStatus status(Instant submitted, Instant now, Optional<Instant> respondedAt) {
        Limits.instant(submitted, "submitted");
        Limits.instant(now, "now");
        Objects.requireNonNull(respondedAt, "respondedAt");
        Deadline deadline = deadline(submitted);
        Instant due = deadline.instant();
        if (respondedAt.isPresent()) {
            Instant r = Limits.instant(respondedAt.get(), "respondedAt");
            CalendarDuration consumed = target.consumed(submitted, r);
            boolean estimate = deadline.isEstimate() || consumed.isEstimate();
            double fraction = fraction(consumed.duration());
            if (r.isBefore(due)) {
                return SlaStatus.of(SlaStatus.State.MET, deadline, Duration.ZERO, fraction, estimate);
            }
            return SlaStatus.of(SlaStatus.State.MET_LATE, deadline, Duration.between(due, r), fraction, estimate);
        }
        CalendarDuration consumed = target.consumed(submitted, now);
        boolean estimate = deadline.isEstimate() || consumed.isEstimate();
        double fraction = fraction(consumed.duration());
        if (!now.isBefore(due)) {
            return SlaStatus.of(SlaStatus.State.BREACHED, deadline, Duration.between(due, now), fraction, estimate);
        }
        SlaStatus.State state = fraction >= warningFraction ? SlaStatus.State.AT_RISK : SlaStatus.State.ON_TIME;
        return SlaStatus.of(state, deadline, Duration.ZERO, fraction, estimate);
    }

    /**
     * Checks the progress updates of an express ticket against the cadence: each update is due one interval (1 h,
     * or the agreed interval of {@link #withUpdateInterval(Duration)}) after the previous one, the first one interval
     * after the first response; see {@link ProgressUpdateCompliance} for the rules.
     *
     * @param firstResponse the first response, not null
     * @param updatesSent the instants the updates were sent, in order, not null, each between the previous one and
     *     {@code now}
     * @param now the evaluation instant (the closing of the ticket, or the current time), not null
     * @return each expected update, whether it came on time and by how much it was late, not null
     * @throws IllegalStateException if this SLA has no progress-update cadence
     * @throws IllegalArgumentException if the updates are out of order or outside {@code [firstResponse, now]}
     */
    public ProgressUpdateCompliance progressUpdateCompliance(Instant firstResponse, List<Instant> updatesSent,
            Instant now) {
        requireCadence();
        return ProgressUpdateCompliance.check(updateInterval, firstResponse, updatesSent, now);
    }

    /**
     * When the next progress update of an express ticket is due.
     *
     * @param lastUpdate the last update (or the first response), not null
     * @return {@code lastUpdate + progressUpdateInterval()}, not null
     * @throws IllegalStateException if this SLA has no progress-update cadence
     */
    public Instant nextProgressUpdateDue(Instant lastUpdate) {
        Limits.instant(lastUpdate, "lastUpdate");
        requireCadence();
        return lastUpdate.plus(updateInterval);
    }

    private void requireCadence() {
        if (updateInterval == null) {
            throw new IllegalStateException("no progress-update cadence for " + describeCell()
                    + "; only express tickets (TicketType EXPRESS) have one");
        }
    }

    private double fraction(Duration consumed) {
        // seconds as double: a ticket from 1700 has consumed more nanoseconds than a long holds
        return seconds(consumed) / seconds(target.amount());
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private String describeCell() {
        return edition + " " + tier + " " + channel + " " + (severity != null ? severity : ticketType);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ResponseSla)) {
            return false;
        }
        ResponseSla r = (ResponseSla) o;
        return edition == r.edition && tier == r.tier && channel == r.channel && severity == r.severity
                && ticketType == r.ticketType && target.equals(r.target) && Objects.equals(updateInterval, r.updateInterval)
                && note.equals(r.note) && engineerGroup == r.engineerGroup && calendar.equals(r.calendar)
                && Double.compare(warningFraction, r.warningFraction) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, tier, channel, severity, ticketType, target, updateInterval, note, engineerGroup,
                calendar, warningFraction);
    }

    /** @return a summary such as {@code CN_20210122 ENTERPRISE TICKET CRITICAL < 12 min} */
    @Override
    public String toString() {
        return describeCell() + " < " + target
                + (updateInterval != null ? ", progress update every " + updateInterval : "");
    }
}
