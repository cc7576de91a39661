package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the progress updates of an express ticket came on time: "工单处理过程中每1小时内提供给客户进展更新，或与客户约定
 * 进展更新时间" (an update within every hour, or at the interval agreed with the customer). Computed by
 * {@link ResponseSla#progressUpdateCompliance(Instant, List, Instant)}.
 *
 * <p>Each update is due one interval after the previous update (the first one, one interval after the first
 * response). "1小时内" (within the hour) includes its end: an update sent exactly at the due instant is on time, one
 * nanosecond later is late by that much. When the evaluation instant lies more than one interval after the last
 * update, a missing update is reported, late by the time from its due instant to the evaluation instant.
 * Intervals are elapsed clock time (express tickets are 7×24), so the answer is always exact.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressUpdateCompliance {

    /** One expected progress update: when it was due, when (and whether) it was sent, and how late. */
    public static final class Update {
        private final Instant due;
        private final Instant sentAt; // null: missing
        private final Duration late;

        private Update(Instant due, Instant sentAt, Duration late) {
            this.due = due;
            this.sentAt = sentAt;
            this.late = late;
        }

        /** @return the instant by which the update was due (inclusive), not null */
        public Instant due() {
            return due;
        }

        /** @return when the update was sent, or empty if it is missing at the evaluation instant */
        public Optional<Instant> sentAt() {
            return Optional.ofNullable(sentAt);
        }

        /** @return true if sent at or before {@link #due()} */
        public boolean isOnTime() {
            return sentAt != null && late.isZero();
        }

        /**
         * How late the update is: from the due instant to the sending (or, when missing, to the evaluation instant);
         * zero when on time.
         *
         * @return the lateness, not negative, not null
         */
        public Duration late() {
            return late;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Update)) {
                return false;
            }
            Update u = (Update) o;
            return due.equals(u.due) && Objects.equals(sentAt, u.sentAt) && late.equals(u.late);
        }

        @Override
        public int hashCode() {
            return Objects.hash(due, sentAt, late);
        }

        /** @return a summary such as {@code due 2026-01-05T03:00:00Z, sent 2026-01-05T03:10:00Z, late PT10M} */
        @Override
        public String toString() {
            return "due " + due + (sentAt == null ? ", missing" : ", sent " + sentAt)
                    + (late.isZero() ? ", on time" : ", late " + late);
        }
    }

    private final Duration interval;
    private final List<Update> updates;

    private ProgressUpdateCompliance(Duration interval, List<Update> updates) {
        this.interval = interval;
        this.updates = Collections.unmodifiableList(updates);
    }

    static ProgressUpdateCompliance check(Duration interval, Instant firstResponse, List<Instant> sent, Instant now) {
        Limits.instant(firstResponse, "firstResponse");
        Limits.instant(now, "now");
        Objects.requireNonNull(sent, "sent");
        if (now.isBefore(firstResponse)) {
            throw new IllegalArgumentException("now (" + now + ") must not be before firstResponse (" + firstResponse
                    + ")");
        }
        List<Update> result = new ArrayList<Update>();
        Instant previous = firstResponse;
        for (int i = 0; i < sent.size(); i++) {
            Instant s = Limits.instant(sent.get(i), "sent[" + i + "]");
            if (s.isBefore(previous) || s.isAfter(now)) {
                throw new IllegalArgumentException("sent[" + i + "] (" + s + ") must lie between the previous update or"
                        + " the first response (" + previous + ") and now (" + now + "); pass the updates in order");
            }
            Instant due = previous.plus(interval);
            result.add(new Update(due, s, s.isAfter(due) ? Duration.between(due, s) : Duration.ZERO));
            previous = s;
        }
        Instant due = previous.plus(interval);
        if (now.isAfter(due)) {
            result.add(new Update(due, null, Duration.between(due, now)));
        }
        return new ProgressUpdateCompliance(interval, result);
    }

    /** @return the interval the updates were checked against (1 h, or the agreed interval), not null */
    public Duration interval() {
        return interval;
    }

    /** @return every expected update in order, the sent ones and at most one missing one at the end, unmodifiable */
    public List<Update> updates() {
        return updates;
    }

    /** @return true if every update was on time and none is missing */
    public boolean isCompliant() {
        for (Update u : updates) {
            if (!u.isOnTime()) {
                return false;
            }
        }
        return true;
    }

    /** @return the largest lateness, zero when compliant, not null */
    public Duration maxLate() {
        Duration max = Duration.ZERO;
        for (Update u : updates) {
            if (u.late.compareTo(max) > 0) {
                max = u.late;
            }
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressUpdateCompliance && ((ProgressUpdateCompliance) o).interval.equals(interval)
                && ((ProgressUpdateCompliance) o).updates.equals(updates);
    }

    @Override
    public int hashCode() {
        return interval.hashCode() * 31 + updates.hashCode();
    }

    /** @return a summary such as {@code ProgressUpdateCompliance[every PT1H, 3 updates, late by at most PT10M]} */
    @Override
    public String toString() {
        return "ProgressUpdateCompliance[every " + interval + ", " + updates.size() + " updates, "
                + (isCompliant() ? "compliant" : "late by at most " + maxLate()) + "]";
    }
}
