package dev.slakit.examples;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.SampleEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Realistic Service Health Dashboard events for the offline examples: incidents (ALARM), maintenance
 * (NOTIFICATION) and recoveries (NORMAL), ongoing and resolved, with Chinese and English titles, placed
 * around an instant. Also the small "board" the health-watch story edits: the fake server can only add and
 * clear events, so a change is published by clearing it and adding the board again.
 */
final class DemoEvents {

    /** An ongoing incident of {@code cn-hangzhou/ecs} that began 48 minutes before "now". */
    static final String ECS_LAUNCH_FAILURES = "ECS instance launch failures in cn-hangzhou Zone H";
    /** A Chinese incident title of {@code cn-hangzhou/ecs} (the fixtures' sample). */
    static final String ECS_NETWORK = SampleEvents.ECS_NETWORK_HANGZHOU;
    /** A planned maintenance of {@code cn-hangzhou/ecs}, three days before. */
    static final String ECS_MAINTENANCE = "华东1（杭州）可用区I ECS计划内维护";
    /** A recovery notice of {@code cn-hangzhou/ecs}. */
    static final String ECS_RECOVERED = "华东1（杭州）地域ECS实例启动恢复正常";
    /** A maintenance of {@code cn-shanghai/oss} (the fixtures' sample). */
    static final String OSS_MAINTENANCE = SampleEvents.OSS_MAINTENANCE_SHANGHAI;
    /** An incident of {@code ap-southeast-1/slb} (the fixtures' sample). */
    static final String SLB_ERRORS = SampleEvents.SLB_ERRORS_SINGAPORE;

    /**
     * An event of a (region, product) pair.
     *
     * @param regionId the region
     * @param productId the product code
     * @param event the event
     */
    record Placed(String regionId, String productId, HealthEvent event) {

        /** @return true if {@code other} is the same event (same pair, title and start), in any state */
        boolean sameEvent(Placed other) {
            return regionId.equals(other.regionId) && productId.equals(other.productId)
                    && event.title().equals(other.event.title()) && event.startTime().equals(other.event.startTime());
        }
    }

    private DemoEvents() {
    }

    /**
     * The events on the dashboard at an instant: for {@code cn-hangzhou/ecs} an ongoing English incident, a
     * resolved Chinese incident of the day before, a maintenance three days before and a recovery four days
     * before; a past maintenance of {@code cn-shanghai/oss}; a recovery of {@code cn-beijing/rds}.
     *
     * @param now the instant, not null
     * @return the events, a new mutable list
     */
    static List<Placed> around(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Placed> events = new ArrayList<>();
        events.add(ecs(SampleEvents.alarm().title(ECS_LAUNCH_FAILURES)
                .startedAt(now.minus(Duration.ofMinutes(48))).ongoing().build()));
        events.add(ecs(SampleEvents.alarm().title(ECS_NETWORK).startedAt(daysBefore(now, 1, "14:20"))
                .lasting(Duration.ofMinutes(42)).build()));
        events.add(ecs(SampleEvents.notification().title(ECS_MAINTENANCE).startedAt(daysBefore(now, 3, "02:00"))
                .lasting(Duration.ofHours(2)).build()));
        events.add(ecs(SampleEvents.normal().title(ECS_RECOVERED).startedAt(daysBefore(now, 4, "16:05"))
                .lasting(Duration.ofMinutes(30)).build()));
        events.add(new Placed("cn-shanghai", "oss", SampleEvents.notification().title(OSS_MAINTENANCE)
                .startedAt(daysBefore(now, 2, "01:00")).lasting(Duration.ofHours(3)).build()));
        events.add(new Placed("cn-beijing", "rds", SampleEvents.normal()
                .startedAt(daysBefore(now, 1, "08:10")).lasting(Duration.ofMinutes(45)).build()));
        return events;
    }

    private static Placed ecs(HealthEvent event) {
        return new Placed("cn-hangzhou", "ecs", event);
    }

    /** A local time in Asia/Shanghai some days before the date of {@code now} there. */
    static Instant daysBefore(Instant now, int days, String localTime) {
        LocalDate date = now.atZone(Formats.CHINA).toLocalDate().minusDays(days);
        return date.atTime(LocalTime.parse(localTime)).atZone(Formats.CHINA).toInstant();
    }

    /**
     * An event, ongoing, of a severity.
     *
     * @param severity the severity
     * @param title the title
     * @param start the start
     * @return the event
     */
    static HealthEvent ongoing(EventSeverity severity, String title, Instant start) {
        return HealthEvent.of(title, severity, start, null);
    }

    /**
     * Puts an event on a board, replacing the same event (pair, title, start) if present.
     *
     * @param board the board, mutable, not null
     * @param placed the event, not null
     */
    static void put(List<Placed> board, Placed placed) {
        board.removeIf(placed::sameEvent);
        board.add(placed);
    }

    /**
     * Makes the server list exactly the board's events.
     *
     * @param board the events, not null
     * @param server the server, not null
     */
    static void publish(Collection<Placed> board, FakeStatusServer server) {
        server.clearEvents();
        for (Placed p : board) {
            server.addEvent(p.regionId(), p.productId(), p.event());
        }
    }
}
