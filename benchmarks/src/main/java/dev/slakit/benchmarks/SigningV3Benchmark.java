package dev.slakit.benchmarks;

import com.aliyun.tea.TeaRequest;
import dev.slakit.status.internal.Acs3Signature;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Signature V3 ({@code ACS3-HMAC-SHA256}) of one {@code ListEventInProgress} request (form body of two
 * regions, the headers the client sends): the payload hash and the {@code Authorization} header, slakit's
 * {@link Acs3Signature} against the official {@code com.aliyun:openapiutil} ({@code hash}, {@code hexEncode},
 * {@code getAuthorization}), as each does per request. {@code SigningV3BenchmarkTest} checks both give the
 * same header.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningV3Benchmark {

    static final String ACCESS_KEY_ID = "LTAI5tBenchmarkKeyId";
    static final String SECRET = "benchmark-secret-0123456789abcdef";
    static final byte[] BODY = "RegionIds=%5B%22cn-hangzhou%22%2C%22cn-shanghai%22%5D"
            .getBytes(StandardCharsets.UTF_8);

    final Map<String, String> query = new HashMap<>();
    final Map<String, String> headers = new HashMap<>();
    private final TeaRequest official = new TeaRequest();

    public SigningV3Benchmark() {
        headers.put("host", "status.aliyuncs.com");
        headers.put("x-acs-action", "ListEventInProgress");
        headers.put("x-acs-version", "2020-01-17");
        headers.put("x-acs-date", "2026-11-30T05:22:07Z");
        headers.put("x-acs-signature-nonce", "8f2c1d2e-5b7a-4c3e-9f1a-0d6b2e4c8a71");
        headers.put("content-type", "application/x-www-form-urlencoded");
        headers.put("user-agent", "slakit-benchmark");
        headers.put("accept", "application/json");
        official.method = "POST";
        official.pathname = "/";
        official.query = query;
        official.headers = headers;
    }

    @Benchmark
    public String slakit() {
        String payload = Acs3Signature.sha256Hex(BODY);
        return Acs3Signature.authorization("POST", "/", query, headers, payload, ACCESS_KEY_ID, SECRET);
    }

    @Benchmark
    public String openapiutil() throws Exception {
        String payload = com.aliyun.openapiutil.Client.hexEncode(
                com.aliyun.openapiutil.Client.hash(BODY, Acs3Signature.ALGORITHM));
        return com.aliyun.openapiutil.Client.getAuthorization(official, Acs3Signature.ALGORITHM, payload,
                ACCESS_KEY_ID, SECRET);
    }
}
