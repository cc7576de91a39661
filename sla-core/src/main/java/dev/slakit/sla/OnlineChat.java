package dev.slakit.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Online chat (官网在线咨询) of a CN tier as the two services the section 5 table describes: the 智能客服 bot and the
 * human agents (人工服务, 09:00-24:00 Asia/Shanghai every day; for 商业级 a fast lane to them, with the bot "其余时间",
 * the rest of the time). Answers "is a human answering at 03:00?" ({@link #isHumanAvailableAt(Instant)}: no, for
 * every tier) and "is anyone answering?" ({@link #isAnsweredAt(Instant)}). From
 * {@link SlaCatalog#onlineChat(SupportTier)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OnlineChat {

    private final ServiceHours bot;
    private final ServiceHours humans;

    private OnlineChat(ServiceHours bot, ServiceHours humans) {
        this.bot = bot;
        this.humans = humans;
    }

    /**
     * Obtains an instance.
     *
     * @param bot the hours of the bot, not null
     * @param humans the hours of the human agents, not null
     * @return the value, not null
     */
    public static OnlineChat of(ServiceHours bot, ServiceHours humans) {
        return new OnlineChat(Objects.requireNonNull(bot, "bot"), Objects.requireNonNull(humans, "humans"));
    }

    /** @return the hours of the 智能客服 bot, not null */
    public ServiceHours bot() {
        return bot;
    }

    /** @return the hours of the human agents (人工服务), not null */
    public ServiceHours humans() {
        return humans;
    }

    /**
     * Tells whether a human agent answers at an instant.
     *
     * @param instant the instant, not null
     * @return true inside the human window
     */
    public boolean isHumanAvailableAt(Instant instant) {
        return humans.isOpenAt(instant);
    }

    /**
     * Tells whether anyone, bot or human, answers at an instant.
     *
     * @param instant the instant, not null
     * @return true if the bot or a human answers
     */
    public boolean isAnsweredAt(Instant instant) {
        return bot.isOpenAt(instant) || humans.isOpenAt(instant);
    }

    /**
     * The first instant at or after {@code instant} at which a human agent answers.
     *
     * @param instant the instant, not null
     * @return the instant, or empty if humans are never available
     */
    public Optional<Instant> humanAvailableFrom(Instant instant) {
        return humans.availableFrom(instant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnlineChat && ((OnlineChat) o).bot.equals(bot) && ((OnlineChat) o).humans.equals(humans);
    }

    @Override
    public int hashCode() {
        return bot.hashCode() * 31 + humans.hashCode();
    }

    /** @return a summary such as {@code OnlineChat[bot ALWAYS, humans DAILY_WINDOW 09:00-24:00 Asia/Shanghai]} */
    @Override
    public String toString() {
        return "OnlineChat[bot " + bot + ", humans " + humans + "]";
    }
}
