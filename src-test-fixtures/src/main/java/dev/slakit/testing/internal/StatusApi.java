package dev.slakit.testing.internal;

/**
 * The fake's Status API: checks a request in the order the service does (HTTP method, version, action,
 * then {@link RequestAuthenticator authentication}), then hands it to the action. The version and action come
 * from the {@code Version}/{@code Action} parameters of a Signature V1 request and from the
 * {@code x-acs-version}/{@code x-acs-action} headers of a Signature V3 one. Internal; thread-safe.
 */
public final class StatusApi {

    /** The only API version the fake serves. */
    public static final String VERSION = "2020-01-17";

    private final RequestAuthenticator authenticator;
    private final ListEventsApi listEvents;
    private final ListEventInProgressApi listEventInProgress;

    /**
     * @param authenticator checks signatures, tokens and nonces
     * @param listEvents the ListEvents action
     * @param listEventInProgress the ListEventInProgress action
     */
    public StatusApi(RequestAuthenticator authenticator, ListEventsApi listEvents,
            ListEventInProgressApi listEventInProgress) {
        this.authenticator = authenticator;
        this.listEvents = listEvents;
        this.listEventInProgress = listEventInProgress;
    }

    /**
     * Answers one request.
     *
     * @param request the request, unredacted
     * @return the result
     */
    public ApiResult handle(ApiRequest request) {
        if (!"GET".equals(request.method()) && !"POST".equals(request.method())) {
            return ApiResult.error(400, "UnsupportedHTTPMethod", "This http method is not supported.");
        }
        String version = request.version();
        if (version == null || version.isEmpty()) {
            return ApiResult.missing("Version");
        }
        if (!VERSION.equals(version)) {
            return ApiResult.error(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        String action = request.action();
        if (action == null || action.isEmpty()) {
            return ApiResult.missing("Action");
        }
        boolean known = ListEventsApi.ACTION.equals(action) || ListEventInProgressApi.ACTION.equals(action);
        if (!known) {
            return ApiResult.error(404, "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method.");
        }
        ApiResult failure = authenticator.authenticate(request);
        if (failure != null) {
            return failure;
        }
        return ListEventsApi.ACTION.equals(action) ? listEvents.answer(request.parameters())
                : listEventInProgress.answer(request.parameters());
    }
}
