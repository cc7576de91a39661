package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    private static final String TOKEN = "CAIS8gF1q6Ft5B2yfSjIr5bN";

    @Test
    void aV1StringToSignIsCutToTheEndOfItsLine() {
        String message = "Specified signature is not matched with our calculation. server string to sign is:"
                + "POST&%2F&AccessKeyId%3Did%26SecurityToken%3D" + TOKEN + "%26Version%3D2020-01-17";
        assertThat(Redaction.redact(message)).isEqualTo(
                "Specified signature is not matched with our calculation. server string to sign is:[redacted]");
        assertThat(Redaction.redact("code: " + message + "\n(HTTP 400, requestId=R)"))
                .endsWith("string to sign is:[redacted]\n(HTTP 400, requestId=R)");
    }

    @Test
    void aV3StringToSignAndCanonicalRequestAreCut() {
        String v3 = "The request signature does not conform to Aliyun standards. server string to sign is: "
                + "ACS3-HMAC-SHA256\n7e3d1c0a6b5f4e2d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d";
        String redacted = Redaction.redact(v3);
        assertThat(redacted).startsWith("The request signature does not conform to Aliyun standards.")
                .contains("string to sign is:[redacted]").doesNotContain("7e3d1c0a6b5f4e2d");
        assertThat(Redaction.redact("canonical request: POST\n/\n\nhost:status.aliyuncs.com"))
                .startsWith("canonical request:[redacted]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SecurityToken=abc&Version=1|SecurityToken=****&Version=1",
        "SecurityToken%3Dabc%26Version%3D1|SecurityToken%3D****%26Version%3D1",
        "x-acs-security-token: abc|x-acs-security-token: ****",
        "{\"AccessKeySecret\":\"abc\",\"Code\":\"Success\"}|{\"AccessKeySecret\":\"****\",\"Code\":\"Success\"}",
        "access_key_secret = abc|access_key_secret = ****",
        "Signature=abc|Signature=****",
        "password: hunter|password: ****",
        "Specified SecurityToken mismatch with the AccessKey.|Specified SecurityToken mismatch with the AccessKey.",
        "SignatureNonce=1|SignatureNonce=1",
        "InvalidSecurityToken.Expired|InvalidSecurityToken.Expired",
    })
    void labelledSecretsAreMaskedAndUnlabelledWordsKept(String in, String out) {
        assertThat(Redaction.redact(in)).isEqualTo(out);
    }

    @Test
    void bareCredentialLikeRunsAreMaskedButRequestIdsAndWordsAreKept() {
        assertThat(Redaction.redact("STS down for secret s3cr3t-Value-Never-Shown!"))
                .isEqualTo("STS down for secret ****!");
        String requestId = "6D5B8B47-2F4B-4E5B-8A3C-1F2E3D4C5B6A";
        assertThat(Redaction.redact("requestId=" + requestId)).isEqualTo("requestId=" + requestId);
        assertThat(Redaction.redact("InvalidAccessKeyId.NotFound ListEventInProgress 2020-02-15T00:00:00Z"))
                .isEqualTo("InvalidAccessKeyId.NotFound ListEventInProgress 2020-02-15T00:00:00Z");
    }

    @Test
    void redactionIsIdempotentAndNullSafe() {
        String once = Redaction.redact("server string to sign is:GET&%2F&SecurityToken%3D" + TOKEN
                + " (HTTP 400) Authorization: ACS3 Signature=" + TOKEN);
        assertThat(Redaction.redact(once)).isEqualTo(once);
        assertThat(once).doesNotContain(TOKEN);
        assertThat(Redaction.redact(null)).isNull();
        assertThat(Redaction.redact("")).isEmpty();
    }

    @Test
    void aForeignExceptionIsCopiedByTypeRedactedMessageStackAndCauses() {
        IOException cause = new IOException("token=" + TOKEN);
        IllegalStateException foreign = new IllegalStateException("AccessKeySecret: " + TOKEN, cause);
        RedactedException copy = Redaction.copyOf(foreign);
        assertThat(copy.originalType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(copy).hasToString("java.lang.IllegalStateException: AccessKeySecret: ****");
        assertThat(copy.getStackTrace()).isEqualTo(foreign.getStackTrace());
        assertThat(copy.getCause()).hasToString("java.io.IOException: token=****");
        assertThat(Redaction.copyOf(copy)).isSameAs(copy);
        assertThat(Redaction.copyOf(null)).isNull();
        assertThat(Redaction.copyOf(new RuntimeException())).hasToString("java.lang.RuntimeException");
    }
}
