package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(p.maxAttempts()).isEqualTo(3);
        assertThat(p.baseDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(p.throttlingBaseDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.retryTokenBucketCapacity()).isEqualTo(500);
        assertThat(RetryPolicy.builder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.toBuilder().build()).isEqualTo(p);
        assertThat(p.toString()).contains("maxAttempts=3", "PT20S");
    }

    @Test
    void noneMakesOneAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.none()).isNotEqualTo(RetryPolicy.defaults());
    }

    @Test
    void backoffCeilingDoublesUpToTheCap() {
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(p.backoffCeilingMillis(1, false)).isEqualTo(100);
        assertThat(p.backoffCeilingMillis(2, false)).isEqualTo(200);
        assertThat(p.backoffCeilingMillis(3, false)).isEqualTo(400);
        assertThat(p.backoffCeilingMillis(1, true)).isEqualTo(1_000);
        assertThat(p.backoffCeilingMillis(5, true)).isEqualTo(16_000);
        assertThat(p.backoffCeilingMillis(6, true)).isEqualTo(20_000);
        assertThat(p.backoffCeilingMillis(90, true)).isEqualTo(20_000);
        assertThatThrownBy(() -> p.backoffCeilingMillis(0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retryNumber");
    }

    @Test
    void everySetterValidatesWithItsOwnMessage() {
        RetryPolicy.Builder b = RetryPolicy.builder();
        assertThatThrownBy(() -> b.maxAttempts(0)).hasMessageContaining("maxAttempts must be between 1 and 100");
        assertThatThrownBy(() -> b.maxAttempts(101)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> b.baseDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseDelay must be zero or positive");
        assertThatThrownBy(() -> b.throttlingBaseDelay(Duration.ofHours(2)))
                .hasMessageContaining("throttlingBaseDelay must be at most 1 hour");
        assertThatThrownBy(() -> b.maxBackoff(Duration.ofSeconds(-5))).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> b.baseDelay(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("baseDelay");
        assertThatThrownBy(() -> b.retryTokenBucketCapacity(-1))
                .hasMessageContaining("retryTokenBucketCapacity must be between 0");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(50)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorter than baseDelay");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(500)).build())
                .hasMessageContaining("shorter than throttlingBaseDelay");
    }

    @Test
    void aValidCustomPolicyKeepsItsValues() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ZERO)
                .throttlingBaseDelay(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(10))
                .retryTokenBucketCapacity(0).build();
        assertThat(p.maxAttempts()).isEqualTo(5);
        assertThat(p.retryTokenBucketCapacity()).isZero();
        assertThat(p.backoffCeilingMillis(3, false)).isZero();
        assertThat(p.backoffCeilingMillis(3, true)).isEqualTo(10);
    }
}
