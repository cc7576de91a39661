package dev.slakit.sla;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A ticket allowance in a period: the BUSINESS plan's 10 express tickets per calendar month (Asia/Shanghai), or the
 * technical tickets of a partner package per service cycle (SELECTED 10, PREMIUM 20, ELITE 30, FLAGSHIP unlimited,
 * TICKET_PACKAGE 10) and its unlimited consulting tickets.
 *
 * <p>An immutable value: {@link #consume(Instant)} returns a new value and leaves this one unchanged, so a caller
 * that shares a quota between threads keeps it in its own atomic reference or database row. Unused tickets do not
 * carry over into the next period: the documents are silent on carry-over, and slakit does not assume any.
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketQuota {

    /** What the quota counts. */
    public enum Kind {
        /** 极速工单 / express tickets of the BUSINESS plan, per calendar month. */
        EXPRESS,
        /** Partner technical tickets, per service cycle. */
        TECHNICAL,
        /** Partner consulting tickets, unlimited. */
        CONSULTING
    }

    /** The zone of the calendar month of the BUSINESS express-ticket quota. */
    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int UNLIMITED = -1;

    private final Kind kind;
    private final int limit;
    private final int used;
    private final ServicePeriod period;
    private final ZoneId monthlyZone; // non-null: the period is a calendar month that rolls over by itself

    private TicketQuota(Kind kind, int limit, int used, ServicePeriod period, ZoneId monthlyZone) {
        this.kind = kind;
        this.limit = limit;
        this.used = used;
        this.period = period;
        this.monthlyZone = monthlyZone;
    }

    /**
     * The BUSINESS plan's express tickets for a calendar month in Asia/Shanghai, none used.
     *
     * @param month the month, not null, in years 1 to 9999
     * @return the quota of 10 tickets
     */
    public static TicketQuota businessExpress(YearMonth month) {
        Limits.month(month, "month");
        return new TicketQuota(Kind.EXPRESS, Entitlements.BUSINESS_EXPRESS_TICKETS_PER_MONTH, 0,
                ServicePeriod.ofMonth(month, CHINA_ZONE), CHINA_ZONE);
    }

    /**
     * The BUSINESS plan's express tickets for the Asia/Shanghai calendar month containing an instant, none used.
     *
     * @param instant the instant, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return the quota of 10 tickets
     */
    public static TicketQuota businessExpressAt(Instant instant) {
        Limits.instant(instant, "instant");
        return businessExpress(YearMonth.from(instant.atZone(CHINA_ZONE)));
    }

    /**
     * The technical tickets of a partner package for a service cycle, none used.
     *
     * @param tier a partner tier, not null
     * @param cycle the service cycle, not null
     * @return the quota (unlimited for FLAGSHIP)
     * @throws IllegalArgumentException for a CN tier
     */
    public static TicketQuota partnerTechnical(SupportTier tier, ServicePeriod cycle) {
        Objects.requireNonNull(cycle, "cycle");
        OptionalInt limit = partnerTechnicalLimit(tier);
        return new TicketQuota(Kind.TECHNICAL, limit.isPresent() ? limit.getAsInt() : UNLIMITED, 0, cycle, null);
    }

    /**
     * The consulting tickets of a partner package for a service cycle: unlimited for every package except the
     * Ticket Package, which has none.
     *
     * @param tier a partner tier with consulting support, not null
     * @param cycle the service cycle, not null
     * @return the unlimited quota
     * @throws IllegalArgumentException for a CN tier or the Ticket Package
     */
    public static TicketQuota partnerConsulting(SupportTier tier, ServicePeriod cycle) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(cycle, "cycle");
        if (!Entitlements.of(tier).contains(Entitlement.CONSULTING_TICKETS)) {
            throw new IllegalArgumentException("tier " + tier + " has no consulting tickets; accepted: "
                    + "PARTNER_SELECTED, PARTNER_PREMIUM, PARTNER_ELITE, PARTNER_FLAGSHIP");
        }
        return new TicketQuota(Kind.CONSULTING, UNLIMITED, 0, cycle, null);
    }

    static OptionalInt partnerTechnicalLimit(SupportTier tier) {
        return Entitlements.of(tier).technicalTicketsPerServiceCycle();
    }

    /** @return what the quota counts, not null */
    public Kind kind() {
        return kind;
    }

    /** @return the current period, not null */
    public ServicePeriod period() {
        return period;
    }

    /** @return true if the quota has no limit */
    public boolean isUnlimited() {
        return limit == UNLIMITED;
    }

    /** @return the tickets per period, or empty if unlimited */
    public OptionalInt limit() {
        return isUnlimited() ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** @return the tickets used in the current period, not negative */
    public int used() {
        return used;
    }

    /** @return the tickets left in the current period, or empty if unlimited */
    public OptionalInt remaining() {
        return isUnlimited() ? OptionalInt.empty() : OptionalInt.of(limit - used);
    }

    /**
     * The tickets left at an instant: for a calendar-month quota, an instant in a later month sees a full quota.
     *
     * @param instant the instant, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return the tickets left, or empty if unlimited
     * @throws IllegalArgumentException if the instant is outside the period (and, for a monthly quota, before it)
     */
    public OptionalInt remainingAt(Instant instant) {
        return at(instant).remaining();
    }

    /**
     * Uses one ticket at an instant. A calendar-month quota moves to the month containing the instant first (a new
     * month starts with all tickets); a service-cycle quota must be {@link #renew renewed} for the next cycle.
     *
     * @param instant when the ticket is submitted, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return the quota after using one ticket
     * @throws QuotaExhaustedException if no ticket is left in the period
     * @throws IllegalArgumentException if the instant is outside the period (and, for a monthly quota, before it)
     */
    public TicketQuota consume(Instant instant) {
        TicketQuota current = at(instant);
        if (current.isUnlimited()) {
            return new TicketQuota(kind, UNLIMITED, current.used + 1, current.period, monthlyZone);
        }
        if (current.used >= current.limit) {
            throw new QuotaExhaustedException(kind + " ticket quota exhausted: all " + limit + " tickets of period "
                    + current.period + " are used; it renews at " + current.period.end()
                    + (monthlyZone == null ? " (renew the service cycle)" : " (next calendar month, " + monthlyZone + ")"));
        }
        return new TicketQuota(kind, limit, current.used + 1, current.period, monthlyZone);
    }

    /**
     * A fresh quota for the next service cycle, none used. Unused tickets do not carry over.
     *
     * @param next the next cycle, not null, not starting before the current one ends
     * @return the renewed quota
     * @throws IllegalArgumentException if {@code next} starts before the current period ends
     */
    public TicketQuota renew(ServicePeriod next) {
        Objects.requireNonNull(next, "next");
        if (next.start().isBefore(period.end())) {
            throw new IllegalArgumentException("next period " + next + " must not start before the current period "
                    + period + " ends");
        }
        return new TicketQuota(kind, limit, 0, next, monthlyZone);
    }

    private TicketQuota at(Instant instant) {
        Limits.instant(instant, "instant");
        if (period.contains(instant)) {
            return this;
        }
        if (monthlyZone != null && !instant.isBefore(period.end())) {
            YearMonth month = YearMonth.from(instant.atZone(monthlyZone));
            return new TicketQuota(kind, limit, 0, ServicePeriod.ofMonth(month, monthlyZone), monthlyZone);
        }
        throw new IllegalArgumentException("instant " + instant + " is outside the quota period " + period
                + (monthlyZone == null ? "; renew the quota for the next service cycle" : ""));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TicketQuota)) {
            return false;
        }
        TicketQuota q = (TicketQuota) o;
        return kind == q.kind && limit == q.limit && used == q.used && period.equals(q.period)
                && Objects.equals(monthlyZone, q.monthlyZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, limit, used, period, monthlyZone);
    }

    /** @return a summary such as {@code TicketQuota[EXPRESS 3/10 used in [..)]} */
    @Override
    public String toString() {
        return "TicketQuota[" + kind + " " + used + "/" + (isUnlimited() ? "unlimited" : String.valueOf(limit))
                + " used in " + period + "]";
    }
}
