package dev.slakit.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One edition of the first-response SLA tables of the Alibaba Cloud support-plan statements of work, with the
 * service hours and entitlements of its tiers.
 *
 * <ul>
 * <li>{@link #cn20210122()}: section 5 SLA table and the express-ticket statement of work. TICKET: BASIC and
 * BUSINESS by {@link TicketType} (EXPRESS &lt;10 min, IMPORTANT &lt;90 min, GENERAL &lt;120 min); ENTERPRISE and
 * PREMIUM by {@link Severity} (12 / 40 / 90 / 120 / 120 min) and TicketType EXPRESS (with a package). IM_GROUP
 * (ENTERPRISE, PREMIUM) by severity: 业务不可用 &lt;10 min, 一般问题 &lt;1 h, 一般咨询 &lt;16 h.</li>
 * <li>{@link #cnFaq20210122()}: FAQ question 2 of the same document. BASIC "一个工作日之内受理" (1 working day on the
 * China mainland calendar, any severity); BUSINESS URGENT 40 min, HIGH 3 h, MEDIUM 8 h, LOW 16 h; ENTERPRISE and
 * PREMIUM CRITICAL 12 min and the same.</li>
 * <li>{@link #partner20210908()}: section 4 of the partner document. Every package, TICKET: CRITICAL 15 min,
 * URGENT 40 min, HIGH 4 h, MEDIUM 8 h, LOW 18 h.</li>
 * </ul>
 *
 * <p><b>IM group mapping.</b> The CN table gives group targets per "案例严重性" in three classes; slakit maps
 * CRITICAL and URGENT to 业务不可用, HIGH and MEDIUM to 一般问题, LOW to 一般咨询. This is our interpretation. Section
 * 5.2 says the group response time "参考工单支持" (follows ticket support) while the table gives group figures: the
 * table wins.
 *
 * <p>A combination an edition does not define throws {@link UnsupportedSlaException}, naming tier, channel, edition
 * and what the combination accepts; there is no silent default.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaCatalog {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String IM_NOTE = "IM group severity mapping (slakit's interpretation): CRITICAL, URGENT -> "
            + "业务不可用 <10 min; HIGH, MEDIUM -> 一般问题 <1 h; LOW -> 一般咨询 <16 h. Section 5.2 says the group "
            + "response time follows ticket support (响应时间参考工单支持); the section 5 table's group figures are used.";
    private static final String EXPRESS_NOTE = "极速工单 <10 min, progress update every hour or at an agreed interval "
            + "until closed; needs the BUSINESS monthly quota or a purchased express-ticket package "
            + "(see ExpressTicketEligibility).";
    private static final String FAQ_BASIC_NOTE = "一个工作日之内受理: accepted within one working day (24 h of "
            + "working-day time, China mainland calendar, 00:00-24:00 Asia/Shanghai), whatever the severity.";

    private static volatile SlaCatalog cn;
    private static volatile SlaCatalog cnFaq;
    private static volatile SlaCatalog partner;

    private final SlaEdition edition;
    private final Set<SupportTier> tiers;
    private final Map<Key, ResponseSla> cells;

    private SlaCatalog(SlaEdition edition, Set<SupportTier> tiers, Map<Key, ResponseSla> cells) {
        this.edition = edition;
        this.tiers = Collections.unmodifiableSet(tiers);
        this.cells = cells;
    }

    /**
     * The edition {@link SlaEdition#CN_20210122}: section 5 SLA table and the express-ticket statement of work.
     *
     * @return the shared catalog, not null
     */
    public static SlaCatalog cn20210122() {
        SlaCatalog c = cn;
        if (c == null) {
            Table t = new Table(SlaEdition.CN_20210122);
            for (SupportTier tier : cnTiers()) {
                t.put(tier, Channel.TICKET, null, TicketType.EXPRESS, SlaTarget.minutes(10),
                        ResponseSla.DEFAULT_UPDATE_INTERVAL, EXPRESS_NOTE);
            }
            for (SupportTier tier : new SupportTier[] {SupportTier.BASIC, SupportTier.BUSINESS}) {
                t.put(tier, Channel.TICKET, null, TicketType.IMPORTANT, SlaTarget.minutes(90), null, "");
                t.put(tier, Channel.TICKET, null, TicketType.GENERAL, SlaTarget.minutes(120), null, "");
            }
            for (SupportTier tier : new SupportTier[] {SupportTier.ENTERPRISE, SupportTier.PREMIUM}) {
                t.severities(tier, Channel.TICKET, "", SlaTarget.minutes(12), SlaTarget.minutes(40),
                        SlaTarget.minutes(90), SlaTarget.minutes(120), SlaTarget.minutes(120));
                t.severities(tier, Channel.IM_GROUP, IM_NOTE, SlaTarget.minutes(10), SlaTarget.minutes(10),
                        SlaTarget.hours(1), SlaTarget.hours(1), SlaTarget.hours(16));
            }
            c = new SlaCatalog(SlaEdition.CN_20210122, cnTiers(), t.cells);
            cn = c;
        }
        return c;
    }

    /**
     * The edition {@link SlaEdition#CN_FAQ_20210122}: FAQ question 2 of the 20210122 document.
     *
     * @return the shared catalog, not null
     */
    public static SlaCatalog cnFaq20210122() {
        SlaCatalog c = cnFaq;
        if (c == null) {
            Table t = new Table(SlaEdition.CN_FAQ_20210122);
            SlaTarget oneWorkingDay = SlaTarget.workingDays(1, WorkingCalendar.chinaMainland());
            t.severities(SupportTier.BASIC, Channel.TICKET, FAQ_BASIC_NOTE, oneWorkingDay, oneWorkingDay,
                    oneWorkingDay, oneWorkingDay, oneWorkingDay);
            t.severities(SupportTier.BUSINESS, Channel.TICKET, "", null, SlaTarget.minutes(40), SlaTarget.hours(3),
                    SlaTarget.hours(8), SlaTarget.hours(16));
            for (SupportTier tier : new SupportTier[] {SupportTier.ENTERPRISE, SupportTier.PREMIUM}) {
                t.severities(tier, Channel.TICKET, "", SlaTarget.minutes(12), SlaTarget.minutes(40),
                        SlaTarget.hours(3), SlaTarget.hours(8), SlaTarget.hours(16));
            }
            c = new SlaCatalog(SlaEdition.CN_FAQ_20210122, cnTiers(), t.cells);
            cnFaq = c;
        }
        return c;
    }

    /**
     * The edition {@link SlaEdition#PARTNER_20210908}: section 4 of the partner statement of work.
     *
     * @return the shared catalog, not null
     */
    public static SlaCatalog partner20210908() {
        SlaCatalog c = partner;
        if (c == null) {
            Table t = new Table(SlaEdition.PARTNER_20210908);
            for (SupportTier tier : partnerTiers()) {
                t.severities(tier, Channel.TICKET, "", SlaTarget.minutes(15), SlaTarget.minutes(40),
                        SlaTarget.hours(4), SlaTarget.hours(8), SlaTarget.hours(18));
            }
            c = new SlaCatalog(SlaEdition.PARTNER_20210908, partnerTiers(), t.cells);
            partner = c;
        }
        return c;
    }

    /**
     * The catalog of an edition.
     *
     * @param edition the edition, not null
     * @return the shared catalog, not null
     */
    public static SlaCatalog of(SlaEdition edition) {
        switch (Objects.requireNonNull(edition, "edition")) {
            case CN_20210122:
                return cn20210122();
            case CN_FAQ_20210122:
                return cnFaq20210122();
            default:
                return partner20210908();
        }
    }

    private static EnumSet<SupportTier> cnTiers() {
        return EnumSet.of(SupportTier.BASIC, SupportTier.BUSINESS, SupportTier.ENTERPRISE, SupportTier.PREMIUM);
    }

    private static EnumSet<SupportTier> partnerTiers() {
        return EnumSet.of(SupportTier.PARTNER_SELECTED, SupportTier.PARTNER_PREMIUM, SupportTier.PARTNER_ELITE,
                SupportTier.PARTNER_FLAGSHIP, SupportTier.PARTNER_TICKET_PACKAGE);
    }

    /** @return the edition, not null */
    public SlaEdition edition() {
        return edition;
    }

    /** @return the source document title and version of the edition */
    public String sourceDocument() {
        return edition.sourceDocument();
    }

    /** @return the tiers this edition defines, unmodifiable */
    public Set<SupportTier> tiers() {
        return tiers;
    }

    /** @return every response SLA of the edition, in table order, unmodifiable */
    public List<ResponseSla> responseSlas() {
        return Collections.unmodifiableList(new ArrayList<ResponseSla>(cells.values()));
    }

    /**
     * The response SLA of a cell selected by severity.
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @param severity the severity, not null
     * @return the response SLA, not null
     * @throws UnsupportedSlaException if the edition does not define the combination
     */
    public ResponseSla responseSla(SupportTier tier, Channel channel, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return lookup(tier, channel, severity, "Severity " + severity);
    }

    /**
     * The response SLA of a cell selected by ticket type (BASIC and BUSINESS in the CN edition; EXPRESS for every
     * CN tier).
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @param ticketType the ticket type, not null
     * @return the response SLA, not null
     * @throws UnsupportedSlaException if the edition does not define the combination
     */
    public ResponseSla responseSla(SupportTier tier, Channel channel, TicketType ticketType) {
        Objects.requireNonNull(ticketType, "ticketType");
        return lookup(tier, channel, ticketType, "TicketType " + ticketType);
    }

    private ResponseSla lookup(SupportTier tier, Channel channel, Enum<?> criterion, String asked) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(channel, "channel");
        ResponseSla sla = cells.get(new Key(tier, channel, criterion));
        if (sla == null) {
            throw new UnsupportedSlaException(tier, channel, edition, asked, accepted(tier, channel));
        }
        return sla;
    }

    private String accepted(SupportTier tier, Channel channel) {
        if (!tiers.contains(tier)) {
            return "tiers " + tiers;
        }
        List<String> severities = new ArrayList<String>();
        List<String> types = new ArrayList<String>();
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Key k : cells.keySet()) {
            if (k.tier != tier) {
                continue;
            }
            channels.add(k.channel);
            if (k.channel == channel) {
                (k.criterion instanceof Severity ? severities : types).add(k.criterion.name());
            }
        }
        if (severities.isEmpty() && types.isEmpty()) {
            ServiceHours hours = serviceHoursOrNull(tier, channel);
            String why = "";
            if (hours != null && !hours.isOffered()) {
                why = " (" + channel + " is not offered to " + tier + ")";
            } else if (hours != null) {
                why = " (" + channel + " is available to " + tier + " (" + hours.description()
                        + ") but the document gives it no numeric response target)";
            }
            return "channels with a response target for " + tier + ": " + channels + why;
        }
        StringBuilder sb = new StringBuilder();
        if (!severities.isEmpty()) {
            sb.append("Severity ").append(String.join(", ", severities));
        }
        if (!types.isEmpty()) {
            sb.append(sb.length() > 0 ? "; " : "").append("TicketType ").append(String.join(", ", types));
        }
        return sb.toString();
    }

    /**
     * The service hours of a channel for a tier (availability, not a response target).
     *
     * @param tier the tier, not null
     * @param channel the channel, not null
     * @return the service hours, possibly {@link ServiceHours.Availability#NOT_OFFERED}, not null
     * @throws UnsupportedSlaException if the tier is not in this edition, or the document says nothing about the
     *     channel (partner hotline and online chat)
     */
    public ServiceHours serviceHours(SupportTier tier, Channel channel) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(channel, "channel");
        ServiceHours hours = serviceHoursOrNull(tier, channel);
        if (hours == null) {
            throw new UnsupportedSlaException(tier, channel, edition, "service hours",
                    tiers.contains(tier) ? "channels TICKET, IM_GROUP (the partner document defines no hotline or online chat)"
                            : "tiers " + tiers);
        }
        return hours;
    }

    private ServiceHours serviceHoursOrNull(SupportTier tier, Channel channel) {
        if (!tiers.contains(tier)) {
            return null;
        }
        boolean business = tier == SupportTier.BUSINESS;
        if (edition == SlaEdition.PARTNER_20210908) {
            switch (channel) {
                case TICKET:
                    return ServiceHours.always(false, "7*24 hours technical tickets");
                case IM_GROUP:
                    return tier == SupportTier.PARTNER_FLAGSHIP ? ServiceHours.always(false, "IM Enterprise Group: 7*24 hours response")
                            : ServiceHours.notOffered("IM Enterprise Group is a Flagship service item only");
                default:
                    return null;
            }
        }
        switch (channel) {
            case HOTLINE:
                return ServiceHours.always(business, business ? "7×24小时 快速进线人工服务（需使用绑定的服务号码）"
                        : "7×24小时 热线支持");
            case ONLINE_CHAT:
                return ServiceHours.dailyWindow(LocalTime.of(9, 0), LocalTime.MIDNIGHT, SHANGHAI, business, business
                        ? "7×15小时 快速进线人工服务（早9:00-晚24:00） 其余时间为智能客服"
                        : "7×24小时 智能客服 7×15小时 人工服务（早9:00-晚24:00）");
            case TICKET:
                return ServiceHours.always(false, "7×24小时 工单支持");
            default:
                return tier == SupportTier.ENTERPRISE || tier == SupportTier.PREMIUM
                        ? ServiceHours.always(false, "7×24小时 专属企业钉钉群快速响应") : ServiceHours.notOffered("不支持");
        }
    }

    /**
     * The entitlements of a tier of this edition.
     *
     * @param tier the tier, not null
     * @return the entitlements, not null
     * @throws UnsupportedSlaException if the tier is not in this edition
     */
    public Entitlements entitlements(SupportTier tier) {
        Objects.requireNonNull(tier, "tier");
        if (!tiers.contains(tier)) {
            throw new UnsupportedSlaException(tier, null, edition, "entitlements", "tiers " + tiers);
        }
        return Entitlements.of(tier);
    }

    /** @return the edition and its source document */
    @Override
    public String toString() {
        return "SlaCatalog[" + edition + ": " + sourceDocument() + "]";
    }

    /** Collects the cells of an edition in table order. */
    private static final class Table {
        final SlaEdition edition;
        final Map<Key, ResponseSla> cells = new LinkedHashMap<Key, ResponseSla>();

        Table(SlaEdition edition) {
            this.edition = edition;
        }

        void put(SupportTier tier, Channel channel, Severity severity, TicketType type, SlaTarget target,
                Duration updateInterval, String note) {
            cells.put(new Key(tier, channel, severity != null ? severity : type),
                    ResponseSla.of(edition, tier, channel, severity, type, target, updateInterval, note));
        }

        /** Targets in Severity order CRITICAL..LOW; a null target leaves the cell undefined. */
        void severities(SupportTier tier, Channel channel, String note, SlaTarget... targets) {
            Severity[] all = Severity.values();
            for (int i = 0; i < all.length; i++) {
                if (targets[i] != null) {
                    put(tier, channel, all[i], null, targets[i], null, note);
                }
            }
        }
    }

    private static final class Key {
        final SupportTier tier;
        final Channel channel;
        final Enum<?> criterion;

        Key(SupportTier tier, Channel channel, Enum<?> criterion) {
            this.tier = tier;
            this.channel = channel;
            this.criterion = criterion;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return tier == k.tier && channel == k.channel && criterion == k.criterion;
        }

        @Override
        public int hashCode() {
            return (tier.hashCode() * 31 + channel.hashCode()) * 31 + criterion.hashCode();
        }
    }
}
