package dev.slakit.status.auth;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.auth.internal.CredentialsHttp;
import dev.slakit.status.auth.internal.EcsMetadataFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The credentials of the RAM role attached to the ECS instance (or ECI container group) the application runs
 * on, from the instance metadata service, refreshed before they expire: no AccessKey to configure.
 *
 * <p>As the official {@code credentials-java}: a metadata session token first ({@code PUT /latest/api/token},
 * "IMDSv2"), then {@code GET /latest/meta-data/ram/security-credentials/} for the role name (unless one is
 * configured) and {@code GET /latest/meta-data/ram/security-credentials/<role>} for the credentials, with the
 * token in header {@code X-aliyun-ecs-metadata-token}. Without a token (the token request failed) it goes on
 * without one ("IMDSv1") unless {@link Builder#disableImdsV1(boolean)} or {@value #IMDSV1_DISABLED}{@code =true}.
 *
 * <p>Nothing is fetched until the first {@link #resolveCredentials()}; the credentials are then cached and
 * fetched again {@link Builder#refreshMargin(Duration) a margin} (5 minutes by default) before they expire,
 * by one thread at a time. The secret and the token never appear in {@link #toString()}, a log line or an
 * exception message.
 *
 * <p>Environment variables read by {@link #create()}: {@value #ROLE_NAME} (the role name; asked from the
 * service when unset) and {@value #IMDSV1_DISABLED}. Immutable and thread-safe.
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider {

    /** The default metadata service endpoint. */
    public static final URI DEFAULT_ENDPOINT = URI.create("http://100.100.100.200");
    /** The variable naming the role; also used by {@link DefaultCredentialsChain}. */
    public static final String ROLE_NAME = "ALIBABA_CLOUD_ECS_METADATA";
    /** The variable that, set to {@code true}, forbids going on without a session token. */
    public static final String IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    /** The variable that, set to {@code true}, leaves this provider out of {@link DefaultCredentialsChain}. */
    public static final String DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";

    private final URI endpoint;
    private final String roleName;
    private final boolean imdsV1Disabled;
    private final RefreshingCredentialsProvider cache;

    private EcsRamRoleCredentialsProvider(Builder b) {
        this.endpoint = b.endpoint;
        this.roleName = b.roleName;
        this.imdsV1Disabled = b.imdsV1Disabled;
        CredentialsHttp http = new CredentialsHttp(b.connectTimeout, b.readTimeout);
        this.cache = RefreshingCredentialsProvider.builder()
                .source(new EcsMetadataFetcher(endpoint, roleName, imdsV1Disabled, http))
                .refreshMargin(b.refreshMargin).clock(b.clock).build();
    }

    /** @return a provider configured from the environment variables {@value #ROLE_NAME} and {@value #IMDSV1_DISABLED} */
    public static EcsRamRoleCredentialsProvider create() {
        return builder().fromEnvironment(System::getenv).build();
    }

    /** @return a builder with the default endpoint, the role name asked from the service, IMDSv1 fallback on */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the cached credentials, or fresh ones from the metadata service
     * @throws StatusClientException if the service cannot be reached or answers no credentials, and no
     *     unexpired ones are cached
     */
    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    /** @return the endpoint, the role name and the cached AccessKey id and expiry; never a secret or a token */
    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider{endpoint=" + endpoint + ", roleName="
                + (roleName == null ? "(from the service)" : roleName) + ", imdsV1Disabled=" + imdsV1Disabled
                + ", " + cache + "}";
    }

    /** Builds an {@link EcsRamRoleCredentialsProvider}. Not thread-safe. */
    public static final class Builder {
        private URI endpoint = DEFAULT_ENDPOINT;
        private String roleName;
        private boolean imdsV1Disabled;
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(1);
        private Duration refreshMargin = RefreshingCredentialsProvider.DEFAULT_REFRESH_MARGIN;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Takes the role name from {@value #ROLE_NAME} and the IMDSv1 switch from {@value #IMDSV1_DISABLED}
         * ({@code true}, any case, disables), where set.
         *
         * @param environment returns a variable's value, or null when unset; not null
         * @return this builder
         */
        public Builder fromEnvironment(Function<String, String> environment) {
            Objects.requireNonNull(environment, "environment");
            String role = environment.apply(ROLE_NAME);
            if (role != null && !role.trim().isEmpty()) {
                roleName(role.trim());
            }
            String v1 = environment.apply(IMDSV1_DISABLED);
            if (v1 != null) {
                imdsV1Disabled = Boolean.parseBoolean(v1.trim());
            }
            return this;
        }

        /**
         * @param endpoint the metadata service, an absolute {@code http} or {@code https} URI; not null
         * @return this builder
         * @throws IllegalArgumentException if not an absolute http(s) URI
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = ProviderSettings.httpEndpoint(endpoint, "endpoint");
            return this;
        }

        /**
         * @param roleName the instance's RAM role, or null to ask the service for it (one more request)
         * @return this builder
         * @throws IllegalArgumentException if blank or holding a {@code /}
         */
        public Builder roleName(String roleName) {
            if (roleName != null && (roleName.trim().isEmpty() || roleName.contains("/"))) {
                throw new IllegalArgumentException("roleName must be null or a RAM role name without '/', was \""
                        + roleName + "\"");
            }
            this.roleName = roleName;
            return this;
        }

        /**
         * @param disabled true to fail when no session token can be had, rather than go on without one
         * @return this builder
         */
        public Builder disableImdsV1(boolean disabled) {
            this.imdsV1Disabled = disabled;
            return this;
        }

        /**
         * @param connectTimeout the connect timeout of each request; positive, at most 1 minute (default 1 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = ProviderSettings.timeout(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout the read timeout of each request; positive, at most 1 minute (default 1 s)
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = ProviderSettings.timeout(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param refreshMargin how long before expiry to fetch new credentials; zero or positive (default 5 min)
         * @return this builder
         */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = ProviderSettings.margin(refreshMargin);
            return this;
        }

        /**
         * @param clock the clock expiries are compared with; not null (default: the system UTC clock)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the provider; nothing is fetched yet */
        public EcsRamRoleCredentialsProvider build() {
            return new EcsRamRoleCredentialsProvider(this);
        }
    }
}
