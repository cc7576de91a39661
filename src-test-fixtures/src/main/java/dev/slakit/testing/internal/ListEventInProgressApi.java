package dev.slakit.testing.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slakit.status.EventInProgress;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fake's ListEventInProgress action, once {@link StatusApi} has routed and authenticated the request:
 * reads {@code RegionIds} (one parameter holding a JSON array of region ids, as the Tea SDK sends it in the
 * form body) and answers the events in progress with an impact in any of those regions. Internal; thread-safe.
 */
public final class ListEventInProgressApi {

    /** The action. */
    public static final String ACTION = "ListEventInProgress";

    private static final JsonFactory JSON = new JsonFactory();

    private final InProgressStore events;

    /** @param events the events to answer from */
    public ListEventInProgressApi(InProgressStore events) {
        this.events = events;
    }

    /**
     * Answers an authenticated request.
     *
     * @param parameters every parameter, query and form body merged
     * @return the result
     */
    public ApiResult answer(Map<String, String> parameters) {
        String regionIds = parameters.get("RegionIds");
        if (regionIds == null || regionIds.isEmpty()) {
            return ApiResult.missing("RegionIds");
        }
        Set<String> regions = parseArray(regionIds);
        if (regions == null) {
            return ApiResult.invalid("RegionIds");
        }
        List<EventInProgress> found = events.find(regions);
        String requestId = WireFormat.newRequestId();
        return ApiResult.of(200, null, requestId, WireFormat.inProgressBody(requestId, found));
    }

    /** @return the strings of a JSON array of strings, or null if the text is anything else */
    private static Set<String> parseArray(String text) {
        Set<String> values = new LinkedHashSet<String>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            }
            if (t != JsonToken.END_ARRAY || p.nextToken() != null) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return values;
    }
}
