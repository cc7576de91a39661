package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.auth.AcsURLEncoder;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.http.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RpcSignature} against the official signer of aliyun-java-sdk-core (RpcSignatureComposer,
 * AcsURLEncoder, HmacSHA1Signer) over generated requests: names and values with unicode (supplementary
 * characters included), spaces and every character the encoders treat specially.
 */
class RpcSignatureOracleTest {

    private static final int REQUESTS = 2_000;

    private final RandomText text = new RandomText(20200117L);
    private final Random random = text.random;

    @Test
    void signatureMatchesTheOfficialSignerOnGeneratedRequests() throws Exception {
        HmacSHA1Signer officialSigner = new HmacSHA1Signer();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Map<String, String> parameters = randomParameters();
            String secret = text.text(1 + random.nextInt(40));
            String method = random.nextBoolean() ? "POST" : "GET";

            String officialStringToSign = RpcSignatureComposer.getComposer().composeStringToSign(
                    MethodType.valueOf(method), null, officialSigner, parameters, null, null);
            String officialSignature = officialSigner.signString(officialStringToSign, secret + "&");

            String ours = RpcSignature.sign(method, parameters, secret);
            if (!officialStringToSign.equals(RpcSignature.stringToSign(method, parameters))
                    || !officialSignature.equals(ours)) {
                mismatches.add(parameters.toString());
            }
            Map<String, String> signed = new HashMap<>(parameters);
            signed.put("Signature", officialSignature);
            assertThat(RpcSignature.verify(method, signed, secret)).isTrue();
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void percentEncodingMatchesTheOfficialEncoder() throws Exception {
        int mismatches = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String value = text.text(random.nextInt(30));
            if (!AcsURLEncoder.percentEncode(value).equals(RpcSignature.percentEncode(value))) {
                mismatches++;
            }
        }
        assertThat(mismatches).isZero();
        assertThat(RpcSignature.percentEncode("a b*c~d+e/f=g&h")).isEqualTo("a%20b%2Ac~d%2Be%2Ff%3Dg%26h");
        assertThat(RpcSignature.percentEncode("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
    }

    @Test
    void signatureIsIgnoredAndOtherSecretsFailVerification() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Action", "ListEvents");
        parameters.put("Signature", "ignored");
        String signature = RpcSignature.sign("POST", parameters, "secret");
        parameters.remove("Signature");
        assertThat(RpcSignature.sign("POST", parameters, "secret")).isEqualTo(signature);
        parameters.put("Signature", signature);
        assertThat(RpcSignature.verify("POST", parameters, "secret")).isTrue();
        assertThat(RpcSignature.verify("POST", parameters, "other")).isFalse();
        parameters.remove("Signature");
        assertThat(RpcSignature.verify("POST", parameters, "secret")).isFalse();
    }

    private Map<String, String> randomParameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Action", "ListEvents");
        parameters.put("Version", "2020-01-17");
        int extra = 1 + random.nextInt(12);
        for (int i = 0; i < extra; i++) {
            parameters.put(text.text(1 + random.nextInt(12)), text.text(random.nextInt(40)));
        }
        return parameters;
    }
}
