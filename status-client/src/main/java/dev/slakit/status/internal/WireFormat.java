package dev.slakit.status.internal;

import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventsRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The constants and parameters of the wire format of both actions. Stateless and thread-safe. */
public final class WireFormat {

    /** The API version. */
    public static final String VERSION = "2020-01-17";
    /** The action of {@link ListEventsRequest}. */
    public static final String ACTION = "ListEvents";
    /** The action of {@link ListEventInProgressRequest}. */
    public static final String ACTION_IN_PROGRESS = "ListEventInProgress";
    /** The public endpoint host. */
    public static final String DEFAULT_HOST = "status.aliyuncs.com";
    /** The header some gateways put the request id into. */
    public static final String REQUEST_ID_HEADER = "x-acs-request-id";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private WireFormat() {
    }

    /**
     * Puts the business parameters of a request: RegionId, ProductId, EndDate, NumOfDay.
     *
     * @param request the request
     * @param into the map to fill
     */
    public static void putRequestParameters(ListEventsRequest request, Map<String, String> into) {
        into.put("RegionId", request.regionId());
        into.put("ProductId", request.productId());
        into.put("EndDate", DATE.format(request.endDate()));
        into.put("NumOfDay", Integer.toString(request.numOfDay()));
    }

    /**
     * The {@code RegionIds} form field as the official Tea SDK writes it: a compact JSON array of the ids in
     * the order given ({@code ["cn-hangzhou","cn-shanghai"]}). The ids are validated region ids (letters,
     * digits, {@code - _ .}), so none needs JSON escaping.
     *
     * @param request the request
     * @return the JSON text
     */
    public static String regionIdsJson(ListEventInProgressRequest request) {
        StringBuilder out = new StringBuilder(16 * request.regionIds().size() + 2).append('[');
        for (String id : request.regionIds()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(id).append('"');
        }
        return out.append(']').toString();
    }

    /**
     * @param instant a time
     * @return the RPC {@code Timestamp} text, {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC
     */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /**
     * The {@link #timestamp(Instant)} text, formatted once per second: calls within the same second (the
     * common case under load) reuse the last text. Thread-safe: one immutable pair in a volatile field.
     */
    public static final class TimestampCache {
        private volatile Entry last = new Entry(Long.MIN_VALUE, "");

        /**
         * @param instant a time
         * @return the same text as {@link WireFormat#timestamp(Instant)}
         */
        public String format(Instant instant) {
            long second = instant.getEpochSecond();
            Entry entry = last;
            if (entry.second != second) {
                entry = new Entry(second, timestamp(instant));
                last = entry;
            }
            return entry.text;
        }

        private static final class Entry {
            final long second;
            final String text;

            Entry(long second, String text) {
                this.second = second;
                this.text = text;
            }
        }
    }
}
