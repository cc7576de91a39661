package dev.slakit.status.internal;

import dev.slakit.status.ListEventsRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The constants and parameters of the ListEvents wire format (DESIGN.md "status-client"). */
public final class WireFormat {

    /** The API version. */
    public static final String VERSION = "2020-01-17";
    /** The action. */
    public static final String ACTION = "ListEvents";
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
     * @param instant a time
     * @return the RPC {@code Timestamp} text, {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in UTC
     */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
