package dev.slakit.sla;

/**
 * Thrown when a catalog edition does not define a response SLA for a combination of tier, channel and severity or
 * ticket type. The message names the tier, the channel, the edition and what that combination accepts; slakit
 * never falls back to a silent default.
 */
public class UnsupportedSlaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The tier asked for. */
    private final SupportTier tier;
    /** The channel asked for, may be null. */
    private final Channel channel;
    /** The edition asked. */
    private final SlaEdition edition;
    /** What the edition accepts, in words. */
    private final String accepted;

    /**
     * Creates the exception.
     *
     * @param tier the tier asked for, not null
     * @param channel the channel asked for, may be null when the question is not about a channel
     * @param edition the edition asked, not null
     * @param asked what was asked, such as "Severity CRITICAL"
     * @param accepted what the edition accepts for this tier and channel, such as "Severity URGENT, HIGH"
     */
    public UnsupportedSlaException(SupportTier tier, Channel channel, SlaEdition edition, String asked, String accepted) {
        super(asked + " is not defined for tier " + tier + (channel != null ? " on channel " + channel : "")
                + " in edition " + edition
                + " (" + edition.sourceDocument() + "); accepted: " + accepted);
        this.tier = tier;
        this.channel = channel;
        this.edition = edition;
        this.accepted = accepted;
    }

    /** @return the tier asked for */
    public SupportTier tier() {
        return tier;
    }

    /** @return the channel asked for, may be null */
    public Channel channel() {
        return channel;
    }

    /** @return the edition asked */
    public SlaEdition edition() {
        return edition;
    }

    /** @return what the edition accepts for the tier and channel, in words */
    public String accepted() {
        return accepted;
    }
}
