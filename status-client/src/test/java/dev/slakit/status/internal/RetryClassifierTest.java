package dev.slakit.status.internal;

import static dev.slakit.status.internal.RetryClassifier.Decision.DO_NOT_RETRY;
import static dev.slakit.status.internal.RetryClassifier.Decision.RETRY;
import static dev.slakit.status.internal.RetryClassifier.Decision.RETRY_THROTTLED;
import static dev.slakit.status.internal.RetryClassifier.Decision.RETRY_TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryClassifierTest {

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @CsvSource({
        "400, Throttling, RETRY_THROTTLED",
        "400, Throttling.User, RETRY_THROTTLED",
        "400, Throttling.Api, RETRY_THROTTLED",
        "429, Whatever, RETRY_THROTTLED",
        "503, ServiceUnavailable, RETRY",
        "500, InternalError, RETRY",
        "400, SignatureNonceUsed, RETRY",
        "500, SomethingElse, RETRY",
        "502, SomethingElse, RETRY",
        "503, SomethingElse, RETRY",
        "504, SomethingElse, RETRY",
        "400, SignatureDoesNotMatch, DO_NOT_RETRY",
        "400, IncompleteSignature, DO_NOT_RETRY",
        "404, InvalidAccessKeyId.NotFound, DO_NOT_RETRY",
        "400, InvalidAccessKeyId.Inactive, DO_NOT_RETRY",
        "400, MissingProductId, DO_NOT_RETRY",
        "400, InvalidParameter, DO_NOT_RETRY",
        "500, InvalidParameter, DO_NOT_RETRY",
        "403, Forbidden.RAM, DO_NOT_RETRY",
        "404, NotFound, DO_NOT_RETRY",
        "200, SomethingElse, DO_NOT_RETRY",
    })
    void serviceErrorsAreClassifiedByStatusAndCode(int status, String code, RetryClassifier.Decision expected) {
        assertThat(RetryClassifier.classify(new StatusServiceException(code, "m", "r", status, 0)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} without a code -> {1}")
    @CsvSource({"429, RETRY_THROTTLED", "500, RETRY", "502, RETRY", "503, RETRY", "504, RETRY",
        "200, DO_NOT_RETRY", "404, DO_NOT_RETRY", "501, DO_NOT_RETRY"})
    void unreadableRepliesAreClassifiedByStatus(int status, RetryClassifier.Decision expected) {
        assertThat(RetryClassifier.classify(new StatusClientException("x",
                new ReplyFormatException("html", null), null, status, 0))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void transportFailuresAreRetriedAndTimeoutsCostMore() {
        assertThat(RetryClassifier.classify(new StatusClientException("x", new ConnectException("refused"))))
                .isEqualTo(RETRY);
        assertThat(RetryClassifier.classify(new StatusClientException("x", new IOException("reset"))))
                .isEqualTo(RETRY);
        assertThat(RetryClassifier.classify(new StatusClientException("x", new SocketTimeoutException("t"))))
                .isEqualTo(RETRY_TIMEOUT);
        assertThat(RetryClassifier.classify(new StatusClientException("x", new InterruptedIOException("t"))))
                .isEqualTo(RETRY_TIMEOUT);
        assertThat(RetryClassifier.classify(new StatusClientException("no credentials", null)))
                .isEqualTo(DO_NOT_RETRY);
        assertThat(RetryClassifier.classify(new StatusClientException("x", new IllegalStateException())))
                .isEqualTo(DO_NOT_RETRY);
        assertThat(RETRY.isRetryable()).isTrue();
        assertThat(DO_NOT_RETRY.isRetryable()).isFalse();
        assertThat(RetryClassifier.retryableCode(null)).isFalse();
        assertThat(RetryClassifier.neverRetriedCode(null)).isFalse();
    }
}
