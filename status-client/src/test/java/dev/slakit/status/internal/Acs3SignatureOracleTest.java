package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Acs3Signature} against the official {@code com.aliyun:openapiutil} ({@code Client.getAuthorization},
 * the code the Tea SDKs sign Signature V3 with) over generated requests: query parameters with empty values,
 * non-ASCII text (supplementary characters included) and every character the encoders treat specially; signed
 * and unsigned headers in mixed case with padding to trim; STS tokens; GET and POST; payload hashes of random
 * bodies. Plus the known-answer vector published in openapiutil's own tests.
 */
class Acs3SignatureOracleTest {

    private static final int REQUESTS = 2_000;

    private final RandomText text = new RandomText(20200117L);
    private final Random random = text.random;

    @Test
    void authorizationMatchesTheOfficialOpenapiutilOnGeneratedRequests() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int withToken = 0;
        int withEmptyValue = 0;
        int withNonAscii = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String method = random.nextBoolean() ? "POST" : "GET";
            Map<String, String> query = randomQuery();
            Map<String, String> headers = randomHeaders();
            if (random.nextInt(3) == 0) {
                headers.put("x-acs-accesskey-id", "STS." + text.alphanumeric(12));
                headers.put("x-acs-security-token", text.alphanumeric(200 + random.nextInt(400)));
                withToken++;
            }
            byte[] body = text.text(random.nextInt(60)).getBytes(StandardCharsets.UTF_8);
            String payload = Acs3Signature.sha256Hex(body);
            String accessKeyId = "LTAI" + text.alphanumeric(16);
            String secret = text.alphanumeric(1 + random.nextInt(40));
            withEmptyValue += query.containsValue("") ? 1 : 0;
            withNonAscii += (query.toString() + headers).chars().anyMatch(c -> c > 0x7f) ? 1 : 0;

            TeaRequest official = new TeaRequest();
            official.method = method;
            official.pathname = "/";
            official.query = new HashMap<>(query);
            official.headers = new HashMap<>(headers);
            String expected = com.aliyun.openapiutil.Client.getAuthorization(official, Acs3Signature.ALGORITHM,
                    payload, accessKeyId, secret);

