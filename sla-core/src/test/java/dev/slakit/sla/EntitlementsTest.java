package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 4.1 catalogue (column by column) and the partner service items (package by package). */
class EntitlementsTest {

    static Set<Entitlement> set(String names) {
        return Arrays.stream(names.trim().split("\\s+")).map(Entitlement::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Entitlement.class)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "BASIC; HOTLINE ONLINE_CHAT TICKET EXPIRY_REMINDER_SYSTEM HELP_DOCUMENTATION SERVICE_HEALTH_DASHBOARD API_AND_SDK"
            + " THIRD_PARTY_SOFTWARE SUBSCRIPTION_MESSAGES HEALTH_CHECK_AHAS_CORE_RULES ADVISOR",
        "BUSINESS; HOTLINE ONLINE_CHAT TICKET EXPRESS_TICKETS_INCLUDED EXPIRY_REMINDER_SYSTEM EXPIRY_REMINDER_MANUAL"
            + " HELP_DOCUMENTATION SERVICE_HEALTH_DASHBOARD API_AND_SDK THIRD_PARTY_SOFTWARE SUBSCRIPTION_MESSAGES"
            + " HEALTH_CHECK_AHAS_CORE_RULES ADVISOR",
        "ENTERPRISE; HOTLINE ONLINE_CHAT TICKET IM_GROUP EXPIRY_REMINDER_SYSTEM HELP_DOCUMENTATION SERVICE_HEALTH_DASHBOARD"
            + " API_AND_SDK THIRD_PARTY_SOFTWARE SUBSCRIPTION_MESSAGES HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING ADVISOR",
        "PREMIUM; HOTLINE ONLINE_CHAT TICKET IM_GROUP TECHNICAL_ACCOUNT_MANAGER EXPIRY_REMINDER_SYSTEM HELP_DOCUMENTATION"
            + " SERVICE_HEALTH_DASHBOARD API_AND_SDK THIRD_PARTY_SOFTWARE SUBSCRIPTION_MESSAGES GUARD_SERVICE"
            + " DISASTER_RECOVERY HEALTH_CHECK_AHAS_PRO ADVISOR BEST_PRACTICES_AND_MONTHLY_DASHBOARD"
            + " MONTHLY_SERVICE_REPORT ANNUAL_SERVICE_REPORT",
        "PARTNER_SELECTED; BUSINESS_OBJECTIVE_COMBING CONSULTING_TICKETS TECHNICAL_TICKETS SERVICE_HEALTH_DASHBOARD API_AND_SDK",
        "PARTNER_PREMIUM; BUSINESS_OBJECTIVE_COMBING CONSULTING_TICKETS TECHNICAL_TICKETS SERVICE_HEALTH_DASHBOARD API_AND_SDK",
        "PARTNER_ELITE; BUSINESS_OBJECTIVE_COMBING CONSULTING_TICKETS TECHNICAL_TICKETS SERVICE_MANAGEMENT"
            + " ARCHITECTURE_CONSULTING_TRAINING SERVICE_REPORTS SERVICE_HEALTH_DASHBOARD API_AND_SDK",
        "PARTNER_FLAGSHIP; BUSINESS_OBJECTIVE_COMBING CONSULTING_TICKETS TECHNICAL_TICKETS IM_ENTERPRISE_GROUP"
            + " SERVICE_MANAGEMENT ARCHITECTURE_CONSULTING_TRAINING CRITICAL_TIME_SERVICE SERVICE_REPORTS"
            + " SERVICE_HEALTH_DASHBOARD API_AND_SDK",
        "PARTNER_TICKET_PACKAGE; TECHNICAL_TICKETS SERVICE_HEALTH_DASHBOARD API_AND_SDK",
    })
    void everyTierHasExactlyTheDocumentsItems(SupportTier tier, String items) {
        Entitlements e = Entitlements.of(tier);
        Set<Entitlement> expected = set(items);
        assertThat(e.asSet()).isEqualTo(expected);
        assertThat(e.stream().collect(Collectors.toSet())).isEqualTo(expected);
        for (Entitlement x : Entitlement.values()) {
            assertThat(e.contains(x)).as("%s %s", tier, x).isEqualTo(expected.contains(x));
        }
        assertThat(e.tier()).isEqualTo(tier);
        assertThat(e.accountsCovered()).isEqualTo(1);
        assertThat(e.toString()).contains(tier.name());
        assertThatThrownBy(() -> e.asSet().add(Entitlement.TICKET)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onePlanCoversExactlyOneAccount() {
        assertThat(Entitlements.ACCOUNTS_PER_PLAN).isEqualTo(1);
    }

    @Test
    void typedDetails() {
        Entitlements premium = Entitlements.of(SupportTier.PREMIUM);
        GuardService guard = premium.guardService().orElseThrow();
        assertThat(guard.days()).isEqualTo(2);
        assertThat(guard.timesPerYear()).isEqualTo(1);
        assertThat(guard.annualSubscriptionOnly()).isTrue();
        assertThat(guard.toString()).contains("2 days");
        DisasterRecoveryPackage dr = premium.disasterRecovery().orElseThrow();
        assertThat(dr.completionDays()).isEqualTo(7);
        assertThat(dr.maxApplications()).isEqualTo(3);
        assertThat(dr.nodeLimitExclusive()).isEqualTo(100);
        assertThat(dr.faultDrills()).isEqualTo(50_000);
        assertThat(dr.annualSubscriptionOnly()).isTrue();
        assertThat(dr.covers(3, 99)).isTrue();
        assertThat(dr.covers(4, 10)).isFalse();
        assertThat(dr.covers(1, 100)).isFalse();
        assertThatThrownBy(() -> dr.covers(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dr.toString()).contains("50000");
        assertThat(Entitlements.of(SupportTier.ENTERPRISE).guardService()).isEmpty();
        assertThat(Entitlements.of(SupportTier.ENTERPRISE).disasterRecovery()).isEmpty();
        assertThat(premium.healthCheck()).contains(Entitlement.HEALTH_CHECK_AHAS_PRO);
        assertThat(Entitlements.of(SupportTier.ENTERPRISE).healthCheck()).contains(Entitlement.HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING);
        assertThat(Entitlements.of(SupportTier.BASIC).healthCheck()).contains(Entitlement.HEALTH_CHECK_AHAS_CORE_RULES);
        assertThat(Entitlements.of(SupportTier.PARTNER_ELITE).healthCheck()).isEmpty();
        assertThat(Entitlements.of(SupportTier.BUSINESS).includedExpressTicketsPerMonth()).isEqualTo(10);
        assertThat(Entitlements.of(SupportTier.PREMIUM).includedExpressTicketsPerMonth()).isZero();
        assertThat(Entitlement.IM_GROUP.chineseName()).isEqualTo("专属企业钉钉群");
        assertThat(Entitlement.SERVICE_REPORTS.isPartnerItem()).isTrue();
        assertThat(Entitlement.TICKET.isPartnerItem()).isFalse();
        assertThat(Entitlement.CRITICAL_TIME_SERVICE.englishName()).isEqualTo("Critical time service");
        assertThatThrownBy(() -> Entitlements.of(null)).isInstanceOf(NullPointerException.class).hasMessage("tier");
        assertThatThrownBy(() -> premium.contains(null)).isInstanceOf(NullPointerException.class).hasMessage("entitlement");
        assertThat(premium).isEqualTo(Entitlements.of(SupportTier.PREMIUM)).isNotEqualTo(Entitlements.of(SupportTier.BASIC));
    }

    @Test
    void postPaidIsAboutTenPercentAndAlwaysAnEstimate() {
        PostPaidEstimate e = PostPaidEstimate.of(new BigDecimal("12345.67"));
        assertThat(e.amount()).isEqualByComparingTo("1234.57");
        assertThat(e.amount().scale()).isEqualTo(2);
        assertThat(e.rate()).isEqualByComparingTo("0.10");
        assertThat(e.isEstimate()).isTrue();
        assertThat(e.consumption()).isEqualByComparingTo("12345.67");
        assertThat(e.toString()).isEqualTo("~1234.57 (estimate: 10 % of 12345.67)");
        assertThat(PostPaidEstimate.of(BigDecimal.ZERO).amount()).isEqualByComparingTo("0");
        assertThat(e).isEqualTo(PostPaidEstimate.of(new BigDecimal("12345.67"))).hasSameHashCodeAs(PostPaidEstimate.of(new BigDecimal("12345.67")));
        assertThatThrownBy(() -> PostPaidEstimate.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> PostPaidEstimate.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("monthlyConsumptionBeforeDiscount");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "OpenVPN|OPENVPN|安装OpenVPN后无法代理上网的问题排查|多个OpenVPN互联",
        "vncserver|VNC_SERVER|安装失败的问题解决|VNCServer如何支持多用户同时登录",
        "SSH|SSH|SSH服务器无法启动|SSH传输文件速度优化",
        "sftp|SFTP|SFTP无法启动|SFTP如何限速",
        "FTP|FTP|FTP使用系统账号登录的配置方法|FTP如何使用MySQL来管理账号",
        "Windows路由与远程访问|WINDOWS_ROUTING_AND_REMOTE_ACCESS|启动服务后无法访问互联网|更换VPN的证书服务",
        "APACHE|APACHE|Apache的日志轮询配置|Apache的优化配置",
        "iis|IIS|IIS启动后访问403错误|IIS如何编写伪静态规则",
        "  Nginx  |NGINX|Nginx域名绑定配置方法|Nginx插件调试方法",
        "sql server|MYSQL_AND_SQL_SERVER|MySQL监听内网端口修改|MySQL的SQL语句优化",
        "Windows Firewall|IPTABLES_AND_WINDOWS_FIREWALL|IPTables基本策略语法介绍|基于IPTables打造自动化检测防御工具",
    })
    void thirdPartySoftwareAppendix(String name, ThirdPartySoftware expected, String inScope, String outOfScope) {
        assertThat(ThirdPartySoftware.lookup(name)).contains(expected);
        assertThat(expected.inScopeExample()).isEqualTo(inScope);
        assertThat(expected.outOfScopeExample()).isEqualTo(outOfScope);
        assertThat(ThirdPartySoftware.lookup(expected.displayName())).contains(expected);
        assertThat(ThirdPartySoftware.lookup(expected.name())).contains(expected);
    }

    @Test
    void unlistedSoftwareIsOutOfScope() {
        assertThat(ThirdPartySoftware.values()).hasSize(11);
        assertThat(ThirdPartySoftware.lookup("PostgreSQL")).isEmpty();
        assertThat(ThirdPartySoftware.lookup("mysql")).contains(ThirdPartySoftware.MYSQL_AND_SQL_SERVER);
        assertThat(ThirdPartySoftware.lookup("IPTABLES")).contains(ThirdPartySoftware.IPTABLES_AND_WINDOWS_FIREWALL);
        assertThatThrownBy(() -> ThirdPartySoftware.lookup(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void slaTargetsPrintAsTheDocumentsWriteThem() {
        assertThat(SlaTarget.minutes(12).describe()).isEqualTo("12 min");
        assertThat(SlaTarget.hours(3).describe()).isEqualTo("3 h");
        assertThat(SlaTarget.clock(Duration.ofMinutes(90)).describe()).isEqualTo("90 min");
        assertThat(SlaTarget.clock(Duration.ofHours(16)).describe()).isEqualTo("16 h");
        assertThat(SlaTarget.clock(Duration.ofSeconds(30)).describe()).isEqualTo("PT30S");
        WorkingCalendar cn = WorkingCalendar.chinaMainland();
        assertThat(SlaTarget.workingDays(1, cn).describe()).isEqualTo("1 working day");
        assertThat(SlaTarget.workingDays(2, cn).describe()).isEqualTo("2 working days");
        assertThat(SlaTarget.workingTime(Duration.ofHours(8), cn).describe()).isEqualTo("8 h working time");
        assertThat(SlaTarget.minutes(12)).isEqualTo(SlaTarget.minutes(12)).hasSameHashCodeAs(SlaTarget.minutes(12))
                .isNotEqualTo(SlaTarget.minutes(13));
        // equal by amount and kind, whatever the label
        assertThat(SlaTarget.minutes(120)).isEqualTo(SlaTarget.hours(2)).hasSameHashCodeAs(SlaTarget.hours(2));
        assertThat(SlaTarget.minutes(60)).isEqualTo(SlaTarget.hours(1)).isEqualTo(SlaTarget.clock(Duration.ofHours(1)));
        assertThat(SlaTarget.minutes(60).describe()).isEqualTo("60 min");
        assertThat(SlaTarget.workingTime(Duration.ofHours(24), cn)).isEqualTo(SlaTarget.workingDays(1, cn))
                .isNotEqualTo(SlaTarget.hours(24));
        Instant t = Instant.parse("2026-02-16T00:00:00Z");
        assertThat(SlaTarget.workingTime(Duration.ofHours(8), cn).deadline(t).instant())
                .isEqualTo(Instant.parse("2026-02-24T00:00:00Z")); // Tue 24 Feb 08:00 +08
        assertThatThrownBy(() -> SlaTarget.minutes(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> SlaTarget.hours(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hours");
        assertThatThrownBy(() -> SlaTarget.clock(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> SlaTarget.workingDays(0, cn)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaTarget.workingDays(1, null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
        assertThatThrownBy(() -> SlaTarget.minutes(5).consumed(t, t.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        java.time.ZoneId sh = java.time.ZoneId.of("Asia/Shanghai");
        assertThat(Deadline.ofDate(java.time.LocalDate.of(2026, 1, 1), sh, true))
                .isEqualTo(Deadline.ofDate(java.time.LocalDate.of(2026, 1, 1), sh, true))
                .hasSameHashCodeAs(Deadline.ofDate(java.time.LocalDate.of(2026, 1, 1), sh, true))
                .isNotEqualTo(Deadline.ofDate(java.time.LocalDate.of(2026, 1, 1), sh, false))
                .isNotEqualTo(Deadline.ofDate(java.time.LocalDate.of(2026, 1, 1), java.time.ZoneOffset.UTC, true));
    }
}
