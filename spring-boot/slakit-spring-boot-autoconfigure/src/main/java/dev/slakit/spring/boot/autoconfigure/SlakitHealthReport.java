package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.watch.HealthNotification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code slakit} health contributor's verdict, independent of the Spring Boot line (Boot 3 and Boot 4 keep
 * their health API in different packages; each has a thin adapter).
 *
 * <ul>
 * <li>DOWN when a target has failed {@code slakit.health.failure-threshold} polls in a row, or, with
 * {@code slakit.health.incidents-down=true}, when a target has an active provider incident;</li>
 * <li>UP when every target has had a good poll, or has failed fewer polls in a row than the threshold;</li>
 * <li>UNKNOWN before any target has been polled.</li>
 * </ul>
 * Details: {@code targets} maps {@code region/product} to its last success, failures in a row, last error,
 * and the active incidents and maintenance (title, severity, start). Immutable and thread-safe.
 */
final class SlakitHealthReport {

    static final String UP = "UP";
    static final String DOWN = "DOWN";
    static final String UNKNOWN = "UNKNOWN";

    private final String status;
    private final Map<String, Object> details;

    private SlakitHealthReport(String status, Map<String, Object> details) {
        this.status = status;
        this.details = details;
    }

    static SlakitHealthReport of(SlakitWatchMonitor monitor, SlakitHealthProperties properties) {
        List<SlakitWatchMonitor.TargetStatus> targets = new ArrayList<>(monitor.targets());
        targets.sort(Comparator.comparing(t -> t.target().regionId() + "/" + t.target().productId()));
        boolean down = false;
        boolean polled = false;
        int incidents = 0;
        Map<String, Object> perTarget = new LinkedHashMap<>();
        for (SlakitWatchMonitor.TargetStatus t : targets) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lastSuccess", t.lastSuccess() == null ? null : t.lastSuccess().toString());
            d.put("consecutiveFailures", t.consecutiveFailures());
            if (t.lastFailure() != null) {
                d.put("lastFailure", t.lastFailure().toString());
                d.put("lastError", t.lastError());
            }
            List<Object> active = new ArrayList<>();
            for (HealthNotification n : t.active()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("title", n.event().title());
                e.put("severity", n.activeSeverity().name());
                e.put("startTime", n.event().startTime().toString());
                active.add(e);
                if (n.isIncident()) {
                    incidents++;
                }
            }
            d.put("activeEvents", active);
            perTarget.put(t.target().regionId() + "/" + t.target().productId(), d);
            polled |= t.lastSuccess() != null || t.consecutiveFailures() > 0;
            down |= t.consecutiveFailures() >= properties.getFailureThreshold();
        }
        if (properties.isIncidentsDown() && incidents > 0) {
            down = true;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("activeIncidents", incidents);
        details.put("incidentsDown", properties.isIncidentsDown());
        details.put("targets", perTarget);
        return new SlakitHealthReport(down ? DOWN : polled ? UP : UNKNOWN, Collections.unmodifiableMap(details));
    }

    String status() {
        return status;
    }

    Map<String, Object> details() {
        return details;
    }

    @Override
    public String toString() {
        return "SlakitHealthReport{" + status + ", " + details + "}";
    }
}
