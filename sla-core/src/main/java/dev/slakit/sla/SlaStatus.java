package dev.slakit.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * The state of a first-response SLA at an instant, as computed by
 * {@link ResponseSla#status(java.time.Instant, java.time.Instant, java.util.Optional)}, with its estimate flag.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaStatus {

    /** The state of a first-response SLA. */
    public enum State {
        /** Not yet responded, and less than the warning fraction of the target has been consumed. */
        ON_TIME,
        /** Not yet responded, at least the warning fraction consumed, the due instant not yet reached. */
        AT_RISK,
        /** Not yet responded and the due instant has been reached or passed. */
        BREACHED,
        /** Responded strictly before the due instant. */
        MET,
        /** Responded at or after the due instant. */
        MET_LATE
    }

    private final State state;
    private final Deadline deadline;
    private final Duration breach;
    private final double consumedFraction;
    private final boolean estimate;

    private SlaStatus(State state, Deadline deadline, Duration breach, double consumedFraction, boolean estimate) {
        this.state = state;
        this.deadline = deadline;
        this.breach = breach;
        this.consumedFraction = consumedFraction;
        this.estimate = estimate;
    }

    static SlaStatus of(State state, Deadline deadline, Duration breach, double consumedFraction, boolean estimate) {
        return new SlaStatus(Objects.requireNonNull(state, "state"), Objects.requireNonNull(deadline, "deadline"),
                Objects.requireNonNull(breach, "breach"), consumedFraction, estimate || deadline.isEstimate());
    }

    /** @return the state, not null */
    public State state() {
        return state;
    }

    /** @return the due instant (with its estimate flag), not null */
    public Deadline deadline() {
        return deadline;
    }

    /**
     * Tells whether the status is an estimate: its deadline, or the working time consumed so far, was computed over
     * dates the calendar has no holiday data for. State, breach amount and consumed fraction are then estimates too.
     *
     * @return true for an estimate
     */
    public boolean isEstimate() {
        return estimate;
    }

    /**
     * How far past the due instant the SLA is: for {@link State#BREACHED} the time from the due instant to the
     * evaluation instant, for {@link State#MET_LATE} the time from the due instant to the response (zero when
     * exactly at it); zero for the other states.
     *
     * @return the breach amount, not negative
     */
    public Duration breachAmount() {
        return breach;
    }

    /** @return true for {@link State#BREACHED} and {@link State#MET_LATE} */
    public boolean isBreached() {
        return state == State.BREACHED || state == State.MET_LATE;
    }

    /**
     * The fraction of the target consumed at the evaluation instant (or the response), elapsed or working time
     * divided by the target; may exceed 1.
     *
     * @return the consumed fraction, not negative
     */
    public double consumedFraction() {
        return consumedFraction;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SlaStatus)) {
            return false;
        }
        SlaStatus s = (SlaStatus) o;
        return state == s.state && deadline.equals(s.deadline) && breach.equals(s.breach)
                && Double.compare(consumedFraction, s.consumedFraction) == 0 && estimate == s.estimate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, deadline, breach, consumedFraction, estimate);
    }

    /** @return a summary such as {@code BREACHED by PT5M (due 2026-01-05T02:12:00Z)}, with "estimate" when it is one */
    @Override
    public String toString() {
        return state + (isBreached() ? " by " + breach : "") + " (due " + deadline
                + (estimate && !deadline.isEstimate() ? ", estimate" : "") + ")";
    }
}
