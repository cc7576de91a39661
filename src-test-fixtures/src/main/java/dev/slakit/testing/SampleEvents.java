package dev.slakit.testing;

import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The id of the first event of {@link #inProgress(Instant)}. */
    public static final long IN_PROGRESS_ECS_ID = 100001L;
    /** The id of the second event of {@link #inProgress(Instant)}. */
    public static final long IN_PROGRESS_SLB_ID = 100002L;
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
     * Two {@code ListEventInProgress} events around an instant {@code now}, as the dashboard words them, for
     * {@link FakeStatusServer#putEventInProgress}:
     * <ol>
     *   <li>id {@value #IN_PROGRESS_ECS_ID}, {@link #ECS_NETWORK_HANGZHOU}, started 90 minutes before
     *       {@code now}, two updates (80 and 20 minutes before), impacts on ECS in cn-hangzhou (ongoing) and on
     *       SLB in cn-hangzhou (recovered 30 minutes before);</li>
     *   <li>id {@value #IN_PROGRESS_SLB_ID}, {@link #SLB_ERRORS_SINGAPORE}, started an hour before, one update,
     *       an ongoing impact on SLB in ap-southeast-1 and one on OSS in cn-shanghai.</li>
     * </ol>
     *
     * <p>Times are {@code now} truncated to milliseconds, the precision of the wire, so that an event read back
     * from the fake equals the one put.
     *
     * @param reference the reference instant, not null
     * @return an unmodifiable list of two events
     */
    public static List<EventInProgress> inProgress(Instant reference) {
        Instant now = Instant.ofEpochMilli(Objects.requireNonNull(reference, "reference").toEpochMilli());
        Instant ecsStart = now.minus(Duration.ofMinutes(90));
        EventInProgress ecs = EventInProgress.of(IN_PROGRESS_ECS_ID, ECS_NETWORK_HANGZHOU, ecsStart,
                Arrays.asList(
                        EventUpdate.of("阿里云工程师正在紧急处理中。", now.minus(Duration.ofMinutes(80))),
                        EventUpdate.of("部分实例网络已恢复，仍在持续处理。", now.minus(Duration.ofMinutes(20)))),
                Arrays.asList(
                        EventImpact.builder().product("ecs", "云服务器 ECS").region("cn-hangzhou", "华东1（杭州）")
                                .startTime(ecsStart).build(),
                        EventImpact.builder().product("slb", "负载均衡 SLB").region("cn-hangzhou", "华东1（杭州）")
                                .startTime(ecsStart).recoveryTime(now.minus(Duration.ofMinutes(30))).build()));
        Instant slbStart = now.minus(Duration.ofHours(1));
        EventInProgress slb = EventInProgress.of(IN_PROGRESS_SLB_ID, SLB_ERRORS_SINGAPORE, slbStart,
                Collections.singletonList(EventUpdate.of("Engineers are investigating elevated error rates.",
                        now.minus(Duration.ofMinutes(50)))),
                Arrays.asList(
                        EventImpact.builder().product("slb", "Server Load Balancer")
                                .region("ap-southeast-1", "Singapore").startTime(slbStart).build(),
                        EventImpact.builder().product("oss", "对象存储 OSS").region("cn-shanghai", "华东2（上海）")
                                .startTime(slbStart.plus(Duration.ofMinutes(5))).build()));
        return Collections.unmodifiableList(Arrays.asList(ecs, slb));
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
