package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every cell of every response table, with the figures copied from the documents. */
class SlaCatalogTest {

    static final String CELLS = """
            CN_20210122, BASIC, TICKET, T:EXPRESS, 10, 10 min
            CN_20210122, BASIC, TICKET, T:IMPORTANT, 90, 90 min
            CN_20210122, BASIC, TICKET, T:GENERAL, 120, 120 min
            CN_20210122, BUSINESS, TICKET, T:EXPRESS, 10, 10 min
            CN_20210122, BUSINESS, TICKET, T:IMPORTANT, 90, 90 min
            CN_20210122, BUSINESS, TICKET, T:GENERAL, 120, 120 min
            CN_20210122, ENTERPRISE, TICKET, T:EXPRESS, 10, 10 min
            CN_20210122, ENTERPRISE, TICKET, S:CRITICAL, 12, 12 min
            CN_20210122, ENTERPRISE, TICKET, S:URGENT, 40, 40 min
            CN_20210122, ENTERPRISE, TICKET, S:HIGH, 90, 90 min
            CN_20210122, ENTERPRISE, TICKET, S:MEDIUM, 120, 120 min
            CN_20210122, ENTERPRISE, TICKET, S:LOW, 120, 120 min
            CN_20210122, ENTERPRISE, IM_GROUP, S:CRITICAL, 10, 10 min
            CN_20210122, ENTERPRISE, IM_GROUP, S:URGENT, 10, 10 min
            CN_20210122, ENTERPRISE, IM_GROUP, S:HIGH, 60, 1 h
            CN_20210122, ENTERPRISE, IM_GROUP, S:MEDIUM, 60, 1 h
            CN_20210122, ENTERPRISE, IM_GROUP, S:LOW, 960, 16 h
            CN_20210122, PREMIUM, TICKET, T:EXPRESS, 10, 10 min
            CN_20210122, PREMIUM, TICKET, S:CRITICAL, 12, 12 min
            CN_20210122, PREMIUM, TICKET, S:URGENT, 40, 40 min
            CN_20210122, PREMIUM, TICKET, S:HIGH, 90, 90 min
            CN_20210122, PREMIUM, TICKET, S:MEDIUM, 120, 120 min
            CN_20210122, PREMIUM, TICKET, S:LOW, 120, 120 min
            CN_20210122, PREMIUM, IM_GROUP, S:CRITICAL, 10, 10 min
            CN_20210122, PREMIUM, IM_GROUP, S:URGENT, 10, 10 min
            CN_20210122, PREMIUM, IM_GROUP, S:HIGH, 60, 1 h
            CN_20210122, PREMIUM, IM_GROUP, S:MEDIUM, 60, 1 h
            CN_20210122, PREMIUM, IM_GROUP, S:LOW, 960, 16 h
            CN_FAQ_20210122, BASIC, TICKET, S:CRITICAL, WD, 1 working day
            CN_FAQ_20210122, BASIC, TICKET, S:URGENT, WD, 1 working day
            CN_FAQ_20210122, BASIC, TICKET, S:HIGH, WD, 1 working day
            CN_FAQ_20210122, BASIC, TICKET, S:MEDIUM, WD, 1 working day
            CN_FAQ_20210122, BASIC, TICKET, S:LOW, WD, 1 working day
            CN_FAQ_20210122, BUSINESS, TICKET, S:URGENT, 40, 40 min
            CN_FAQ_20210122, BUSINESS, TICKET, S:HIGH, 180, 3 h
            CN_FAQ_20210122, BUSINESS, TICKET, S:MEDIUM, 480, 8 h
            CN_FAQ_20210122, BUSINESS, TICKET, S:LOW, 960, 16 h
            CN_FAQ_20210122, ENTERPRISE, TICKET, S:CRITICAL, 12, 12 min
            CN_FAQ_20210122, ENTERPRISE, TICKET, S:URGENT, 40, 40 min
            CN_FAQ_20210122, ENTERPRISE, TICKET, S:HIGH, 180, 3 h
            CN_FAQ_20210122, ENTERPRISE, TICKET, S:MEDIUM, 480, 8 h
            CN_FAQ_20210122, ENTERPRISE, TICKET, S:LOW, 960, 16 h
            CN_FAQ_20210122, PREMIUM, TICKET, S:CRITICAL, 12, 12 min
            CN_FAQ_20210122, PREMIUM, TICKET, S:URGENT, 40, 40 min
            CN_FAQ_20210122, PREMIUM, TICKET, S:HIGH, 180, 3 h
            CN_FAQ_20210122, PREMIUM, TICKET, S:MEDIUM, 480, 8 h
            CN_FAQ_20210122, PREMIUM, TICKET, S:LOW, 960, 16 h
            PARTNER_20210908, PARTNER_SELECTED, TICKET, S:CRITICAL, 15, 15 min
            PARTNER_20210908, PARTNER_SELECTED, TICKET, S:URGENT, 40, 40 min
            PARTNER_20210908, PARTNER_SELECTED, TICKET, S:HIGH, 240, 4 h
            PARTNER_20210908, PARTNER_SELECTED, TICKET, S:MEDIUM, 480, 8 h
            PARTNER_20210908, PARTNER_SELECTED, TICKET, S:LOW, 1080, 18 h
            PARTNER_20210908, PARTNER_PREMIUM, TICKET, S:CRITICAL, 15, 15 min
            PARTNER_20210908, PARTNER_PREMIUM, TICKET, S:URGENT, 40, 40 min
            PARTNER_20210908, PARTNER_PREMIUM, TICKET, S:HIGH, 240, 4 h
            PARTNER_20210908, PARTNER_PREMIUM, TICKET, S:MEDIUM, 480, 8 h
            PARTNER_20210908, PARTNER_PREMIUM, TICKET, S:LOW, 1080, 18 h
            PARTNER_20210908, PARTNER_ELITE, TICKET, S:CRITICAL, 15, 15 min
            PARTNER_20210908, PARTNER_ELITE, TICKET, S:URGENT, 40, 40 min
            PARTNER_20210908, PARTNER_ELITE, TICKET, S:HIGH, 240, 4 h
            PARTNER_20210908, PARTNER_ELITE, TICKET, S:MEDIUM, 480, 8 h
            PARTNER_20210908, PARTNER_ELITE, TICKET, S:LOW, 1080, 18 h
            PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, S:CRITICAL, 15, 15 min
            PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, S:URGENT, 40, 40 min
            PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, S:HIGH, 240, 4 h
            PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, S:MEDIUM, 480, 8 h
            PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, S:LOW, 1080, 18 h
            PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, S:CRITICAL, 15, 15 min
            PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, S:URGENT, 40, 40 min
            PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, S:HIGH, 240, 4 h
            PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, S:MEDIUM, 480, 8 h
            PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, S:LOW, 1080, 18 h
            """;

