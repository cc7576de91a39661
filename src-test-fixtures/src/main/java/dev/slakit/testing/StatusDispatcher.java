package dev.slakit.testing;

/**
 * Full control over the replies of a {@link FakeStatusServer}, like OkHttp MockWebServer's {@code Dispatcher}.
 * Installed with {@link FakeStatusServer#dispatcher(StatusDispatcher)}; it is asked first, before scripted faults.
 *
 * <p>Called on the server's worker threads, possibly concurrently: implementations must be thread-safe.
 */
public interface StatusDispatcher {

    /**
     * Chooses the reply to a request.
     *
     * @param request the request; its outcome ({@link RecordedStatusRequest#responseStatus()} and so on) is not
     *     known yet and reads as "none"
     * @return the reply; {@link StatusReply#proceed()} (or null) lets the server go on with scripted faults and
     *     its normal answer
     */
    StatusReply dispatch(RecordedStatusRequest request);
}
