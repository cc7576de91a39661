package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import org.junit.jupiter.api.Test;

class RetryTokenBucketTest {

    @Test
    void retriesDrainTheBucketAndSuccessesRefillItUpToCapacity() {
        RetryTokenBucket bucket = new RetryTokenBucket(20);
        assertThat(bucket.tryAcquire(RetryTokenBucket.TIMEOUT_OR_THROTTLING_COST)).isTrue();
        assertThat(bucket.tryAcquire(RetryTokenBucket.RETRY_COST)).isTrue();
        assertThat(bucket.available()).isEqualTo(5);
        assertThat(bucket.tryAcquire(RetryTokenBucket.TIMEOUT_OR_THROTTLING_COST)).isFalse();
        assertThat(bucket.available()).isEqualTo(5);
        bucket.onSuccess();
        assertThat(bucket.available()).isEqualTo(6);
        for (int i = 0; i < 100; i++) {
            bucket.onSuccess();
        }
        assertThat(bucket.available()).isEqualTo(20);
    }

    @Test
    void aZeroCapacityBucketNeverRefuses() {
        RetryTokenBucket disabled = new RetryTokenBucket(0);
        for (int i = 0; i < 1000; i++) {
            assertThat(disabled.tryAcquire(10)).isTrue();
        }
        disabled.onSuccess();
        assertThat(disabled.available()).isZero();
        assertThatThrownBy(() -> new RetryTokenBucket(-1)).hasMessageContaining("capacity");
    }

    @Test
    void withAttemptsCopiesEveryField() {
        StatusServiceException s = new StatusServiceException("Throttling", "m", "r", 400, 0);
        StatusException copy = RetryingCall.withAttempts(s, 3);
        assertThat(copy).isInstanceOf(StatusServiceException.class);
        assertThat(((StatusServiceException) copy).code()).isEqualTo("Throttling");
        assertThat(copy.requestId()).isEqualTo("r");
        assertThat(copy.attempts()).isEqualTo(3);
        StatusClientException c = new StatusClientException("io", new java.io.IOException("x"), "r", 0, 0);
        StatusException clientCopy = RetryingCall.withAttempts(c, 2);
        assertThat(clientCopy.getCause()).isSameAs(c.getCause());
        assertThat(clientCopy.getMessage()).contains("attempts=2");
        assertThat(RetryingCall.withAttempts(clientCopy, 2)).isSameAs(clientCopy);
    }
}