    static ResponseSla cell(SlaEdition edition, SupportTier tier, Channel channel, String criterion) {
        String value = criterion.substring(2);
        SlaCatalog catalog = SlaCatalog.of(edition);
        return criterion.startsWith("S:") ? catalog.responseSla(tier, channel, Severity.valueOf(value))
                : catalog.responseSla(tier, channel, TicketType.valueOf(value));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {5}")
    @CsvSource(textBlock = CELLS)
    void everyCellHasTheDocumentsTarget(SlaEdition edition, SupportTier tier, Channel channel, String criterion,
            String minutes, String label) {
        ResponseSla sla = cell(edition, tier, channel, criterion);
        assertThat(sla.edition()).isEqualTo(edition);
        assertThat(sla.tier()).isEqualTo(tier);
        assertThat(sla.channel()).isEqualTo(channel);
        assertThat(sla.target().describe()).isEqualTo(label);
        assertThat(sla.target().toString()).isEqualTo(label);
        if (minutes.equals("WD")) {
            assertThat(sla.target().isClockTime()).isFalse();
            assertThat(sla.target().amount()).isEqualTo(Duration.ofHours(24));
            assertThat(sla.target().calendar()).contains(WorkingCalendar.chinaMainland());
        } else {
            assertThat(sla.target().isClockTime()).isTrue();
            assertThat(sla.target().amount()).isEqualTo(Duration.ofMinutes(Long.parseLong(minutes)));
            Instant submitted = Instant.parse("2026-02-16T03:00:00Z"); // Spring Festival: clock targets ignore it
            assertThat(sla.dueAt(submitted)).isEqualTo(submitted.plus(Duration.ofMinutes(Long.parseLong(minutes))));
        }
        if (criterion.startsWith("S:")) {
            assertThat(sla.severity()).contains(Severity.valueOf(criterion.substring(2)));
            assertThat(sla.ticketType()).isEmpty();
        } else {
            assertThat(sla.ticketType()).contains(TicketType.valueOf(criterion.substring(2)));
            assertThat(sla.severity()).isEmpty();
        }
        boolean express = criterion.equals("T:EXPRESS");
        assertThat(sla.progressUpdateInterval().isPresent()).isEqualTo(express);
        if (express) {
            assertThat(sla.progressUpdateInterval()).contains(Duration.ofHours(1));
        }
        assertThat(sla.note().contains("IM group severity mapping")).isEqualTo(channel == Channel.IM_GROUP);
    }

    /** Every other combination of tier, channel and severity or ticket type throws: no silent default. */
    @Test
    void everyCombinationOutsideTheTablesThrows() {
        Set<String> defined = new HashSet<>();
        for (String line : CELLS.strip().split("\n")) {
            String[] f = line.split(",");
            defined.add(f[0].trim() + "|" + f[1].trim() + "|" + f[2].trim() + "|" + f[3].trim());
        }
        int checked = 0;
        for (SlaEdition edition : SlaEdition.values()) {
            SlaCatalog catalog = SlaCatalog.of(edition);
            assertThat(catalog.responseSlas()).hasSize((int) defined.stream().filter(k -> k.startsWith(edition + "|")).count());
            for (SupportTier tier : SupportTier.values()) {
                for (Channel channel : Channel.values()) {
                    for (Severity s : Severity.values()) {
                        String key = edition + "|" + tier + "|" + channel + "|S:" + s;
                        if (!defined.contains(key)) {
                            assertThatThrownBy(() -> catalog.responseSla(tier, channel, s))
                                    .isInstanceOf(UnsupportedSlaException.class)
                                    .hasMessageContaining(tier.name()).hasMessageContaining(channel.name())
                                    .hasMessageContaining(edition.name()).hasMessageContaining("accepted");
                            checked++;
                        }
                    }
                    for (TicketType t : TicketType.values()) {
                        String key = edition + "|" + tier + "|" + channel + "|T:" + t;
                        if (!defined.contains(key)) {
                            assertThatThrownBy(() -> catalog.responseSla(tier, channel, t))
                                    .isInstanceOf(UnsupportedSlaException.class)
                                    .hasMessageContaining(tier.name()).hasMessageContaining(channel.name());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 9 * 4 * 8 - defined.size());
    }

    @Test
    void unsupportedMessagesSayWhatIsAccepted() {
        UnsupportedSlaException e = catchUnsupported(() -> SlaCatalog.cn20210122()
                .responseSla(SupportTier.ENTERPRISE, Channel.TICKET, TicketType.IMPORTANT));
        assertThat(e.tier()).isEqualTo(SupportTier.ENTERPRISE);
        assertThat(e.channel()).isEqualTo(Channel.TICKET);
        assertThat(e.edition()).isEqualTo(SlaEdition.CN_20210122);
        assertThat(e.accepted()).isEqualTo("Severity CRITICAL, URGENT, HIGH, MEDIUM, LOW; TicketType EXPRESS");
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20210122");

        e = catchUnsupported(() -> SlaCatalog.cn20210122().responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW));
        assertThat(e.accepted()).isEqualTo("TicketType EXPRESS, IMPORTANT, GENERAL");

        e = catchUnsupported(() -> SlaCatalog.cn20210122().responseSla(SupportTier.BASIC, Channel.IM_GROUP, Severity.LOW));
        assertThat(e.accepted()).contains("[TICKET]").contains("IM_GROUP is not offered to BASIC");

        e = catchUnsupported(() -> SlaCatalog.partner20210908()
                .responseSla(SupportTier.PARTNER_FLAGSHIP, Channel.IM_GROUP, Severity.CRITICAL));
        assertThat(e.accepted()).contains("[TICKET]")
                .contains("IM_GROUP is available to PARTNER_FLAGSHIP")
                .contains("no numeric response target");

        e = catchUnsupported(() -> SlaCatalog.cn20210122()
                .responseSla(SupportTier.ENTERPRISE, Channel.HOTLINE, Severity.CRITICAL));
        assertThat(e.accepted()).contains("HOTLINE is available to ENTERPRISE").contains("no numeric response target");

        e = catchUnsupported(() -> SlaCatalog.cnFaq20210122()
                .responseSla(SupportTier.BUSINESS, Channel.TICKET, Severity.CRITICAL));
        assertThat(e.accepted()).isEqualTo("Severity URGENT, HIGH, MEDIUM, LOW");
        assertThat(e).hasMessageContaining("Severity CRITICAL is not defined for tier BUSINESS on channel TICKET");

        e = catchUnsupported(() -> SlaCatalog.partner20210908()
                .responseSla(SupportTier.PREMIUM, Channel.TICKET, Severity.LOW));
        assertThat(e.accepted()).contains("PARTNER_SELECTED").contains("PARTNER_TICKET_PACKAGE");

        e = catchUnsupported(() -> SlaCatalog.partner20210908()
                .responseSla(SupportTier.PARTNER_FLAGSHIP, Channel.IM_GROUP, Severity.CRITICAL));
        assertThat(e.accepted()).contains("[TICKET]");
    }

    private static UnsupportedSlaException catchUnsupported(Runnable r) {
        try {
            r.run();
        } catch (UnsupportedSlaException e) {
            return e;
        }
        throw new AssertionError("expected UnsupportedSlaException");
    }

    @Test
    void catalogsNameTheirSourceDocument() {
        assertThat(SlaCatalog.cn20210122().edition()).isEqualTo(SlaEdition.CN_20210122);
        assertThat(SlaCatalog.cnFaq20210122().edition()).isEqualTo(SlaEdition.CN_FAQ_20210122);
        assertThat(SlaCatalog.partner20210908().edition()).isEqualTo(SlaEdition.PARTNER_20210908);
        assertThat(SlaCatalog.cn20210122().sourceDocument()).contains("支持计划工作说明书").contains("20210122");
        assertThat(SlaCatalog.cnFaq20210122().sourceDocument()).contains("FAQ").contains("20210122");
        assertThat(SlaCatalog.partner20210908().sourceDocument()).contains("Partner Support Plan").contains("20210908");
        assertThat(SlaEdition.CN_20210122.documentVersion()).isEqualTo("20210122");
        assertThat(SlaEdition.PARTNER_20210908.documentVersion()).isEqualTo("20210908");
        assertThat(SlaEdition.CN_20210122.language()).isEqualTo("zh-CN");
        assertThat(SlaEdition.PARTNER_20210908.language()).isEqualTo("en");
        assertThat(SlaCatalog.cn20210122()).isSameAs(SlaCatalog.cn20210122());
        assertThat(SlaCatalog.cn20210122().toString()).contains("CN_20210122");
        assertThat(SlaCatalog.cn20210122().tiers()).containsExactly(SupportTier.BASIC, SupportTier.BUSINESS,
                SupportTier.ENTERPRISE, SupportTier.PREMIUM);
        assertThat(SlaCatalog.partner20210908().tiers()).allMatch(SupportTier::isPartner).hasSize(5);
    }

    @Test
    void nullArgumentsAreNamed() {
        SlaCatalog c = SlaCatalog.cn20210122();
        assertThatThrownBy(() -> c.responseSla(null, Channel.TICKET, Severity.LOW)).isInstanceOf(NullPointerException.class)
                .hasMessage("tier");
        assertThatThrownBy(() -> c.responseSla(SupportTier.BASIC, null, TicketType.GENERAL))
                .isInstanceOf(NullPointerException.class).hasMessage("channel");
        assertThatThrownBy(() -> c.responseSla(SupportTier.BASIC, Channel.TICKET, (Severity) null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
        assertThatThrownBy(() -> c.responseSla(SupportTier.BASIC, Channel.TICKET, (TicketType) null))
                .isInstanceOf(NullPointerException.class).hasMessage("ticketType");
        assertThatThrownBy(() -> SlaCatalog.of(null)).isInstanceOf(NullPointerException.class).hasMessage("edition");
    }

    @ParameterizedTest
    @EnumSource(SupportTier.class)
    void entitlementsOnlyForTheEditionsTiers(SupportTier tier) {
        SlaCatalog cn = SlaCatalog.cn20210122();
        SlaCatalog partner = SlaCatalog.partner20210908();
        if (tier.isPartner()) {
            assertThat(partner.entitlements(tier)).isEqualTo(Entitlements.of(tier));
            assertThatThrownBy(() -> cn.entitlements(tier)).isInstanceOf(UnsupportedSlaException.class)
                    .hasMessageContaining(tier.name()).hasMessageNotContaining("channel");
        } else {
            assertThat(cn.entitlements(tier)).isEqualTo(Entitlements.of(tier));
            assertThatThrownBy(() -> partner.entitlements(tier)).isInstanceOf(UnsupportedSlaException.class);
        }
    }

    @Test
    void enumsCarryTheDocumentsNames() {
        assertThat(Severity.CRITICAL.chineseName()).isEqualTo("核心业务不可用");
        assertThat(Severity.URGENT.chineseName()).isEqualTo("业务不可用");
        assertThat(Severity.HIGH.chineseName()).isEqualTo("业务受损");
        assertThat(Severity.MEDIUM.chineseName()).isEqualTo("系统异常");
        assertThat(Severity.LOW.chineseName()).isEqualTo("使用咨询");
        assertThat(Severity.HIGH.englishName()).isEqualTo("High");
        assertThat(TicketType.EXPRESS.chineseName()).isEqualTo("极速工单");
        assertThat(TicketType.IMPORTANT.chineseName()).isEqualTo("重要工单");
        assertThat(TicketType.GENERAL.chineseName()).isEqualTo("一般工单");
        assertThat(SupportTier.ENTERPRISE.chineseName()).isEqualTo("企业级");
        assertThat(SupportTier.ENTERPRISE.faqChineseName()).isEqualTo("企业标准计划");
        assertThat(SupportTier.PREMIUM.faqChineseName()).isEqualTo("企业至尊计划");
        assertThat(SupportTier.BASIC.faqChineseName()).isEqualTo("基础计划");
        assertThat(SupportTier.BUSINESS.chineseName()).isEqualTo("商业级");
        assertThat(Channel.IM_GROUP.chineseName()).isEqualTo("专属企业钉钉群");
    }
}
