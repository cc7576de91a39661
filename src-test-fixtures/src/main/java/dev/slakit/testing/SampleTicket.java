package dev.slakit.testing;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A support ticket for tests of SLA code: the customer's tier, the channel, either a {@link Severity} (the
 * ENTERPRISE, PREMIUM and partner way) or a {@link TicketType} (what BASIC and BUSINESS customers choose in
 * the CN edition), and when it was submitted. It does not check that the combination is one a support plan
 * offers: tests of the "undefined combination" errors need the others too.
 *
 * <p>Immutable and thread-safe. Made with {@link SampleTickets}.
 */
public final class SampleTicket {

    private final SupportTier tier;
    private final Channel channel;
    private final Severity severity;
    private final TicketType ticketType;
    private final Instant submittedAt;

    private SampleTicket(SupportTier tier, Channel channel, Severity severity, TicketType ticketType,
            Instant submittedAt) {
        this.tier = Objects.requireNonNull(tier, "tier");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.severity = severity;
        this.ticketType = ticketType;
    }

    /**
     * A ticket classified by severity.
     *
     * @param tier the support tier, not null
     * @param channel the channel, not null
     * @param severity the severity, not null
     * @param submittedAt when it was submitted, not null
     * @return the ticket
     */
    public static SampleTicket of(SupportTier tier, Channel channel, Severity severity, Instant submittedAt) {
        return new SampleTicket(tier, channel, Objects.requireNonNull(severity, "severity"), null, submittedAt);
    }

    /**
     * A ticket classified by ticket type.
     *
     * @param tier the support tier, not null
     * @param channel the channel, not null
     * @param ticketType the ticket type, not null
     * @param submittedAt when it was submitted, not null
     * @return the ticket
     */
    public static SampleTicket of(SupportTier tier, Channel channel, TicketType ticketType, Instant submittedAt) {
        return new SampleTicket(tier, channel, null, Objects.requireNonNull(ticketType, "ticketType"), submittedAt);
    }

    /** @return the support tier */
    public SupportTier tier() {
        return tier;
    }

    /** @return the channel */
    public Channel channel() {
        return channel;
    }

    /** @return the severity; empty when the ticket is classified by {@link #ticketType()} */
    public Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    /** @return the ticket type; empty when the ticket is classified by {@link #severity()} */
    public Optional<TicketType> ticketType() {
        return Optional.ofNullable(ticketType);
    }

    /** @return when the ticket was submitted */
    public Instant submittedAt() {
        return submittedAt;
    }

    /**
     * @param newTier the tier, not null
     * @return a copy with that tier
     */
    public SampleTicket withTier(SupportTier newTier) {
        return new SampleTicket(newTier, channel, severity, ticketType, submittedAt);
    }

    /**
     * @param newChannel the channel, not null
     * @return a copy with that channel
     */
    public SampleTicket withChannel(Channel newChannel) {
        return new SampleTicket(tier, newChannel, severity, ticketType, submittedAt);
    }

    /**
     * @param newSeverity the severity, not null
     * @return a copy classified by that severity (and no longer by a ticket type)
     */
    public SampleTicket withSeverity(Severity newSeverity) {
        return of(tier, channel, newSeverity, submittedAt);
    }

    /**
     * @param newTicketType the ticket type, not null
     * @return a copy classified by that type (and no longer by a severity)
     */
    public SampleTicket withTicketType(TicketType newTicketType) {
        return of(tier, channel, newTicketType, submittedAt);
    }

    /**
     * @param newSubmittedAt the submission instant, not null
     * @return a copy submitted then
     */
    public SampleTicket withSubmittedAt(Instant newSubmittedAt) {
        return new SampleTicket(tier, channel, severity, ticketType, newSubmittedAt);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SampleTicket)) {
            return false;
        }
        SampleTicket that = (SampleTicket) o;
        return tier == that.tier && channel == that.channel && severity == that.severity
                && ticketType == that.ticketType && submittedAt.equals(that.submittedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tier, channel, severity, ticketType, submittedAt);
    }

    @Override
    public String toString() {
        return "SampleTicket{" + tier + ", " + channel + ", " + (severity != null ? severity : ticketType)
                + ", submittedAt=" + submittedAt + "}";
    }
}
