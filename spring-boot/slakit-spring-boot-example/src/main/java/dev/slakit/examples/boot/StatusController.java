package dev.slakit.examples.boot;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SlaStatus;
import dev.slakit.sla.SupportTier;
import dev.slakit.spring.boot.autoconfigure.SlakitWatchMonitor;
import dev.slakit.status.watch.HealthNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example's REST endpoints. Their JSON comes from slakit's Jackson module, which the starter registers:
 * ISO-8601 instants, enums by name, estimate flags kept.
 */
@RestController
public class StatusController {

    /** A support ticket of the example: its id, plan, severity and when it was opened. */
    public record Ticket(String id, SupportTier tier, Severity severity, Instant submittedAt) {
    }

    /** A ticket with the status of its first-response SLA. */
    public record TicketStatus(String id, SupportTier tier, Severity severity, Instant submittedAt, SlaStatus sla) {
    }

    private final SlakitWatchMonitor monitor;
    private final SlaCatalog catalog;
    private final Clock clock;
    private final List<Ticket> tickets;

    StatusController(SlakitWatchMonitor monitor, SlaCatalog catalog) {
        this.monitor = monitor;
        this.catalog = catalog;
        this.clock = Clock.systemUTC();
        Instant now = clock.instant();
        this.tickets = List.of(
                new Ticket("T-1001", SupportTier.ENTERPRISE, Severity.CRITICAL, now.minus(Duration.ofMinutes(5))),
                new Ticket("T-1002", SupportTier.ENTERPRISE, Severity.HIGH, now.minus(Duration.ofHours(3))),
                new Ticket("T-1003", SupportTier.PREMIUM, Severity.URGENT, now.minus(Duration.ofHours(2))));
    }

    /** @return the provider events active now in the watched targets (incidents and maintenance) */
    @GetMapping("/incidents")
    public List<HealthNotification> incidents() {
        List<HealthNotification> active = new ArrayList<>();
        monitor.targets().forEach(t -> active.addAll(t.active()));
        return active;
    }

    /** @return the first-response SLA status of each example ticket, now */
    @GetMapping("/tickets")
    public List<TicketStatus> tickets() {
        Instant now = clock.instant();
        List<TicketStatus> result = new ArrayList<>();
        for (Ticket t : tickets) {
            SlaStatus status = catalog.responseSla(t.tier(), Channel.TICKET, t.severity())
                    .status(t.submittedAt(), now, Optional.empty());
            result.add(new TicketStatus(t.id(), t.tier(), t.severity(), t.submittedAt(), status));
        }
        return result;
    }
}
