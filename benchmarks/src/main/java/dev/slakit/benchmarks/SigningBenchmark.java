package dev.slakit.benchmarks;

import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.http.MethodType;
import dev.slakit.status.internal.RpcSignature;
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
 * RPC signature v1.0 of one ListEvents parameter map: slakit's {@link RpcSignature} against the official
 * {@code RpcSignatureComposer} + {@code HmacSHA1Signer} of aliyun-java-sdk-core (string to sign and HMAC,
 * as the SDK does per request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

    private static final String SECRET = "benchmark-secret-0123456789abcdef";
    private final Map<String, String> parameters = new HashMap<>();
    private final HmacSHA1Signer officialSigner = new HmacSHA1Signer();

    public SigningBenchmark() {
        parameters.put("Action", "ListEvents");
        parameters.put("Version", "2020-01-17");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("ProductId", "ecs");
        parameters.put("EndDate", "2020-02-15");
        parameters.put("NumOfDay", "6");
        parameters.put("AccessKeyId", "LTAI5tBenchmarkKeyId");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", "8f2c1d2e-5b7a-4c3e-9f1a-0d6b2e4c8a71");
        parameters.put("Timestamp", "2026-11-22T05:06:58Z");
    }

    @Benchmark
    public String slakit() {
        return RpcSignature.sign("POST", parameters, SECRET);
    }

    @Benchmark
    public String aliyunSdkCore() throws Exception {
        String stringToSign = RpcSignatureComposer.getComposer().composeStringToSign(MethodType.POST, null,
                officialSigner, parameters, null, null);
        return officialSigner.signString(stringToSign, SECRET + "&");
    }
}
