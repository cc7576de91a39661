package dev.slakit.testing;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Realistic Service Health Dashboard events for tests, in Chinese and English as the dashboard shows them.
 *
 * <pre>{@code
 * HealthEvent incident = SampleEvents.alarm().build();                       // ongoing, ECS in Hangzhou
 * HealthEvent done = SampleEvents.alarm().lasting(Duration.ofMinutes(42)).build();
 * HealthEvent notice = SampleEvents.notification().startedAt(start).build(); // OSS maintenance, 2 h
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleEvents {

    /** 2020-02-10T06:51:23Z ({@code 1581317483000} ms), the start time of the sample reply of the API. */
    public static final Instant DEFAULT_START = Instant.ofEpochMilli(1581317483000L);
    /** An incident title, in Chinese: "Network anomaly of ECS instances in China East 1 (Hangzhou)". */
    public static final String ECS_NETWORK_HANGZHOU = "华东1（杭州）地域ECS实例网络异常";
    /** A maintenance notice title, in English. */
    public static final String OSS_MAINTENANCE_SHANGHAI = "Scheduled maintenance of OSS in cn-shanghai";
    /** A recovery title, in Chinese: "RDS in China North 2 (Beijing) has returned to normal". */
    public static final String RDS_RECOVERED_BEIJING = "华北2（北京）地域RDS服务已恢复正常";
    /** An incident title, in English. */
    public static final String SLB_ERRORS_SINGAPORE = "Elevated error rates of SLB in ap-southeast-1 (Singapore)";

    private SampleEvents() {
    }

    /**
     * An {@link EventSeverity#ALARM} incident, titled {@link #ECS_NETWORK_HANGZHOU}, started at
     * {@link #DEFAULT_START}, ongoing.
     *
     * @return a builder to adjust it
     */
    public static Builder alarm() {
        return new Builder(EventSeverity.ALARM, ECS_NETWORK_HANGZHOU, DEFAULT_START, null);
    }

    /**
     * A {@link EventSeverity#NOTIFICATION} maintenance notice, titled {@link #OSS_MAINTENANCE_SHANGHAI}, from
     * 2020-02-12T18:00:00Z (02:00 in Shanghai) for two hours, resolved.
     *
     * @return a builder to adjust it
     */
    public static Builder notification() {
        Instant start = Instant.parse("2020-02-12T18:00:00Z");
        return new Builder(EventSeverity.NOTIFICATION, OSS_MAINTENANCE_SHANGHAI, start, start.plus(Duration.ofHours(2)));
    }

    /**
     * A {@link EventSeverity#NORMAL} recovery, titled {@link #RDS_RECOVERED_BEIJING}, started at
     * {@link #DEFAULT_START}, resolved 45 minutes later.
     *
     * @return a builder to adjust it
     */
    public static Builder normal() {
        return new Builder(EventSeverity.NORMAL, RDS_RECOVERED_BEIJING, DEFAULT_START,
                DEFAULT_START.plus(Duration.ofMinutes(45)));
    }

    /**
     * Four events around an instant, newest start first: an ongoing English incident that started an hour before,
     * a Chinese incident of the day before that lasted 42 minutes, a maintenance notice two days before that
     * lasted two hours, and a recovery notice three days before.
     *
     * @param now the reference instant, not null
     * @return an unmodifiable list of four events
     */
    public static List<HealthEvent> mixed(Instant now) {
        Objects.requireNonNull(now, "now");
        List<HealthEvent> events = new ArrayList<HealthEvent>(4);
        events.add(alarm().title(SLB_ERRORS_SINGAPORE).startedAt(now.minus(Duration.ofHours(1))).ongoing().build());
        events.add(alarm().startedAt(now.minus(Duration.ofDays(1))).lasting(Duration.ofMinutes(42)).build());
        events.add(notification().startedAt(now.minus(Duration.ofDays(2))).lasting(Duration.ofHours(2)).build());
        events.add(normal().startedAt(now.minus(Duration.ofDays(3))).lasting(Duration.ofMinutes(45)).build());
        return Collections.unmodifiableList(events);
    }

    /**
     * A sample event under construction. Each setter returns this builder. Not thread-safe.
     */
    public static final class Builder {

        private EventSeverity severity;
        private String title;
        private Instant start;
        private Instant end;
        private Duration duration;

        private Builder(EventSeverity severity, String title, Instant start, Instant end) {
            this.severity = severity;
            this.title = title;
            this.start = start;
            this.end = end;
        }

        /**
         * @param newTitle the title, not null
         * @return this builder
         */
        public Builder title(String newTitle) {
            this.title = Objects.requireNonNull(newTitle, "newTitle");
            return this;
        }

        /**
         * @param newSeverity the severity, not null
         * @return this builder
         */
        public Builder severity(EventSeverity newSeverity) {
            this.severity = Objects.requireNonNull(newSeverity, "newSeverity");
            return this;
        }

        /**
         * Sets the start. A duration set with {@link #lasting(Duration)} keeps counting from the new start; an
         * end set with {@link #endedAt(Instant)} stays where it is.
         *
         * @param newStart when the event started, not null
         * @return this builder
         */
        public Builder startedAt(Instant newStart) {
            this.start = Objects.requireNonNull(newStart, "newStart");
            return this;
        }

        /**
         * Makes the event resolved at an instant.
         *
         * @param newEnd when it ended, not null, not before the start (checked by {@link #build()})
         * @return this builder
         */
        public Builder endedAt(Instant newEnd) {
            this.end = Objects.requireNonNull(newEnd, "newEnd");
            this.duration = null;
            return this;
        }

        /**
         * Makes the event resolved after a duration from its start.
         *
         * @param newDuration how long it lasted, not null, not negative
         * @return this builder
         */
        public Builder lasting(Duration newDuration) {
            Objects.requireNonNull(newDuration, "newDuration");
            if (newDuration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative, was " + newDuration);
            }
            this.duration = newDuration;
            this.end = null;
            return this;
        }

        /**
         * Makes the event ongoing (no end time).
         *
         * @return this builder
         */
        public Builder ongoing() {
            this.end = null;
            this.duration = null;
            return this;
        }

        /**
         * @return the event
         * @throws IllegalArgumentException if the end is before the start
         */
        public HealthEvent build() {
            Instant endTime = duration != null ? start.plus(duration) : end;
            return HealthEvent.of(title, severity, start, endTime);
        }
    }
}
