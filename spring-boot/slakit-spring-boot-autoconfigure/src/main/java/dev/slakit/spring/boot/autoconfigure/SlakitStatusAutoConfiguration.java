package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.CallListener;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.auth.DefaultCredentialsChain;
import dev.slakit.status.auth.StaticCredentialsProvider;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link StatusClient} (and its {@link CredentialsProvider}) from {@code slakit.status.*}. Each bean backs
 * off when the application defines its own. Credentials: {@code slakit.status.access-key-id} with
 * {@code access-key-secret}, else the {@link DefaultCredentialsChain}.
 */
@AutoConfiguration
@ConditionalOnClass(StatusClient.class)
@EnableConfigurationProperties(SlakitStatusProperties.class)
public class SlakitStatusAutoConfiguration {

    /**
     * @param properties {@code slakit.status.*}
     * @return fixed credentials from the properties, or the default chain
     * @throws IllegalArgumentException if only one of the key ID and secret is set
     */
    @Bean
    @ConditionalOnMissingBean
    public CredentialsProvider slakitCredentialsProvider(SlakitStatusProperties properties) {
        String id = properties.getAccessKeyId();
        String secret = properties.getAccessKeySecret();
        boolean hasId = id != null && !id.trim().isEmpty();
        boolean hasSecret = secret != null && !secret.isEmpty();
        if (hasId != hasSecret) {
            throw new IllegalArgumentException("slakit.status.access-key-id and slakit.status.access-key-secret "
                    + "must be set together (or neither, for the default credentials chain); only "
                    + (hasId ? "access-key-id" : "access-key-secret") + " is set");
        }
        if (hasId) {
            return StaticCredentialsProvider.of(Credentials.of(id.trim(), secret));
        }
        return DefaultCredentialsChain.create();
    }

    /**
     * @param properties {@code slakit.status.*}
     * @param credentialsProvider the credentials
     * @param callListeners every {@link CallListener} bean (such as the Micrometer meters), told of each call
     * @param customizers adjust the builder after the properties
     * @return the client; the context closes it
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public StatusClient slakitStatusClient(SlakitStatusProperties properties, CredentialsProvider credentialsProvider,
            ObjectProvider<CallListener> callListeners, ObjectProvider<SlakitStatusClientCustomizer> customizers) {
        List<CallListener> listeners = callListeners.orderedStream().collect(Collectors.toList());
        StatusClientBuilder builder = StatusClient.builder()
                .endpoint(properties.getEndpoint())
                .credentialsProvider(credentialsProvider)
                .retryPolicy(properties.getRetry().toPolicy())
                .connectTimeout(properties.getConnectTimeout())
                .readTimeout(properties.getReadTimeout())
                .callTimeout(properties.getCallTimeout());
        if (properties.getSignatureVersion() != null) {
            builder.signatureVersion(properties.getSignatureVersion());
        }
        if (!listeners.isEmpty()) {
            builder.callListener(listeners.size() == 1 ? listeners.get(0) : new CompositeCallListener(listeners));
        }
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }
}