            String ours = Acs3Signature.authorization(method, "/", query, headers, payload, accessKeyId, secret);
            if (!expected.equals(ours)) {
                mismatches.add(method + " " + query + " " + headers + " -> " + expected + " vs " + ours);
            }
            Acs3Signature.Authorization parsed = Acs3Signature.Authorization.parse(expected);
            assertThat(parsed.accessKeyId()).isEqualTo(accessKeyId);
            assertThat(parsed.verify(method, "/", query, headers, payload, secret)).isTrue();
        }
        assertThat(mismatches).isEmpty();
        // The generator really covered what it claims to.
        assertThat(withToken).isGreaterThan(REQUESTS / 5);
        assertThat(withEmptyValue).isGreaterThan(REQUESTS / 5);
        assertThat(withNonAscii).isGreaterThan(REQUESTS / 5);
    }

    @Test
    void payloadHashMatchesTheOfficialHash() throws Exception {
        for (int i = 0; i < 200; i++) {
            byte[] body = text.text(random.nextInt(200)).getBytes(StandardCharsets.UTF_8);
            assertThat(Acs3Signature.sha256Hex(body)).isEqualTo(com.aliyun.openapiutil.Client.hexEncode(
                    com.aliyun.openapiutil.Client.hash(body, Acs3Signature.ALGORITHM)));
        }
        // The hash of nothing, sent by every call without a body.
        assertThat(Acs3Signature.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    /** The vector of openapiutil's own getAuthorizationTest (GET, path unset, two spellings of one header). */
    @Test
    void publishedKnownAnswerVector() {
        Map<String, String> query = new HashMap<>();
        query.put("test", "ok");
        query.put("empty", "");
        Map<String, String> headers = new HashMap<>();
        headers.put("x-acs-test", "http");
        headers.put("x-acs-TEST", "https");

        String authorization = Acs3Signature.authorization("GET", null, query, headers,
                "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23", "acesskey", "secret");

        assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
                + "Signature=02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7");
    }

    @Test
    void verificationFailsForAnotherSecretAChangedSignedHeaderOrAMissingOne() {
        Map<String, String> query = new HashMap<>();
        query.put("RegionId", "cn-hangzhou");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "status.aliyuncs.com");
        headers.put("x-acs-action", "ListEventInProgress");
        headers.put("x-acs-date", "2026-11-30T05:00:00Z");
        headers.put("User-Agent", "not signed");
        String payload = Acs3Signature.sha256Hex(new byte[0]);
        Acs3Signature.Authorization auth = Acs3Signature.Authorization.parse(
                Acs3Signature.authorization("POST", "/", query, headers, payload, "ak", "secret"));

        assertThat(auth.signedHeaders()).containsExactly("host", "x-acs-action", "x-acs-date");
        assertThat(auth.verify("POST", "/", query, headers, payload, "secret")).isTrue();
        assertThat(auth.verify("POST", "/", query, headers, payload, "other")).isFalse();
        assertThat(auth.verify("GET", "/", query, headers, payload, "secret")).isFalse();
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put("User-Agent", "unsigned headers may change");
        assertThat(auth.verify("POST", "/", query, changed, payload, "secret")).isTrue();
        changed.put("x-acs-action", "ListEvents");
        assertThat(auth.verify("POST", "/", query, changed, payload, "secret")).isFalse();
        changed.remove("x-acs-action");
        assertThat(auth.verify("POST", "/", query, changed, payload, "secret")).isFalse();
        assertThat(auth.stringToSign("POST", "/", query, changed, payload)).isNull();
        String header = Acs3Signature.authorization("POST", "/", query, headers, payload, "ak", "secret");
        assertThat(auth.toString()).contains("ak").doesNotContain(header.substring(header.indexOf("Signature=") + 10));
    }

    @Test
    void malformedAuthorizationHeadersAreRejected() {
        assertThat(Acs3Signature.Authorization.parse(null)).isNull();
        assertThat(Acs3Signature.Authorization.parse("acs ak:sig")).isNull();
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host")).isNull();
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=a"))
                .isNull();
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=ak,Junk,Signature=a")).isNull();
        Acs3Signature.Authorization ok = Acs3Signature.Authorization.parse(
                "ACS3-HMAC-SHA256 Credential=ak, SignedHeaders=Host;X-Acs-Date, Signature=ab");
        assertThat(ok.accessKeyId()).isEqualTo("ak");
        assertThat(ok.signedHeaders()).containsExactly("host", "x-acs-date");
        assertThat(ok.toString()).contains("ak").doesNotContain("ab}");
    }

    private Map<String, String> randomQuery() {
        Map<String, String> query = new HashMap<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            String value = random.nextInt(4) == 0 ? "" : text.text(random.nextInt(20));
            query.put(text.text(1 + random.nextInt(10)), value);
        }
        return query;
    }

    private Map<String, String> randomHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put(random.nextBoolean() ? "host" : "Host", "status.aliyuncs.com");
        headers.put("x-acs-action", "ListEventInProgress");
        headers.put("x-acs-version", "2020-01-17");
        headers.put("x-acs-date", "2026-11-30T05:22:07Z");
        headers.put("x-acs-signature-nonce", text.alphanumeric(32));
        if (random.nextBoolean()) {
            headers.put(random.nextBoolean() ? "content-type" : "Content-Type", "application/x-www-form-urlencoded");
        }
        headers.put("user-agent", text.text(10));
        headers.put("accept", "application/json");
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            String name = (random.nextBoolean() ? "x-acs-" : "X-Acs-") + text.alphanumeric(1 + random.nextInt(8)).toLowerCase();
            String pad = random.nextBoolean() ? "  " : "";
            headers.put(name, pad + (random.nextInt(5) == 0 ? "" : text.text(random.nextInt(15))) + pad);
        }
        return headers;
    }
}
