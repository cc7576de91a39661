package dev.slakit.spring.jackson;

import dev.slakit.sla.Channel;
import dev.slakit.sla.ResponseSla;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SlaStatus;
import dev.slakit.sla.SupportTier;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.testing.FakeStatusServer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Real values for the JSON tests: an SLA status, and notifications from a watcher polling a fake server. */
final class JsonFixtures {

    static final Instant SUBMITTED = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant START = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    static final Instant END = START.plus(30, ChronoUnit.MINUTES);

    private JsonFixtures() {
    }

    /** @return the critical enterprise ticket SLA (15 minutes, clock time) */
    static ResponseSla critical() {
        return SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET, Severity.CRITICAL);
    }

    /** @return the status of a critical ticket 5 minutes after submission, not responded */
    static SlaStatus onTime() {
        return critical().status(SUBMITTED, SUBMITTED.plus(5, ChronoUnit.MINUTES), Optional.empty());
    }

    /**
     * @return the summaries of two polls (an incident opened, then ended), then their notifications: real
     *     values from a watcher polling a fake server
     */
    static List<Object> notifications() {
        List<Object> out = new ArrayList<>();
        try (FakeStatusServer server = FakeStatusServer.start();
                StatusClient client = StatusClient.builder().endpoint(server.endpoint())
                        .credentials(server.credentials()).build();
                HealthWatcher watcher = HealthWatcher.builder(client).target("cn-hangzhou", "ecs").build()) {
            server.addEvent("cn-hangzhou", "ecs", HealthEvent.of("ECS degraded", EventSeverity.ALARM, START, null));
            PollSummary first = watcher.pollOnce();
            server.clearEvents();
            server.addEvent("cn-hangzhou", "ecs", HealthEvent.of("ECS degraded", EventSeverity.ALARM, START, END));
            PollSummary second = watcher.pollOnce();
            out.add(first);
            out.add(second);
            for (HealthNotification n : first.notifications()) {
                out.add(n);
            }
            for (HealthNotification n : second.notifications()) {
                out.add(n);
            }
        }
        return out;
    }
}
