package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11 item 6: what the documents say and the API could not answer before. */
class DocumentFactsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    /** Section 5 table: 支持工程师 per ticket kind (CN 20210122). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "BASIC, IMPORTANT, AFTER_SALES", "BASIC, GENERAL, AFTER_SALES", "BASIC, EXPRESS, SENIOR_AFTER_SALES",
        "BUSINESS, IMPORTANT, AFTER_SALES", "BUSINESS, GENERAL, AFTER_SALES", "BUSINESS, EXPRESS, SENIOR_AFTER_SALES",
        "ENTERPRISE, EXPRESS, SENIOR_AFTER_SALES", "PREMIUM, EXPRESS, SENIOR_AFTER_SALES",
    })
    void engineerGroupPerTicketType(SupportTier tier, TicketType type, EngineerGroup group) {
        assertThat(SlaCatalog.cn20210122().responseSla(tier, Channel.TICKET, type).engineerGroup()).contains(group);
    }

    @Test
    void engineerGroupOfSeverityCellsAndWhereNoneIsNamed() {
        for (SupportTier tier : new SupportTier[] {SupportTier.ENTERPRISE, SupportTier.PREMIUM}) {
            for (Severity s : Severity.values()) {
                assertThat(SlaCatalog.cn20210122().responseSla(tier, Channel.TICKET, s).engineerGroup())
                        .contains(EngineerGroup.AFTER_SALES);
                assertThat(SlaCatalog.cn20210122().responseSla(tier, Channel.IM_GROUP, s).engineerGroup()).isEmpty();
                assertThat(SlaCatalog.cnFaq20210122().responseSla(tier, Channel.TICKET, s).engineerGroup()).isEmpty();
            }
        }
        assertThat(SlaCatalog.partner20210908().responseSla(SupportTier.PARTNER_ELITE, Channel.TICKET, Severity.LOW)
                .engineerGroup()).isEmpty();
        assertThat(EngineerGroup.AFTER_SALES.chineseName()).isEqualTo("售后工程师组");
        assertThat(EngineerGroup.SENIOR_AFTER_SALES.chineseName()).isEqualTo("高级售后工程师组");
        assertThat(EngineerGroup.SENIOR_AFTER_SALES.englishName()).isEqualTo("Senior after-sales engineer group");
    }

    /** "Is anyone answering at 03:00?": the bot yes, humans no, for every CN tier and both CN editions. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "CN_20210122, BASIC, ALWAYS", "CN_20210122, BUSINESS, DAILY_WINDOW", "CN_20210122, ENTERPRISE, ALWAYS",
        "CN_20210122, PREMIUM, ALWAYS", "CN_FAQ_20210122, BASIC, ALWAYS", "CN_FAQ_20210122, BUSINESS, DAILY_WINDOW",
        "CN_FAQ_20210122, ENTERPRISE, ALWAYS", "CN_FAQ_20210122, PREMIUM, ALWAYS",
    })
    void onlineChatIsTwoServices(SlaEdition edition, SupportTier tier, ServiceHours.Availability bot) {
        OnlineChat chat = SlaCatalog.of(edition).onlineChat(tier);
        assertThat(chat.bot().availability()).isEqualTo(bot);
        assertThat(chat.humans().availability()).isEqualTo(ServiceHours.Availability.DAILY_WINDOW);
        assertThat(chat.humans().isFastLane()).isEqualTo(tier == SupportTier.BUSINESS);
        Instant three = sh("2026-03-04T03:00");
        assertThat(chat.isHumanAvailableAt(three)).isFalse();
        assertThat(chat.isAnsweredAt(three)).isTrue();
        assertThat(chat.humanAvailableFrom(three)).contains(sh("2026-03-04T09:00"));
        Instant ten = sh("2026-03-04T10:00");
        assertThat(chat.isHumanAvailableAt(ten)).isTrue();
        assertThat(chat.bot().isOpenAt(ten)).isEqualTo(tier != SupportTier.BUSINESS); // 商业级: 其余时间为智能客服
        assertThat(chat.isHumanAvailableAt(sh("2026-03-04T23:59:59"))).isTrue();
        assertThat(chat.isHumanAvailableAt(sh("2026-03-04T08:59:59"))).isFalse();
        assertThat(chat.toString()).contains("humans DAILY_WINDOW 09:00-24:00 Asia/Shanghai");
        assertThat(chat).isEqualTo(OnlineChat.of(chat.bot(), chat.humans())).hasSameHashCodeAs(OnlineChat.of(chat.bot(), chat.humans()));
    }

    @Test
    void partnerDocumentHasNoOnlineChat() {
        assertThatThrownBy(() -> SlaCatalog.partner20210908().onlineChat(SupportTier.PARTNER_FLAGSHIP))
                .isInstanceOf(UnsupportedSlaException.class).hasMessageContaining("ONLINE_CHAT");
        assertThatThrownBy(() -> SlaCatalog.cn20210122().onlineChat(SupportTier.PARTNER_FLAGSHIP))
                .isInstanceOf(UnsupportedSlaException.class);
    }

    @Test
    void businessHotlineNeedsTheBoundServiceNumber() {
        assertThat(Channel.HOTLINE_NUMBER).isEqualTo("400-80-13260");
        assertThat(Channel.HOTLINE_NUMBER.replace("-", "")).isEqualTo("4008013260"); // section 4.2 spelling
        for (SlaEdition e : new SlaEdition[] {SlaEdition.CN_20210122, SlaEdition.CN_FAQ_20210122}) {
            for (SupportTier tier : SlaCatalog.of(e).tiers()) {
                ServiceHours hotline = SlaCatalog.of(e).serviceHours(tier, Channel.HOTLINE);
                assertThat(hotline.requiresBoundServiceNumber()).as("%s", tier).isEqualTo(tier == SupportTier.BUSINESS);
                assertThat(hotline.isFastLane()).isEqualTo(tier == SupportTier.BUSINESS);
                assertThat(hotline.availability()).isEqualTo(ServiceHours.Availability.ALWAYS);
                assertThat(SlaCatalog.of(e).serviceHours(tier, Channel.TICKET).requiresBoundServiceNumber()).isFalse();
            }
        }
        ServiceHours plain = ServiceHours.always(false, "x");
        assertThat(plain.requiringBoundServiceNumber()).isNotEqualTo(plain);
        assertThat(plain.requiringBoundServiceNumber().requiresBoundServiceNumber()).isTrue();
    }

    /** 严重性说明 (20210122) and the partner Description column, transcribed cell by cell, with our translations. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CRITICAL|客户关键业务、核心组件明显受损或服务不可用，需要立即处理。|Business-critical system/component down, needs immediate support",
        "URGENT|客户关键业务、核心组件受到重大影响或重要功能不可用，需要尽快处理。|Production system/component down or greatly impaired, need quick support",
        "HIGH|客户业务的重要功能受损或降级。|Key system impaired",
        "MEDIUM|客户业务的非关键功能异常。|System impaired",
        "LOW|一般性技术或咨询问题。|General question or requests",
    })
    void severityDescriptionsOfBothDocuments(Severity severity, String cn, String partner) {
        assertThat(severity.cnDescription()).isEqualTo(cn);
        assertThat(severity.partnerDescription()).isEqualTo(partner);
        assertThat(severity.description(SlaEdition.CN_20210122, Locale.CHINESE)).isEqualTo(cn);
        assertThat(severity.description(SlaEdition.CN_FAQ_20210122, Locale.SIMPLIFIED_CHINESE)).isEqualTo(cn);
        assertThat(severity.description(SlaEdition.PARTNER_20210908, Locale.ENGLISH)).isEqualTo(partner);
        assertThat(severity.description(SlaEdition.CN_20210122, Locale.ENGLISH)).isEqualTo(severity.cnDescriptionEnglish())
                .isNotBlank().isNotEqualTo(cn);
        assertThat(severity.description(SlaEdition.PARTNER_20210908, Locale.CHINA))
                .isEqualTo(severity.partnerDescriptionChinese()).isNotBlank().isNotEqualTo(partner);
    }

    /** Section 6 acceptance criteria, package by package. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PARTNER_SELECTED, TICKET_CLOSURE", "PARTNER_PREMIUM, TICKET_CLOSURE", "PARTNER_TICKET_PACKAGE, TICKET_CLOSURE",
        "PARTNER_ELITE, TICKET_CLOSURE PRODUCT_USAGE_REPORT SERVICE_SUMMARY_REPORT",
        "PARTNER_FLAGSHIP, TICKET_CLOSURE IM_ENTERPRISE_GROUP CRITICAL_TIME_GUARANTEE PRODUCT_USAGE_REPORT SERVICE_SUMMARY_REPORT",
        "BASIC, ''", "PREMIUM, ''",
    })
    void partnerDeliverablesPerPackage(SupportTier tier, String names) {
        List<PartnerDeliverable> expected = names.isEmpty() ? Collections.emptyList()
                : Arrays.stream(names.split(" ")).map(PartnerDeliverable::valueOf).toList();
        assertThat(Entitlements.of(tier).deliverables()).containsExactlyElementsOf(expected);
    }

    @Test
    void deliverableTypes() {
        assertThat(PartnerDeliverable.TICKET_CLOSURE.type()).isEqualTo(PartnerDeliverable.Type.TICKET);
        assertThat(PartnerDeliverable.TICKET_CLOSURE.documentName()).isEqualTo("Ticket Closure");
        assertThat(PartnerDeliverable.IM_ENTERPRISE_GROUP.type()).isEqualTo(PartnerDeliverable.Type.ENTERPRISE_GROUP);
        for (PartnerDeliverable d : new PartnerDeliverable[] {PartnerDeliverable.PRODUCT_USAGE_REPORT,
            PartnerDeliverable.SERVICE_SUMMARY_REPORT, PartnerDeliverable.CRITICAL_TIME_GUARANTEE}) {
            assertThat(d.type()).isEqualTo(PartnerDeliverable.Type.DOCUMENT);
        }
    }

    @Test
    void flagshipTrainingNeedsAnExtraPurchase() {
        for (SupportTier tier : SupportTier.values()) {
            for (Entitlement e : Entitlement.values()) {
                boolean extra = tier == SupportTier.PARTNER_FLAGSHIP && e == Entitlement.ARCHITECTURE_CONSULTING_TRAINING;
                assertThat(Entitlements.of(tier).requiresExtraPurchase(e)).as("%s %s", tier, e).isEqualTo(extra);
            }
        }
        assertThat(Entitlements.of(SupportTier.PARTNER_ELITE).contains(Entitlement.ARCHITECTURE_CONSULTING_TRAINING)).isTrue();
    }

    /** Section 4.1 健康检查: 受限节点 / 不限节点. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"BASIC, LIMITED", "BUSINESS, LIMITED", "ENTERPRISE, UNLIMITED", "PREMIUM, ", "PARTNER_FLAGSHIP, "})
    void healthCheckNodeLimits(SupportTier tier, NodeLimit limit) {
        assertThat(Entitlements.of(tier).architectureVisualizationNodes()).isEqualTo(java.util.Optional.ofNullable(limit));
        assertThat(NodeLimit.LIMITED.chineseName()).isEqualTo("受限节点");
        assertThat(NodeLimit.UNLIMITED.chineseName()).isEqualTo("不限节点");
        assertThat(NodeLimit.UNLIMITED.englishName()).isEqualTo("Unlimited nodes");
    }

    @Test
    void progressUpdatesWithinTheHourAndByHowMuchLate() {
        ResponseSla express = SlaCatalog.cn20210122().responseSla(SupportTier.BUSINESS, Channel.TICKET, TicketType.EXPRESS);
        Instant first = sh("2026-03-04T10:00");
        ProgressUpdateCompliance c = express.progressUpdateCompliance(first,
                Arrays.asList(sh("2026-03-04T11:00"), sh("2026-03-04T12:10"), sh("2026-03-04T12:50")), sh("2026-03-04T14:20"));
        assertThat(c.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(c.updates()).hasSize(4);
        ProgressUpdateCompliance.Update exactlyAtTheHour = c.updates().get(0);
        assertThat(exactlyAtTheHour.due()).isEqualTo(sh("2026-03-04T11:00"));
        assertThat(exactlyAtTheHour.isOnTime()).isTrue(); // 1小时内 includes the hour
        assertThat(exactlyAtTheHour.late()).isZero();
        ProgressUpdateCompliance.Update tenLate = c.updates().get(1);
        assertThat(tenLate.due()).isEqualTo(sh("2026-03-04T12:00"));
        assertThat(tenLate.sentAt()).contains(sh("2026-03-04T12:10"));
        assertThat(tenLate.isOnTime()).isFalse();
        assertThat(tenLate.late()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.updates().get(2).isOnTime()).isTrue(); // due 13:10, sent 12:50
        ProgressUpdateCompliance.Update missing = c.updates().get(3);
        assertThat(missing.sentAt()).isEmpty();
        assertThat(missing.due()).isEqualTo(sh("2026-03-04T13:50"));
        assertThat(missing.late()).isEqualTo(Duration.ofMinutes(30));
        assertThat(missing.isOnTime()).isFalse();
        assertThat(missing.toString()).contains("missing");
        assertThat(c.isCompliant()).isFalse();
        assertThat(c.maxLate()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.toString()).contains("late by at most PT30M");

        ProgressUpdateCompliance agreed = express.withUpdateInterval(Duration.ofHours(4)).progressUpdateCompliance(first,
                Arrays.asList(sh("2026-03-04T13:59")), sh("2026-03-04T17:59"));
        assertThat(agreed.isCompliant()).isTrue();
        assertThat(agreed.maxLate()).isZero();
        assertThat(agreed.updates()).hasSize(1);
        assertThat(agreed.toString()).contains("compliant");
        assertThat(agreed).isEqualTo(express.withUpdateInterval(Duration.ofHours(4)).progressUpdateCompliance(first,
                Arrays.asList(sh("2026-03-04T13:59")), sh("2026-03-04T17:59")));
        assertThat(express.progressUpdateCompliance(first, Collections.emptyList(), sh("2026-03-04T11:00:01"))
                .updates().get(0).late()).isEqualTo(Duration.ofSeconds(1));

        assertThatThrownBy(() -> express.progressUpdateCompliance(first,
                Arrays.asList(sh("2026-03-04T12:00"), sh("2026-03-04T11:00")), sh("2026-03-04T14:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sent[1]").hasMessageContaining("in order");
        assertThatThrownBy(() -> express.progressUpdateCompliance(first, Collections.emptyList(), sh("2026-03-04T09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("now");
        ResponseSla general = SlaCatalog.cn20210122().responseSla(SupportTier.BUSINESS, Channel.TICKET, TicketType.GENERAL);
        assertThatThrownBy(() -> general.progressUpdateCompliance(first, Collections.emptyList(), first))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPRESS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MySQL与MicrosoftSQL Server|MYSQL_AND_SQL_SERVER",
        "MySQL与Microsoft SQL Server|MYSQL_AND_SQL_SERVER",
        "LinuxIptables与WindowsFirewall|IPTABLES_AND_WINDOWS_FIREWALL",
        "Linux IPTables与Windows Firewall|IPTABLES_AND_WINDOWS_FIREWALL",
        "Windows 路由与远程访问|WINDOWS_ROUTING_AND_REMOTE_ACCESS",
        "Windows路由与远程访问|WINDOWS_ROUTING_AND_REMOTE_ACCESS",
        "  vnc server |VNC_SERVER",
    })
    void thirdPartyLookupAcceptsTheDocumentsSpellings(String name, ThirdPartySoftware expected) {
        assertThat(ThirdPartySoftware.lookup(name)).contains(expected);
    }

    @Test
    void thirdPartyLookupStillRejectsUnlistedSoftware() {
        assertThat(ThirdPartySoftware.lookup("MySQL与PostgreSQL")).isEmpty();
        assertThat(ThirdPartySoftware.lookup("Tomcat")).isEmpty();
    }

    /** Section 5 table wording, cell by cell (热线电话支持, 官网在线咨询 bot and humans, 工单, 专属企业钉钉群). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "BASIC|HOTLINE|7×24小时 热线支持",
        "BUSINESS|HOTLINE|7×24小时 快速进线人工服务（需使用绑定的服务号码）",
        "ENTERPRISE|HOTLINE|7×24小时 热线支持",
        "PREMIUM|HOTLINE|7×24小时 热线支持",
        "BASIC|ONLINE_CHAT|7×24小时 智能客服 7×15小时 人工服务（早9:00-晚24:00）",
        "BUSINESS|ONLINE_CHAT|7×15小时 快速进线人工服务（早9:00-晚24:00） 其余时间为智能客服",
        "ENTERPRISE|ONLINE_CHAT|7×24小时 智能客服 7×15小时 人工服务（早9:00-晚24:00）",
        "PREMIUM|ONLINE_CHAT|7×24小时 智能客服 7×15小时 人工服务（早9:00-晚24:00）",
        "BASIC|TICKET|7×24小时 工单支持",
        "BUSINESS|TICKET|7×24小时 工单支持",
        "ENTERPRISE|TICKET|7×24小时 工单支持",
        "PREMIUM|TICKET|7×24小时 工单支持",
        "BASIC|IM_GROUP|不支持",
        "BUSINESS|IM_GROUP|不支持",
        "ENTERPRISE|IM_GROUP|7×24小时 专属企业钉钉群快速响应",
        "PREMIUM|IM_GROUP|7×24小时 专属企业钉钉群快速响应",
    })
    void serviceHoursWordingOfTheSlaTable(SupportTier tier, Channel channel, String wording) {
        assertThat(SlaCatalog.cn20210122().serviceHours(tier, channel).description()).isEqualTo(wording);
        assertThat(SlaCatalog.cnFaq20210122().serviceHours(tier, channel).description()).isEqualTo(wording);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BASIC|7×24小时 智能客服", "BUSINESS|其余时间为智能客服", "ENTERPRISE|7×24小时 智能客服", "PREMIUM|7×24小时 智能客服",
    })
    void chatBotWording(SupportTier tier, String wording) {
        assertThat(SlaCatalog.cn20210122().onlineChat(tier).bot().description()).isEqualTo(wording);
    }
}
