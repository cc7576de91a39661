package dev.slakit.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An estimate of the post-paid part of a support-plan bill: "后付费月账单金额大约为该账号下云产品消费金额的10%，以实际账单为准"
 * (FAQ question 7): about 10 % of the account's monthly cloud consumption before discount. Always an estimate; the
 * actual bill decides. Currency-neutral: the result is in the currency of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostPaidEstimate {

    /** The approximate rate, 10 %. */
    public static final BigDecimal RATE = new BigDecimal("0.10");

    private final BigDecimal consumption;
    private final BigDecimal amount;

    private PostPaidEstimate(BigDecimal consumption, BigDecimal amount) {
        this.consumption = consumption;
        this.amount = amount;
    }

    /**
     * Estimates the post-paid monthly amount.
     *
     * @param monthlyConsumptionBeforeDiscount the account's monthly cloud consumption before discount, not null,
     *     not negative
     * @return the estimate: consumption × 0.10, rounded half-up to 2 decimal places
     * @throws IllegalArgumentException if the consumption is negative
     */
    public static PostPaidEstimate of(BigDecimal monthlyConsumptionBeforeDiscount) {
        Objects.requireNonNull(monthlyConsumptionBeforeDiscount, "monthlyConsumptionBeforeDiscount");
        if (monthlyConsumptionBeforeDiscount.signum() < 0) {
            throw new IllegalArgumentException("monthlyConsumptionBeforeDiscount must not be negative, was "
                    + monthlyConsumptionBeforeDiscount);
        }
        return new PostPaidEstimate(monthlyConsumptionBeforeDiscount,
                monthlyConsumptionBeforeDiscount.multiply(RATE).setScale(2, RoundingMode.HALF_UP));
    }

    /** @return the consumption the estimate is based on */
    public BigDecimal consumption() {
        return consumption;
    }

    /** @return the estimated post-paid monthly amount, scale 2 */
    public BigDecimal amount() {
        return amount;
    }

    /** @return the rate applied (0.10) */
    public BigDecimal rate() {
        return RATE;
    }

    /** @return always true: the document says "大约" (about) and "以实际账单为准" (the actual bill decides) */
    public boolean isEstimate() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostPaidEstimate && ((PostPaidEstimate) o).consumption.equals(consumption);
    }

    @Override
    public int hashCode() {
        return consumption.hashCode();
    }

    /** @return a summary such as {@code ~123.40 (estimate: 10 % of 1234.00)} */
    @Override
    public String toString() {
        return "~" + amount.toPlainString() + " (estimate: 10 % of " + consumption.toPlainString() + ")";
    }
}
