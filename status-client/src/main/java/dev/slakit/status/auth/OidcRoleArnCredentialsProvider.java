package dev.slakit.status.auth;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import dev.slakit.status.auth.internal.CredentialsHttp;
import dev.slakit.status.auth.internal.StsOidcFetcher;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * STS credentials for a RAM role assumed with an OIDC token, as pods on ACK get them with RRSA (RAM Roles for
 * Service Accounts): no AccessKey to configure. Calls STS {@code AssumeRoleWithOIDC} (an anonymous call: no
 * signature) with the token read from its file on every refresh (Kubernetes rotates it), and refreshes the
 * credentials {@link Builder#refreshMargin(Duration) a margin} (5 minutes by default) before they expire, one
 * thread at a time.
 *
 * <p>Environment variables read by {@link #create()} (ACK sets the first three in an RRSA pod):
 * {@value #ROLE_ARN}, {@value #OIDC_PROVIDER_ARN}, {@value #OIDC_TOKEN_FILE}, and optionally
 * {@value #ROLE_SESSION_NAME}, {@value #STS_REGION} (STS endpoint {@code sts.<region>.aliyuncs.com}) and
 * {@value #VPC_ENDPOINT_ENABLED} ({@code true}: {@code sts-vpc.<region>.aliyuncs.com}). Without a region the
 * endpoint is {@code https://sts.aliyuncs.com}.
 *
 * <p>Nothing is fetched until the first {@link #resolveCredentials()}. The OIDC token, the secret and the
 * security token never appear in {@link #toString()}, a log line or an exception message. Immutable and
 * thread-safe.
 */
public final class OidcRoleArnCredentialsProvider implements CredentialsProvider {

    /** The variable holding the ARN of the role to assume. */
    public static final String ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    /** The variable holding the ARN of the OIDC identity provider. */
    public static final String OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    /** The variable holding the path of the OIDC token file. */
    public static final String OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    /** The variable holding the optional role session name. */
    public static final String ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
    /** The variable holding the optional STS region, such as {@code cn-hangzhou}. */
    public static final String STS_REGION = "ALIBABA_CLOUD_STS_REGION";
    /** The variable that, set to {@code true}, selects the VPC endpoint of the STS region. */
    public static final String VPC_ENDPOINT_ENABLED = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
    /** The STS endpoint used without a region. */
    public static final URI DEFAULT_STS_ENDPOINT = URI.create("https://sts.aliyuncs.com");
    /** The default session duration: 1 hour. */
    public static final Duration DEFAULT_DURATION = Duration.ofHours(1);

    private final String roleArn;
    private final String oidcProviderArn;
    private final Path tokenFile;
    private final String roleSessionName;
    private final URI stsEndpoint;
    private final RefreshingCredentialsProvider cache;

    private OidcRoleArnCredentialsProvider(Builder b) {
        this.roleArn = ProviderSettings.nonBlank(b.roleArn, "roleArn", ROLE_ARN);
        this.oidcProviderArn = ProviderSettings.nonBlank(b.oidcProviderArn, "oidcProviderArn", OIDC_PROVIDER_ARN);
        if (b.tokenFile == null) {
            throw new IllegalArgumentException("oidcTokenFile is required (or the environment variable "
                    + OIDC_TOKEN_FILE + "), was null");
        }
        this.tokenFile = b.tokenFile;
        this.roleSessionName = b.roleSessionName != null ? b.roleSessionName : "slakit-" + System.currentTimeMillis();
        this.stsEndpoint = b.stsEndpoint;
        CredentialsHttp http = new CredentialsHttp(b.connectTimeout, b.readTimeout);
        this.cache = RefreshingCredentialsProvider.builder()
                .source(new StsOidcFetcher(stsEndpoint, roleArn, oidcProviderArn, tokenFile, roleSessionName,
                        b.duration.getSeconds(), b.policy, http))
                .refreshMargin(b.refreshMargin).clock(b.clock).build();
    }

    /**
     * @return a provider configured from the environment variables
     * @throws IllegalArgumentException naming the variable that is missing
     */
    public static OidcRoleArnCredentialsProvider create() {
        return builder().fromEnvironment(System::getenv).build();
    }

    /**
     * @param environment returns a variable's value, or null when unset; not null
     * @return whether the three variables {@value #ROLE_ARN}, {@value #OIDC_PROVIDER_ARN} and
     *     {@value #OIDC_TOKEN_FILE} are set (not blank), as {@link DefaultCredentialsChain} checks
     */
    public static boolean isConfigured(Function<String, String> environment) {
        return isSet(environment.apply(ROLE_ARN)) && isSet(environment.apply(OIDC_PROVIDER_ARN))
                && isSet(environment.apply(OIDC_TOKEN_FILE));
    }

    private static boolean isSet(String value) {
        return value != null && !value.trim().isEmpty();
    }

    /** @return a new builder: STS {@code https://sts.aliyuncs.com}, duration 1 hour, margin 5 minutes */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the cached credentials, or fresh ones from STS
     * @throws StatusClientException if the token file cannot be read or STS cannot be reached, and no
     *     unexpired credentials are cached (with a redacted {@link StatusServiceException} cause when STS
     *     answered an error)
     */
    @Override
    public Credentials resolveCredentials() {
        return cache.resolveCredentials();
    }

    /** @return the role, the provider, the token file's path and the STS endpoint; never a token or a secret */
    @Override
    public String toString() {
        return "OidcRoleArnCredentialsProvider{roleArn=" + roleArn + ", oidcProviderArn=" + oidcProviderArn
                + ", oidcTokenFile=" + tokenFile + ", roleSessionName=" + roleSessionName + ", stsEndpoint="
                + stsEndpoint + ", " + cache + "}";
    }

    /** Builds an {@link OidcRoleArnCredentialsProvider}. Not thread-safe. */
    public static final class Builder {
        private String roleArn;
        private String oidcProviderArn;
        private Path tokenFile;
        private String roleSessionName;
        private String policy;
        private URI stsEndpoint = DEFAULT_STS_ENDPOINT;
        private Duration duration = DEFAULT_DURATION;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration refreshMargin = RefreshingCredentialsProvider.DEFAULT_REFRESH_MARGIN;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Takes every setting whose variable is set: {@value #ROLE_ARN}, {@value #OIDC_PROVIDER_ARN},
         * {@value #OIDC_TOKEN_FILE}, {@value #ROLE_SESSION_NAME}, and the STS endpoint from {@value #STS_REGION}
         * and {@value #VPC_ENDPOINT_ENABLED}.
         *
         * @param environment returns a variable's value, or null when unset; not null
         * @return this builder
         */
        public Builder fromEnvironment(Function<String, String> environment) {
            Objects.requireNonNull(environment, "environment");
            if (isSet(environment.apply(ROLE_ARN))) {
                roleArn(environment.apply(ROLE_ARN).trim());
            }
            if (isSet(environment.apply(OIDC_PROVIDER_ARN))) {
                oidcProviderArn(environment.apply(OIDC_PROVIDER_ARN).trim());
            }
            if (isSet(environment.apply(OIDC_TOKEN_FILE))) {
                oidcTokenFile(Paths.get(environment.apply(OIDC_TOKEN_FILE).trim()));
            }
            if (isSet(environment.apply(ROLE_SESSION_NAME))) {
                roleSessionName(environment.apply(ROLE_SESSION_NAME).trim());
            }
            String region = environment.apply(STS_REGION);
            if (isSet(region)) {
                boolean vpc = Boolean.parseBoolean(String.valueOf(environment.apply(VPC_ENDPOINT_ENABLED)).trim());
                stsEndpoint(URI.create("https://" + (vpc ? "sts-vpc." : "sts.") + region.trim() + ".aliyuncs.com"));
            }
            return this;
        }

        /**
         * @param roleArn the role to assume, such as {@code acs:ram::123456789012:role/app}; not blank
         * @return this builder
         */
        public Builder roleArn(String roleArn) {
            this.roleArn = ProviderSettings.nonBlank(roleArn, "roleArn", ROLE_ARN);
            return this;
        }

        /**
         * @param oidcProviderArn the OIDC identity provider, such as
         *     {@code acs:ram::123456789012:oidc-provider/ack-rrsa-c123}; not blank
         * @return this builder
         */
        public Builder oidcProviderArn(String oidcProviderArn) {
            this.oidcProviderArn = ProviderSettings.nonBlank(oidcProviderArn, "oidcProviderArn", OIDC_PROVIDER_ARN);
            return this;
        }

        /**
         * @param tokenFile the file holding the OIDC token, read on every refresh; not null
         * @return this builder
         */
        public Builder oidcTokenFile(Path tokenFile) {
            this.tokenFile = Objects.requireNonNull(tokenFile, "oidcTokenFile");
            return this;
        }

        /**
         * @param roleSessionName the session name STS records, 2 to 64 characters of letters, digits and
         *     {@code . @ - _}; default {@code slakit-<epoch millis>}
         * @return this builder
         * @throws IllegalArgumentException if outside that alphabet or length
         */
        public Builder roleSessionName(String roleSessionName) {
            Objects.requireNonNull(roleSessionName, "roleSessionName");
            if (!roleSessionName.matches("[A-Za-z0-9.@_-]{2,64}")) {
                throw new IllegalArgumentException("roleSessionName must be 2 to 64 characters of letters, digits and "
                        + ". @ - _, was \"" + roleSessionName + "\"");
            }
            this.roleSessionName = roleSessionName;
            return this;
        }

        /**
         * @param policy a policy document narrowing the role's permissions, or null for none
         * @return this builder
         */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param duration how long the credentials last; at least 15 minutes (STS's minimum), at most 12 hours
         *     (the role's own maximum applies too); whole seconds
         * @return this builder
         * @throws IllegalArgumentException if outside [15 min, 12 h]
         */
        public Builder duration(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            if (duration.compareTo(Duration.ofMinutes(15)) < 0 || duration.compareTo(Duration.ofHours(12)) > 0) {
                throw new IllegalArgumentException("duration must be between 15 minutes and 12 hours, was " + duration);
            }
            this.duration = duration;
            return this;
        }

        /**
         * @param stsEndpoint the STS endpoint, an absolute http(s) URI; not null
         * @return this builder
         */
        public Builder stsEndpoint(URI stsEndpoint) {
            this.stsEndpoint = ProviderSettings.httpEndpoint(stsEndpoint, "stsEndpoint");
            return this;
        }

        /**
         * @param connectTimeout the connect timeout; positive, at most 1 minute (default 5 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = ProviderSettings.timeout(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param readTimeout the read timeout; positive, at most 1 minute (default 10 s)
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = ProviderSettings.timeout(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param refreshMargin how long before expiry to refresh; zero or positive (default 5 minutes)
         * @return this builder
         */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = ProviderSettings.margin(refreshMargin);
            return this;
        }

        /**
         * @param clock the clock expiries are compared with; not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the provider; nothing is fetched yet
         * @throws IllegalArgumentException naming the setting (and its variable) that is missing
         */
        public OidcRoleArnCredentialsProvider build() {
            return new OidcRoleArnCredentialsProvider(this);
        }
    }
}
