package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
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
    private final double warningFraction;

    private ResponseSla(SlaEdition edition, SupportTier tier, Channel channel, Severity severity, TicketType ticketType,
            SlaTarget target, Duration updateInterval, String note, double warningFraction) {
        this.edition = edition;
        this.tier = tier;
        this.channel = channel;
        this.severity = severity;
        this.ticketType = ticketType;
        this.target = target;
        this.updateInterval = updateInterval;
        this.note = note;
        this.warningFraction = warningFraction;
    }

    static ResponseSla of(SlaEdition edition, SupportTier tier, Channel channel, Severity severity,
            TicketType ticketType, SlaTarget target, Duration updateInterval, String note) {
        return new ResponseSla(edition, tier, channel, severity, ticketType, target, updateInterval, note,
                DEFAULT_WARNING_FRACTION);
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
        return new ResponseSla(edition, tier, channel, severity, ticketType, target, interval, note, warningFraction);
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
        return new ResponseSla(edition, tier, channel, severity, ticketType, target, updateInterval, note, fraction);
    }

    /**
     * The due instant of the first response: a response must come strictly before it.
     *
     * @param submitted the submission instant, not null
     * @return the due instant, not null
     */
    public Instant dueAt(Instant submitted) {
        return target.dueAt(submitted);
    }

    /**
     * The due instant of the first response with its estimate flag (working-time targets computed on dates without
     * calendar data are estimates).
     *
     * @param submitted the submission instant, not null
     * @return the deadline, not null
     */
    public Deadline deadline(Instant submitted) {
        return target.deadline(submitted);
    }

    /**
     * The wall-clock time left until the due instant; negative once it has passed.
     *
     * @param submitted the submission instant, not null
     * @param now the evaluation instant, not null
     * @return {@code dueAt(submitted) - now}, not null
     */
    public Duration timeRemaining(Instant submitted, Instant now) {
        Objects.requireNonNull(now, "now");
        return Duration.between(now, dueAt(submitted));
    }

    /**
     * The status at an instant. With a response, the status is MET or MET_LATE whatever {@code now} is; without
     * one it is ON_TIME, AT_RISK or BREACHED at {@code now}.
     *
     * @param submitted the submission instant, not null
     * @param now the evaluation instant, not null, not before {@code submitted}
     * @param respondedAt the first response, if any, not null, not before {@code submitted}
     * @return the status, not null
     * @throws IllegalArgumentException if {@code now} or the response is before {@code submitted}
     */
    public SlaStatus status(Instant submitted, Instant now, Optional<Instant> respondedAt) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(respondedAt, "respondedAt");
        Deadline deadline = deadline(submitted);
        Instant due = deadline.instant();
        if (respondedAt.isPresent()) {
            Instant r = respondedAt.get();
            double fraction = fraction(target.consumed(submitted, r));
            if (r.isBefore(due)) {
                return SlaStatus.of(SlaStatus.State.MET, deadline, Duration.ZERO, fraction);
            }
            return SlaStatus.of(SlaStatus.State.MET_LATE, deadline, Duration.between(due, r), fraction);
        }
        double fraction = fraction(target.consumed(submitted, now));
        if (!now.isBefore(due)) {
            return SlaStatus.of(SlaStatus.State.BREACHED, deadline, Duration.between(due, now), fraction);
        }
        SlaStatus.State state = fraction >= warningFraction ? SlaStatus.State.AT_RISK : SlaStatus.State.ON_TIME;
        return SlaStatus.of(state, deadline, Duration.ZERO, fraction);
    }

    /**
     * When the next progress update of an express ticket is due.
     *
     * @param lastUpdate the last update (or the first response), not null
     * @return {@code lastUpdate + progressUpdateInterval()}, not null
     * @throws IllegalStateException if this SLA has no progress-update cadence
     */
    public Instant nextProgressUpdateDue(Instant lastUpdate) {
        Objects.requireNonNull(lastUpdate, "lastUpdate");
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
        return consumed.toNanos() / (double) target.amount().toNanos();
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
                && note.equals(r.note) && Double.compare(warningFraction, r.warningFraction) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition, tier, channel, severity, ticketType, target, updateInterval, note, warningFraction);
    }

    /** @return a summary such as {@code CN_20210122 ENTERPRISE TICKET CRITICAL < 12 min} */
    @Override
    public String toString() {
        return describeCell() + " < " + target
                + (updateInterval != null ? ", progress update every " + updateInterval : "");
    }
}
