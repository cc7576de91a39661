package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant sh(String ldt) {
        return LocalDateTime.parse(ldt).atZone(SHANGHAI).toInstant();
    }

    /** Section 5 SLA table, rows 热线电话支持, 官网在线咨询, 云产品技术工单支持, 专属企业钉钉群; both CN editions. */
    @ParameterizedTest(name = "{0} {1} {2} -> {3} fastLane={4}")
    @CsvSource({
        "CN_20210122, BASIC, HOTLINE, ALWAYS, false",
        "CN_20210122, BUSINESS, HOTLINE, ALWAYS, true",
        "CN_20210122, ENTERPRISE, HOTLINE, ALWAYS, false",
        "CN_20210122, PREMIUM, HOTLINE, ALWAYS, false",
        "CN_20210122, BASIC, ONLINE_CHAT, DAILY_WINDOW, false",
        "CN_20210122, BUSINESS, ONLINE_CHAT, DAILY_WINDOW, true",
        "CN_20210122, ENTERPRISE, ONLINE_CHAT, DAILY_WINDOW, false",
        "CN_20210122, PREMIUM, ONLINE_CHAT, DAILY_WINDOW, false",
        "CN_20210122, BASIC, TICKET, ALWAYS, false",
        "CN_20210122, BUSINESS, TICKET, ALWAYS, false",
        "CN_20210122, ENTERPRISE, TICKET, ALWAYS, false",
        "CN_20210122, PREMIUM, TICKET, ALWAYS, false",
        "CN_20210122, BASIC, IM_GROUP, NOT_OFFERED, false",
        "CN_20210122, BUSINESS, IM_GROUP, NOT_OFFERED, false",
        "CN_20210122, ENTERPRISE, IM_GROUP, ALWAYS, false",
        "CN_20210122, PREMIUM, IM_GROUP, ALWAYS, false",
        "CN_FAQ_20210122, BASIC, ONLINE_CHAT, DAILY_WINDOW, false",
        "CN_FAQ_20210122, BUSINESS, IM_GROUP, NOT_OFFERED, false",
        "PARTNER_20210908, PARTNER_SELECTED, TICKET, ALWAYS, false",
        "PARTNER_20210908, PARTNER_PREMIUM, TICKET, ALWAYS, false",
        "PARTNER_20210908, PARTNER_ELITE, TICKET, ALWAYS, false",
        "PARTNER_20210908, PARTNER_FLAGSHIP, TICKET, ALWAYS, false",
        "PARTNER_20210908, PARTNER_TICKET_PACKAGE, TICKET, ALWAYS, false",
        "PARTNER_20210908, PARTNER_SELECTED, IM_GROUP, NOT_OFFERED, false",
        "PARTNER_20210908, PARTNER_PREMIUM, IM_GROUP, NOT_OFFERED, false",
        "PARTNER_20210908, PARTNER_ELITE, IM_GROUP, NOT_OFFERED, false",
        "PARTNER_20210908, PARTNER_FLAGSHIP, IM_GROUP, ALWAYS, false",
        "PARTNER_20210908, PARTNER_TICKET_PACKAGE, IM_GROUP, NOT_OFFERED, false",
    })
    void everyServiceHoursCell(SlaEdition edition, SupportTier tier, Channel channel,
            ServiceHours.Availability availability, boolean fastLane) {
        ServiceHours h = SlaCatalog.of(edition).serviceHours(tier, channel);
        assertThat(h.availability()).isEqualTo(availability);
        assertThat(h.isFastLane()).isEqualTo(fastLane);
        assertThat(h.isOffered()).isEqualTo(availability != ServiceHours.Availability.NOT_OFFERED);
        assertThat(h.description()).isNotBlank();
        if (availability == ServiceHours.Availability.DAILY_WINDOW) {
            assertThat(h.windowStart()).contains(LocalTime.of(9, 0));
            assertThat(h.windowEnd()).contains(LocalTime.MIDNIGHT);
            assertThat(h.zone()).contains(SHANGHAI);
            assertThat(h.description()).contains("早9:00-晚24:00");
        } else {
            assertThat(h.windowStart()).isEmpty();
        }
    }

    @Test
    void partnerHotlineAndChatAreUndefined() {
        assertThatThrownBy(() -> SlaCatalog.partner20210908().serviceHours(SupportTier.PARTNER_FLAGSHIP, Channel.HOTLINE))
                .isInstanceOf(UnsupportedSlaException.class).hasMessageContaining("PARTNER_FLAGSHIP")
                .hasMessageContaining("HOTLINE").hasMessageContaining("TICKET, IM_GROUP");
        assertThatThrownBy(() -> SlaCatalog.cn20210122().serviceHours(SupportTier.PARTNER_ELITE, Channel.TICKET))
                .isInstanceOf(UnsupportedSlaException.class).hasMessageContaining("tiers");
    }

    @Test
    void humansInOnlineChatFrom9To24ShanghaiEveryDay() {
        ServiceHours chat = SlaCatalog.cn20210122().serviceHours(SupportTier.BASIC, Channel.ONLINE_CHAT);
        assertThat(chat.isOpenAt(sh("2026-02-17T08:59:59"))).isFalse(); // Spring Festival holiday: still every day
        assertThat(chat.isOpenAt(sh("2026-02-17T09:00"))).isTrue();
        assertThat(chat.isOpenAt(sh("2026-02-17T23:59:59"))).isTrue();
        assertThat(chat.isOpenAt(sh("2026-02-18T00:00"))).isFalse();
        assertThat(chat.availableFrom(sh("2026-02-17T03:00"))).contains(sh("2026-02-17T09:00"));
        assertThat(chat.availableFrom(sh("2026-02-17T10:00"))).contains(sh("2026-02-17T10:00"));
        assertThat(chat.availableFrom(sh("2026-02-18T00:00"))).contains(sh("2026-02-18T09:00"));
        assertThat(chat.closesAt(sh("2026-02-17T10:00"))).contains(sh("2026-02-18T00:00"));
        assertThat(chat.closesAt(sh("2026-02-17T03:00"))).contains(sh("2026-02-17T03:00"));
        assertThat(chat.toString()).isEqualTo("DAILY_WINDOW 09:00-24:00 Asia/Shanghai");
    }

    @Test
    void alwaysAndNotOffered() {
        ServiceHours always = SlaCatalog.cn20210122().serviceHours(SupportTier.BASIC, Channel.TICKET);
        Instant t = sh("2026-02-17T03:00");
        assertThat(always.isOpenAt(t)).isTrue();
        assertThat(always.availableFrom(t)).contains(t);
        assertThat(always.closesAt(t)).isEmpty();
        ServiceHours none = SlaCatalog.cn20210122().serviceHours(SupportTier.BASIC, Channel.IM_GROUP);
        assertThat(none.isOpenAt(t)).isFalse();
        assertThat(none.availableFrom(t)).isEqualTo(Optional.empty());
        assertThat(none.closesAt(t)).contains(t);
        assertThat(none.description()).isEqualTo("不支持");
        assertThat(SlaCatalog.cn20210122().serviceHours(SupportTier.BUSINESS, Channel.HOTLINE).toString())
                .isEqualTo("ALWAYS (fast lane) (bound service number)");
        assertThat(none).isEqualTo(ServiceHours.notOffered("不支持")).hasSameHashCodeAs(ServiceHours.notOffered("不支持"));
    }

    @Test
    void windowValidationAndOtherZones() {
        assertThatThrownBy(() -> ServiceHours.dailyWindow(LocalTime.of(10, 0), LocalTime.of(9, 0), SHANGHAI, false, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start < end");
        assertThatThrownBy(() -> ServiceHours.dailyWindow(null, LocalTime.of(9, 0), SHANGHAI, false, "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("start");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ServiceHours office = ServiceHours.dailyWindow(LocalTime.of(9, 0), LocalTime.of(17, 0), berlin, false, "office");
        Instant evening = LocalDateTime.parse("2026-03-28T18:00").atZone(berlin).toInstant();
        assertThat(office.availableFrom(evening)).contains(LocalDateTime.parse("2026-03-29T09:00").atZone(berlin).toInstant());
        assertThat(office.closesAt(LocalDateTime.parse("2026-03-29T10:00").atZone(berlin).toInstant()))
                .contains(LocalDateTime.parse("2026-03-29T17:00").atZone(berlin).toInstant());
        assertThat(office.toString()).isEqualTo("DAILY_WINDOW 09:00-17:00 Europe/Berlin");
    }
}
