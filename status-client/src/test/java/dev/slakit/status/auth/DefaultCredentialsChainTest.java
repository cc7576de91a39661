package dev.slakit.status.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.StatusClientException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of the default chain and when each provider joins it (no network: nothing is fetched here). */
class DefaultCredentialsChainTest {

    private final Map<String, String> env = new HashMap<>();
    private final Map<String, String> props = new HashMap<>();

    private String chain() {
        return DefaultCredentialsChain.create(env::get, props::get).toString();
    }

    @Test
    void environmentThenSystemPropertiesThenOidcWhenConfiguredThenTheEcsRoleUnlessDisabled() {
        assertThat(chain()).containsSubsequence("EnvironmentCredentialsProvider", "SystemPropertiesCredentialsProvider",
                "EcsRamRoleCredentialsProvider").doesNotContain("OidcRoleArnCredentialsProvider");

        env.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/app");
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "/var/run/secrets/tokens/oidc-token");
        env.put("ALIBABA_CLOUD_ECS_METADATA", "app-role");
        assertThat(chain()).containsSubsequence("EnvironmentCredentialsProvider", "SystemPropertiesCredentialsProvider",
                "OidcRoleArnCredentialsProvider", "EcsRamRoleCredentialsProvider{", "roleName=app-role");

        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThat(chain()).contains("OidcRoleArnCredentialsProvider").doesNotContain("EcsRamRoleCredentialsProvider");
    }

    @Test
    void theFirstProviderWithCredentialsWinsAndNothingLaterIsAsked() {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        props.put("alibabacloud.accessKeyId", "prop-id");
        props.put("alibabacloud.accessKeySecret", "prop-secret");
        // the ECS provider (100.100.100.200) would be asked only if both were empty
        assertThat(DefaultCredentialsChain.create(env::get, props::get).resolveCredentials().accessKeyId())
                .isEqualTo("env-id");
        env.clear();
        assertThat(DefaultCredentialsChain.create(env::get, props::get).resolveCredentials().accessKeyId())
                .isEqualTo("prop-id");
    }

    @Test
    void withNothingConfiguredAndTheEcsRoleDisabledItFailsAtOnceNamingWhatItTried() {
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "TRUE");
        assertThatThrownBy(DefaultCredentialsChain.create(env::get, props::get)::resolveCredentials)
                .isInstanceOf(StatusClientException.class)
                .hasMessageContaining("no credentials found")
                .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID")
                .hasMessageContaining("alibabacloud.accessKeyId");
        assertThatThrownBy(() -> DefaultCredentialsChain.create(null, props::get)).hasMessage("environment");
        assertThatThrownBy(() -> DefaultCredentialsChain.create(env::get, null)).hasMessage("properties");
    }
}
