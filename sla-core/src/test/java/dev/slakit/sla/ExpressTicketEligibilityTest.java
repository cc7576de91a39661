package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.sla.ExpressTicketEligibility.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressTicketEligibilityTest {

    /** tier, has package, monthly quota left, RAM sub-account, permitted, marketplace -> reason. */
    @ParameterizedTest(name = "{0} pkg={1} left={2} ram={3} permitted={4} market={5} -> {6}")
    @CsvSource({
        "BUSINESS, false, 10, false, false, false, INCLUDED_MONTHLY_QUOTA",
        "BUSINESS, false, 1, false, false, false, INCLUDED_MONTHLY_QUOTA",
        "BUSINESS, false, 0, false, false, false, MONTHLY_QUOTA_EXHAUSTED",
        "BUSINESS, true, 0, false, false, false, PURCHASED_PACKAGE",
        "BASIC, false, 0, false, false, false, NO_PACKAGE",
        "BASIC, true, 0, false, false, false, PURCHASED_PACKAGE",
        "ENTERPRISE, false, 0, false, false, false, NO_PACKAGE",
        "ENTERPRISE, true, 0, false, false, false, PURCHASED_PACKAGE",
        "PREMIUM, true, 0, false, false, false, PURCHASED_PACKAGE",
        "PREMIUM, false, 0, false, false, false, NO_PACKAGE",
        "BASIC, true, 0, true, true, false, PURCHASED_PACKAGE",
        "BASIC, true, 0, true, false, false, RAM_SUB_ACCOUNT_NOT_PERMITTED",
        "BUSINESS, false, 5, true, false, false, RAM_SUB_ACCOUNT_NOT_PERMITTED",
        "BUSINESS, false, 5, true, true, false, INCLUDED_MONTHLY_QUOTA",
        "BUSINESS, true, 10, false, false, true, CLOUD_MARKETPLACE_TICKET",
        "PREMIUM, true, 0, true, true, true, CLOUD_MARKETPLACE_TICKET",
        "PARTNER_FLAGSHIP, true, 0, false, false, false, PARTNER_TIER",
        "PARTNER_SELECTED, false, 0, false, false, false, PARTNER_TIER",
    })
    void rules(SupportTier tier, boolean pkg, int left, boolean ram, boolean permitted, boolean market, Reason expected) {
        Reason r = ExpressTicketEligibility.forTier(tier).withPackage(pkg).withRemainingMonthlyQuota(left)
                .withRamSubAccount(ram, permitted).withCloudMarketplace(market).check();
        assertThat(r).isEqualTo(expected);
        assertThat(r.isAllowed()).isEqualTo(expected == Reason.INCLUDED_MONTHLY_QUOTA || expected == Reason.PURCHASED_PACKAGE);
        assertThat(r.text()).startsWith(r.isAllowed() ? "allowed" : "denied");
    }

    @Test
    void defaultsComeFromTheTier() {
        assertThat(ExpressTicketEligibility.forTier(SupportTier.BUSINESS).check()).isEqualTo(Reason.INCLUDED_MONTHLY_QUOTA);
        assertThat(ExpressTicketEligibility.forTier(SupportTier.BASIC).check()).isEqualTo(Reason.NO_PACKAGE);
        assertThat(ExpressTicketEligibility.forTier(SupportTier.BASIC).toString()).contains("BASIC");
        assertThatThrownBy(() -> ExpressTicketEligibility.forTier(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tier");
        assertThatThrownBy(() -> ExpressTicketEligibility.forTier(SupportTier.BUSINESS).withRemainingMonthlyQuota(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remaining");
        assertThat(Reason.CLOUD_MARKETPLACE_TICKET.text()).contains("Cloud Marketplace");
    }
}
