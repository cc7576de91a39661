package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.RetryPolicy;
import dev.slakit.status.SignatureVersion;
import dev.slakit.status.StatusClientBuilder;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The status client's settings, {@code slakit.status.*}. Durations take Spring's forms ({@code 30s},
 * {@code PT30S}; a bare number is milliseconds).
 *
 * <p>The access key secret is never part of {@link #toString()}, and Actuator's {@code configprops} endpoint
 * masks it (its name ends in {@code secret}). A mutable binding target: not thread-safe, read once when the
 * client is built.
 */
@ConfigurationProperties(prefix = "slakit.status")
public class SlakitStatusProperties {

    /** The Status API endpoint. */
    private URI endpoint = StatusClientBuilder.DEFAULT_ENDPOINT;

    /** The AccessKey ID; with access-key-secret, replaces the default credentials chain. */
    private String accessKeyId;

    /** The AccessKey secret; with access-key-id, replaces the default credentials chain. */
    private String accessKeySecret;

    /** The deadline of one call: every attempt and the delays between them. */
    private Duration callTimeout = StatusClientBuilder.DEFAULT_CALL_TIMEOUT;

    /** The connect timeout of one attempt. */
    private Duration connectTimeout = StatusClientBuilder.DEFAULT_CONNECT_TIMEOUT;

    /** The read timeout of one attempt. */
    private Duration readTimeout = StatusClientBuilder.DEFAULT_READ_TIMEOUT;

    /**
     * The signature version of every action (V1 or V3); by default each action is signed as the official SDKs
     * sign it (ListEvents V1, ListEventInProgress V3).
     */
    private SignatureVersion signatureVersion;

    /** How failed attempts are retried. */
    private final Retry retry = new Retry();

    /** @return the endpoint; never null after binding */
    public URI getEndpoint() {
        return endpoint;
    }

    /** @param endpoint the endpoint, an absolute http(s) URI */
    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** @return the AccessKey ID, or null for the default credentials chain */
    public String getAccessKeyId() {
        return accessKeyId;
    }

    /** @param accessKeyId the AccessKey ID, or null */
    public void setAccessKeyId(String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    /** @return the AccessKey secret, or null for the default credentials chain */
    public String getAccessKeySecret() {
        return accessKeySecret;
    }

    /** @param accessKeySecret the AccessKey secret, or null */
    public void setAccessKeySecret(String accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
    }

    /** @return the call timeout */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the call timeout; positive, at most 10 minutes */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** @return the connect timeout of one attempt */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout the connect timeout; positive, at most 10 minutes */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** @return the read timeout of one attempt */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /** @param readTimeout the read timeout; positive, at most 10 minutes */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** @return the signature version, or null for each action's default */
    public SignatureVersion getSignatureVersion() {
        return signatureVersion;
    }

    /** @param signatureVersion the signature version, or null */
    public void setSignatureVersion(SignatureVersion signatureVersion) {
        this.signatureVersion = signatureVersion;
    }

    /** @return the retry settings; never null */
    public Retry getRetry() {
        return retry;
    }

    @Override
    public String toString() {
        return "SlakitStatusProperties{endpoint=" + endpoint + ", accessKeyId=" + accessKeyId
                + ", accessKeySecret=" + (accessKeySecret == null ? "null" : "******") + ", callTimeout="
                + callTimeout + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", signatureVersion=" + signatureVersion + ", retry="
                + retry + "}";
    }

    /** {@code slakit.status.retry.*}: the {@link RetryPolicy} of the client. Not thread-safe. */
    public static class Retry {

        /** Attempts per call, the first included; 1 disables retries. */
        private int maxAttempts = RetryPolicy.DEFAULT_MAX_ATTEMPTS;

        /** The backoff base of ordinary retries. */
        private Duration baseDelay = RetryPolicy.DEFAULT_BASE_DELAY;

        /** The backoff base after a throttling error. */
        private Duration throttlingBaseDelay = RetryPolicy.DEFAULT_THROTTLING_BASE_DELAY;

        /** The longest delay between attempts, a server-suggested one included. */
        private Duration maxBackoff = RetryPolicy.DEFAULT_MAX_BACKOFF;

        /** The capacity of the client's retry token bucket; 0 disables the bucket. */
        private int tokenBucketCapacity = RetryPolicy.DEFAULT_RETRY_TOKEN_BUCKET_CAPACITY;

        /** @return attempts per call */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts attempts per call, at least 1 */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** @return the backoff base */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /** @param baseDelay the backoff base */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** @return the throttling backoff base */
        public Duration getThrottlingBaseDelay() {
            return throttlingBaseDelay;
        }

        /** @param throttlingBaseDelay the throttling backoff base */
        public void setThrottlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = throttlingBaseDelay;
        }

        /** @return the longest delay */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /** @param maxBackoff the longest delay */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /** @return the retry token bucket capacity */
        public int getTokenBucketCapacity() {
            return tokenBucketCapacity;
        }

        /** @param tokenBucketCapacity the retry token bucket capacity, 0 or more */
        public void setTokenBucketCapacity(int tokenBucketCapacity) {
            this.tokenBucketCapacity = tokenBucketCapacity;
        }

        /**
         * @return the policy these settings describe
         * @throws IllegalArgumentException naming the setting when one is out of range
         */
        public RetryPolicy toPolicy() {
            return RetryPolicy.builder().maxAttempts(maxAttempts).baseDelay(baseDelay)
                    .throttlingBaseDelay(throttlingBaseDelay).maxBackoff(maxBackoff)
                    .retryTokenBucketCapacity(tokenBucketCapacity).build();
        }

        @Override
        public String toString() {
            return "Retry{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", throttlingBaseDelay="
                    + throttlingBaseDelay + ", maxBackoff=" + maxBackoff + ", tokenBucketCapacity="
                    + tokenBucketCapacity + "}";
        }
    }
}
