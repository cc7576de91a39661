package dev.slakit.spring.jackson;

import dev.slakit.sla.CalendarDuration;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.SlaStatus;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.watch.EventKey;
import dev.slakit.status.watch.EventOpened;
import dev.slakit.status.watch.EventResolved;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.SeverityChanged;
import dev.slakit.status.watch.WatchTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON shape of each slakit value, as a tree of maps, lists, strings, numbers and booleans that any JSON
 * library writes the same way; shared by the Jackson 2 and Jackson 3 modules so both write identical JSON.
 * Instants are ISO-8601 UTC strings, durations ISO-8601 ({@code PT2H}), dates {@code yyyy-MM-dd}, enums
 * their names. Stateless and thread-safe.
 */
final class SlakitJsonShapes {

    private SlakitJsonShapes() {
    }

    /** One type and its shape function. */
    static final class Shape<T> {
        final Class<T> type;
        final Function<T, Map<String, Object>> shape;

        private Shape(Class<T> type, Function<T, Map<String, Object>> shape) {
            this.type = type;
            this.shape = shape;
        }
    }

    /** @return every type the modules write, with its shape; the one list both Jackson modules register */
    static List<Shape<?>> all() {
        return List.of(new Shape<>(Deadline.class, SlakitJsonShapes::deadline),
                new Shape<>(CalendarDuration.class, SlakitJsonShapes::calendarDuration),
                new Shape<>(SlaStatus.class, SlakitJsonShapes::slaStatus),
                new Shape<>(HealthEvent.class, SlakitJsonShapes::healthEvent),
                new Shape<>(HealthNotification.class, SlakitJsonShapes::notification),
                new Shape<>(WatchTarget.class, SlakitJsonShapes::watchTarget),
                new Shape<>(EventKey.class, SlakitJsonShapes::eventKey),
                new Shape<>(PollFailure.class, SlakitJsonShapes::pollFailure),
                new Shape<>(PollSummary.class, SlakitJsonShapes::pollSummary));
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instant", text(d.instant()));
        m.put("zone", d.zone().getId());
        m.put("dateTime", d.dateTime().toOffsetDateTime().toString());
        m.put("estimate", d.isEstimate());
        return m;
    }

    static Map<String, Object> calendarDuration(CalendarDuration d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duration", d.duration().toString());
        m.put("estimate", d.isEstimate());
        return m;
    }

    static Map<String, Object> slaStatus(SlaStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().name());
        m.put("deadline", deadline(s.deadline()));
        m.put("estimate", s.isEstimate());
        m.put("breached", s.isBreached());
        m.put("breachAmount", s.breachAmount().toString());
        m.put("consumedFraction", s.consumedFraction());
        return m;
    }

    static Map<String, Object> healthEvent(HealthEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title());
        m.put("severity", e.severity().name());
        m.put("rawSeverity", e.rawSeverity());
        m.put("startTime", text(e.startTime()));
        m.put("endTime", e.endTime().map(SlakitJsonShapes::text).orElse(null));
        m.put("ongoing", e.isOngoing());
        return m;
    }

    static Map<String, Object> watchTarget(WatchTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionId", t.regionId());
        m.put("productId", t.productId());
        return m;
    }

    static Map<String, Object> eventKey(EventKey k) {
        Map<String, Object> m = watchTarget(k.target());
        m.put("title", k.title());
        m.put("startTime", text(k.startTime()));
        return m;
    }

    static Map<String, Object> notification(HealthNotification n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("revision", n.revision());
        m.put("kind", n.kind().name());
        m.put("regionId", n.regionId());
        m.put("productId", n.productId());
        m.put("observedAt", text(n.observedAt()));
        m.put("activeSeverity", n.activeSeverity().name());
        m.put("previousSeverity", n.previousSeverity().map(Enum::name).orElse(null));
        m.put("incident", n.isIncident());
        m.put("maintenance", n.isMaintenance());
        if (n instanceof EventOpened) {
            m.put("reopened", ((EventOpened) n).isReopened());
        } else if (n instanceof EventResolved) {
            m.put("reason", ((EventResolved) n).reason().name());
        } else if (n instanceof SeverityChanged) {
            m.put("fromSeverity", ((SeverityChanged) n).fromSeverity().name());
            m.put("toSeverity", ((SeverityChanged) n).toSeverity().name());
        }
        m.put("event", healthEvent(n.event()));
        return m;
    }

    static Map<String, Object> pollFailure(PollFailure f) {
        Map<String, Object> m = watchTarget(f.target());
        m.put("attempt", f.attempt());
        m.put("failedAt", text(f.failedAt()));
        m.put("nextAttemptAt", f.nextAttemptAt().map(SlakitJsonShapes::text).orElse(null));
        m.put("error", f.error().getClass().getSimpleName());
        m.put("message", f.error().getMessage());
        return m;
    }

    static Map<String, Object> pollSummary(PollSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("polled", s.polled());
        m.put("succeeded", s.succeeded());
        List<Object> notifications = new ArrayList<>();
        for (HealthNotification n : s.notifications()) {
            notifications.add(notification(n));
        }
        m.put("notifications", notifications);
        List<Object> failures = new ArrayList<>();
        for (PollFailure f : s.failures()) {
            failures.add(pollFailure(f));
        }
        m.put("failures", failures);
        return m;
    }

    private static String text(Instant instant) {
        return instant.toString();
    }
}
