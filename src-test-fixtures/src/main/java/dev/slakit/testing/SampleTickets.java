package dev.slakit.testing;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import java.time.Instant;

/**
 * Sample {@link SampleTicket}s and submission instants that exercise the interesting corners of SLA
 * arithmetic (a working-day morning, a Saturday night, the eve of the 2025 Spring Festival holiday).
 *
 * <pre>{@code
 * SampleTicket t = SampleTickets.enterprise(Severity.CRITICAL);                 // ticket, Monday 10:00 Shanghai
 * SampleTicket b = SampleTickets.business(TicketType.EXPRESS).withSubmittedAt(SampleTickets.SATURDAY_NIGHT);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleTickets {

    /** Monday 3 March 2025, 10:00 in Asia/Shanghai (02:00Z): a working day, within the 09:00-24:00 hours. */
    public static final Instant WORKDAY_MORNING = Instant.parse("2025-03-03T02:00:00Z");
    /** Saturday 8 March 2025, 23:30 in Asia/Shanghai (15:30Z): a weekend night. */
    public static final Instant SATURDAY_NIGHT = Instant.parse("2025-03-08T15:30:00Z");
    /**
     * Monday 27 January 2025, 17:00 in Asia/Shanghai (09:00Z): the last working day before the 2025 Spring
     * Festival holiday (28 January to 4 February), the day after a make-up working Sunday (26 January).
     */
    public static final Instant SPRING_FESTIVAL_EVE = Instant.parse("2025-01-27T09:00:00Z");

    private SampleTickets() {
    }

    /**
     * @param severity the severity, not null
     * @return an ENTERPRISE ticket on {@link Channel#TICKET}, submitted at {@link #WORKDAY_MORNING}
     */
    public static SampleTicket enterprise(Severity severity) {
        return SampleTicket.of(SupportTier.ENTERPRISE, Channel.TICKET, severity, WORKDAY_MORNING);
    }

    /**
     * @param severity the severity, not null
     * @return a PREMIUM ticket on {@link Channel#TICKET}, submitted at {@link #WORKDAY_MORNING}
     */
    public static SampleTicket premium(Severity severity) {
        return SampleTicket.of(SupportTier.PREMIUM, Channel.TICKET, severity, WORKDAY_MORNING);
    }

    /**
     * @param ticketType the ticket type, not null
     * @return a BASIC ticket on {@link Channel#TICKET}, submitted at {@link #WORKDAY_MORNING}
     */
    public static SampleTicket basic(TicketType ticketType) {
        return SampleTicket.of(SupportTier.BASIC, Channel.TICKET, ticketType, WORKDAY_MORNING);
    }

    /**
     * @param ticketType the ticket type, not null
     * @return a BUSINESS ticket on {@link Channel#TICKET}, submitted at {@link #WORKDAY_MORNING}
     */
    public static SampleTicket business(TicketType ticketType) {
        return SampleTicket.of(SupportTier.BUSINESS, Channel.TICKET, ticketType, WORKDAY_MORNING);
    }

    /**
     * @param tier a partner tier (see {@link SupportTier#isPartner()}), not null
     * @param severity the severity, not null
     * @return a partner ticket on {@link Channel#TICKET}, submitted at {@link #WORKDAY_MORNING}
     * @throws IllegalArgumentException if the tier is not a partner tier
     */
    public static SampleTicket partner(SupportTier tier, Severity severity) {
        if (tier != null && !tier.isPartner()) {
            throw new IllegalArgumentException("tier must be a partner tier (PARTNER_*), was " + tier);
        }
        return SampleTicket.of(tier, Channel.TICKET, severity, WORKDAY_MORNING);
    }

    /**
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @return a message in the dedicated IM group ({@link Channel#IM_GROUP}), sent at {@link #SATURDAY_NIGHT}
     */
    public static SampleTicket imGroup(SupportTier tier, Severity severity) {
        return SampleTicket.of(tier, Channel.IM_GROUP, severity, SATURDAY_NIGHT);
    }
}
