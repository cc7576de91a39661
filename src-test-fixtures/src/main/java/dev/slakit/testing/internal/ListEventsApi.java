package dev.slakit.testing.internal;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.LookbackWindow;
import dev.slakit.status.internal.RpcSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The fake's ListEvents action, once {@link StatusApi} has routed and authenticated the request: reads
 * {@code RegionId}, {@code ProductId}, {@code EndDate} and {@code NumOfDay} and answers from the
 * {@link EventStore}. Internal; thread-safe.
 */
public final class ListEventsApi {

    /** The action. */
    public static final String ACTION = "ListEvents";
    /** The zone of {@code EndDate}: the service's home zone (the dashboard shows Beijing time). */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final String[] ACTION_PARAMETERS = {"RegionId", "ProductId", "EndDate", "NumOfDay"};

    private final EventStore events;
    private final String startTimeField;

    /**
     * @param events the events to answer from
     * @param startTimeField the name of the start time field in replies
     */
    public ListEventsApi(EventStore events, String startTimeField) {
        this.events = events;
        this.startTimeField = startTimeField;
    }

    /**
     * Answers an authenticated request.
     *
     * @param parameters every parameter, query and form body merged
     * @return the result
     */
    public ApiResult answer(Map<String, String> parameters) {
        for (String name : ACTION_PARAMETERS) {
            String value = parameters.get(name);
            if (value == null || value.isEmpty()) {
                return ApiResult.missing(name);
            }
        }
        LocalDate endDate;
        try {
            endDate = LocalDate.parse(parameters.get("EndDate"));
        } catch (DateTimeParseException e) {
            return ApiResult.invalid("EndDate");
        }
        int numOfDay;
        try {
            numOfDay = Integer.parseInt(parameters.get("NumOfDay").trim());
        } catch (NumberFormatException e) {
            return ApiResult.invalid("NumOfDay");
        }
        if (numOfDay < 1) {
            return ApiResult.invalid("NumOfDay");
        }
        // The one definition of the window: NumOfDay calendar days ending with EndDate, Asia/Shanghai.
        LookbackWindow window = LookbackWindow.of(endDate, numOfDay);
        List<HealthEvent> found = events.find(parameters.get("RegionId"), parameters.get("ProductId"),
                window.from(), window.to());
        String requestId = WireFormat.newRequestId();
        return ApiResult.of(200, null, requestId, WireFormat.successBody(requestId, found, startTimeField));
    }
}
