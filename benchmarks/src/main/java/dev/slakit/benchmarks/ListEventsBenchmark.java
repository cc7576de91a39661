package dev.slakit.benchmarks;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.sun.net.httpserver.HttpServer;
import dev.slakit.status.Credentials;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.acs.AcsStatusClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
 * ListEvents round trips against a local JDK HTTP server returning a realistic five-event reply:
 * <ul>
 *   <li>{@code slakit}: the OkHttp client, signed, parsed into typed {@code HealthEvent}s;</li>
 *   <li>{@code aliyunSdkCoreRawString}: aliyun-java-sdk-core {@code DefaultAcsClient} + {@code CommonRequest}
 *       as its users call it, returning the body as a String (no parsing: the most favourable case for the
 *       peer);</li>
 *   <li>{@code slakitOverAliyunSdkCore}: the {@code AcsStatusClient} adapter (the official transport and
 *       slakit's parser);</li>
 *   <li>{@code baselineRawSocket}: a fixed request on a kept-alive socket, the body read as bytes: the
 *       floor of the server and the loopback, so that the clients' own cost is the difference. The server
 *       runs in the benchmark's JVM, so every {@code gc.alloc.rate.norm} includes the server's share.</li>
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

    private HttpServer server;
    private String domain;
    private StatusClient slakit;
    private DefaultAcsClient acs;
    private AcsStatusClient adapter;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed ACK,
        // and every round trip measures a 40 ms Nagle stall instead of the clients.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.createContext("/", exchange -> {
            // ListEvents has an empty body; closing the stream drains it without a copy buffer.
            exchange.getRequestBody().close();
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.getResponseHeaders().set("x-acs-request-id", "3C8E1B0A-5A1D-4F8B-9D2E-7A6C4B1E9F20");
            exchange.sendResponseHeaders(200, BODY_BYTES.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY_BYTES);
            }
        });
        // The handler runs on the server's dispatcher thread: no executor hand-off per request, so the
        // round trip measures the clients more than the server.
        server.setExecutor(null);
        server.start();
        domain = "127.0.0.1:" + server.getAddress().getPort();

        slakit = StatusClient.builder()
                .endpoint(URI.create("http://" + domain))
                .credentials(Credentials.of("LTAI-benchmark", "benchmark-secret"))
                .build();
        acs = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "LTAI-benchmark", "benchmark-secret"));
        adapter = AcsStatusClient.builder(acs).domain(domain).https(false).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        slakit.close();
        adapter.close();
        acs.shutdown();
        server.stop(0);
    }

    /** One kept-alive socket per benchmark thread. */
    @State(Scope.Thread)
    public static class RawConnection {
        private java.net.Socket socket;
        private java.io.InputStream in;
        private OutputStream out;
        private byte[] request;
        private final byte[] buffer = new byte[16 * 1024];

        @Setup(Level.Trial)
        public void open(ListEventsBenchmark benchmark) throws IOException {
            socket = new java.net.Socket("127.0.0.1", benchmark.server.getAddress().getPort());
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
        CommonResponse response = acs.getCommonResponse(request);
        return response.getData();
    }

    @Benchmark
    public ListEventsResponse slakitOverAliyunSdkCore() {
        return adapter.listEvents(REQUEST);
    }
}
