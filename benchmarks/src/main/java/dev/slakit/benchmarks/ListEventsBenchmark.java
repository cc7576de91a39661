package dev.slakit.benchmarks;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.google.gson.Gson;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.acs.AcsStatusClient;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * ListEvents round trips against a lean local server ({@link LeanServer}: a blocking socket server in this
 * JVM that writes a pre-encoded, realistic five-event reply and allocates next to nothing per request), all
 * clients against the same server in the same run:
 * <ul>
 *   <li>{@code slakit}: the OkHttp client, signed per attempt, retries and timeouts armed, parsed into typed
 *       {@code HealthEvent}s;</li>
 *   <li>{@code aliyunSdkCoreRawString}: aliyun-java-sdk-core {@code DefaultAcsClient} + {@code CommonRequest}
 *       as its users call it, returning the body as a String (no parsing: the most favourable case for the
 *       peer);</li>
 *   <li>{@code aliyunSdkCoreGsonTyped}: the same, then the body read with Gson (the SDK's own JSON
 *       dependency) into a typed object, as users of {@code CommonRequest} do;</li>
 *   <li>{@code slakitOverAliyunSdkCore}: the {@code AcsStatusClient} adapter (the official transport and
 *       slakit's parser);</li>
 *   <li>{@code baselineRawSocket}: a fixed request on a kept-alive socket, the reply read into a reused
 *       buffer: the floor of the server and the loopback, so that the clients' own cost is the
 *       difference.</li>
 * </ul>
 * The server does not check signatures. Run with {@code -prof gc} for bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ListEventsBenchmark {

    static final String BODY = "{\"RequestId\":\"3C8E1B0A-5A1D-4F8B-9D2E-7A6C4B1E9F20\",\"Code\":200,"
            + "\"Success\":\"true\",\"Total\":5,\"Data\":["
            + "{\"Title\":\"ECS instances in cn-hangzhou zone H: degraded network performance\","
            + "\"CurrentStateSeverity\":\"ALARM\",\"SartTime\":1581317483000,\"EndTime\":null},"
            + "{\"Title\":\"Scheduled maintenance of ECS control plane\",\"CurrentStateSeverity\":\"NOTIFICATION\","
            + "\"SartTime\":1581230000000,\"EndTime\":1581240000000},"
            + "{\"Title\":\"ECS API latency back to normal\",\"CurrentStateSeverity\":\"NORMAL\","
            + "\"SartTime\":1581200000000,\"EndTime\":1581203600000},"
            + "{\"Title\":\"Disk I/O errors on a small number of cloud disks\",\"CurrentStateSeverity\":\"ALARM\","
            + "\"SartTime\":1581100000000,\"EndTime\":1581110000000},"
            + "{\"Title\":\"Console login slow for some users\",\"CurrentStateSeverity\":\"NOTIFICATION\","
            + "\"SartTime\":1581000000000,\"EndTime\":1581003600000}]}";

    private static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);
    private static final ListEventsRequest REQUEST = ListEventsRequest.builder().regionId("cn-hangzhou")
            .productId("ecs").endDate(LocalDate.of(2020, 2, 15)).numOfDay(6).build();

    private static final Gson GSON = new Gson();

    private LeanServer server;
    private String domain;
    private StatusClient slakit;
    private DefaultAcsClient acs;
    private AcsStatusClient adapter;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = new LeanServer(BODY_BYTES);
        domain = "127.0.0.1:" + server.port();

        slakit = StatusClient.builder()
                .endpoint(URI.create("http://" + domain))
                .credentials(Credentials.of("LTAI-benchmark", "benchmark-secret"))
                .build();
        acs = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "LTAI-benchmark", "benchmark-secret"));
        adapter = AcsStatusClient.builder(acs).domain(domain).https(false).build();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        slakit.close();
        adapter.close();
        acs.shutdown();
        server.close();
        if (server.malformedRequests() > 0) {
            throw new IllegalStateException(server.malformedRequests() + " requests the server could not read");
        }
    }

    /**
     * A lean HTTP/1.1 server for one canned reply: a blocking {@link ServerSocket} on 127.0.0.1 and one
     * thread per kept-alive connection, which reads a request head and its {@code Content-Length} body into a
     * reused buffer and writes a pre-encoded reply with one {@code write}. It allocates next to nothing per
     * request, so that the round trip and {@code gc.alloc.rate.norm} measure the clients, not the server.
     * It does not check signatures. Chunked request bodies are refused (counted and the connection closed);
     * no client here sends one.
     */
    static final class LeanServer implements Closeable {
        private final ServerSocket listener;
        private final byte[] reply;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private final AtomicInteger malformed = new AtomicInteger();
        private volatile boolean closed;

        LeanServer(byte[] body) throws IOException {
            String head = "HTTP/1.1 200 OK\r\n"
                    + "Content-Type: application/json;charset=utf-8\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "x-acs-request-id: 3C8E1B0A-5A1D-4F8B-9D2E-7A6C4B1E9F20\r\n"
                    + "\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            reply = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, reply, headBytes.length, body.length);
            listener = new ServerSocket(0, 64, InetAddress.getByName("127.0.0.1"));
            Thread acceptor = new Thread(this::acceptLoop, "lean-server-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int malformedRequests() {
            return malformed.get();
        }

        private void acceptLoop() {
            while (!closed) {
                try {
                    Socket socket = listener.accept();
                    socket.setTcpNoDelay(true);
                    open.add(socket);
                    Thread worker = new Thread(() -> serve(socket), "lean-server-conn");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    if (!closed) {
                        malformed.incrementAndGet();
                    }
                }
            }
        }

        private void serve(Socket socket) {
            byte[] buffer = new byte[16 * 1024];
            try (Socket s = socket; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                int filled = 0;
                while (true) {
                    // Read until the head is complete.
                    int headEnd;
                    while ((headEnd = headEnd(buffer, filled)) < 0) {
                        if (filled == buffer.length) {
                            malformed.incrementAndGet();
                            return;
                        }
                        int n = in.read(buffer, filled, buffer.length - filled);
                        if (n < 0) {
                            return; // the client closed a kept-alive connection
                        }
                        filled += n;
                    }
                    long bodyLength = contentLength(buffer, headEnd);
                    if (bodyLength < 0) {
                        malformed.incrementAndGet();
                        return;
                    }
                    boolean close = headerContains(buffer, headEnd, "connection: close");
                    // Skip the body: whatever of it is already buffered, then the rest from the socket.
                    long pending = headEnd + bodyLength;
                    if (pending <= filled) {
                        int rest = (int) (filled - pending);
                        System.arraycopy(buffer, (int) pending, buffer, 0, rest);
                        filled = rest;
                    } else {
                        long toSkip = pending - filled;
                        filled = 0;
                        while (toSkip > 0) {
                            int n = in.read(buffer, 0, (int) Math.min(buffer.length, toSkip));
                            if (n < 0) {
                                return;
                            }
                            toSkip -= n;
                        }
                    }
                    out.write(reply);
                    out.flush();
                    if (close) {
                        return;
                    }
                }
            } catch (IOException e) {
                if (!closed) {
                    malformed.incrementAndGet();
                }
            } finally {
                open.remove(socket);
            }
        }

        /** The index just after the blank line ending the head, or -1. */
        private static int headEnd(byte[] b, int length) {
            for (int i = 3; i < length; i++) {
                if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
                    return i + 1;
                }
            }
            return -1;
        }

        /** The Content-Length of the head (0 when absent), or -1 for a chunked body. */
        private static long contentLength(byte[] b, int headEnd) {
            if (headerContains(b, headEnd, "transfer-encoding: chunked")) {
                return -1;
            }
            int at = indexOfIgnoreCase(b, headEnd, "\ncontent-length:");
            if (at < 0) {
                return 0;
            }
            long value = 0;
            for (int i = at + "\ncontent-length:".length(); i < headEnd && b[i] != '\r'; i++) {
                if (b[i] >= '0' && b[i] <= '9') {
                    value = value * 10 + (b[i] - '0');
                }
            }
            return value;
        }

        private static boolean headerContains(byte[] b, int headEnd, String lowerCase) {
            return indexOfIgnoreCase(b, headEnd, lowerCase) >= 0;
        }

        private static int indexOfIgnoreCase(byte[] b, int length, String lowerCase) {
            int n = lowerCase.length();
            outer:
            for (int i = 0; i + n <= length; i++) {
                for (int j = 0; j < n; j++) {
                    int c = b[i + j];
                    if (c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                    }
                    if (c != lowerCase.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            listener.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    /** One kept-alive socket per benchmark thread. */
    @State(Scope.Thread)
    public static class RawConnection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private byte[] request;
        private final byte[] buffer = new byte[16 * 1024];

        @Setup(Level.Trial)
        public void open(ListEventsBenchmark benchmark) throws IOException {
            socket = new Socket("127.0.0.1", benchmark.server.port());
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            request = ("POST /?Action=ListEvents&Version=2020-01-17&Format=JSON&RegionId=cn-hangzhou"
                    + "&ProductId=ecs&EndDate=2020-02-15&NumOfDay=6 HTTP/1.1\r\nHost: " + benchmark.domain + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            socket.close();
        }
    }

    @Benchmark
    public int baselineRawSocket(RawConnection raw) throws IOException {
        raw.out.write(raw.request);
        raw.out.flush();
        byte[] buffer = raw.buffer;
        // Read until the headers end, then exactly the announced body.
        int length = 0;
        int headerEnd = -1;
        while (headerEnd < 0) {
            int n = raw.in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                throw new IOException("server closed the connection");
            }
            length += n;
            for (int i = 3; i < length; i++) {
                if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                    headerEnd = i + 1;
                    break;
                }
            }
        }
        int total = headerEnd + BODY_BYTES.length;
        while (length < total) {
            int n = raw.in.read(buffer, length, total - length);
            if (n < 0) {
                throw new IOException("server closed the connection");
            }
            length += n;
        }
        return length;
    }

    @Benchmark
    public ListEventsResponse slakit() {
        return slakit.listEvents(REQUEST);
    }

    @Benchmark
    public String aliyunSdkCoreRawString() throws Exception {
        return acs.getCommonResponse(officialRequest()).getData();
    }

    /**
     * The official client as its users read a reply: {@code getCommonResponse}, then Gson (the SDK's own
     * JSON dependency) into a typed object.
     */
    @Benchmark
    public OfficialReply aliyunSdkCoreGsonTyped() throws Exception {
        return GSON.fromJson(acs.getCommonResponse(officialRequest()).getData(), OfficialReply.class);
    }

    /** The ListEvents reply as a user of the official SDK would declare it for Gson. */
    public static final class OfficialReply {
        String RequestId;
        String Code;
        Integer Total;
        List<OfficialEvent> Data;
    }

    /** One event of {@link OfficialReply}. */
    public static final class OfficialEvent {
        String Title;
        String CurrentStateSeverity;
        Long SartTime;
        Long EndTime;
    }

    private CommonRequest officialRequest() {
        CommonRequest request = new CommonRequest();
        request.setSysDomain(domain);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysMethod(MethodType.POST);
        request.setSysVersion("2020-01-17");
        request.setSysAction("ListEvents");
        request.putQueryParameter("RegionId", "cn-hangzhou");
        request.putQueryParameter("ProductId", "ecs");
        request.putQueryParameter("EndDate", "2020-02-15");
        request.putQueryParameter("NumOfDay", "6");
        return request;
    }

    @Benchmark
    public ListEventsResponse slakitOverAliyunSdkCore() {
        return adapter.listEvents(REQUEST);
    }
}
