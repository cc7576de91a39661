package dev.slakit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.spring.boot.autoconfigure.SlakitStatusAutoConfiguration;
import dev.slakit.spring.boot.autoconfigure.SlakitStatusProperties;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One fake server per context: the client is pointed at it, it is a bean, it closes with the context. */
class SlakitFakeStatusServerInitializerTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new SlakitFakeStatusServerInitializer())
            .withConfiguration(AutoConfigurations.of(SlakitStatusAutoConfiguration.class))
            .withPropertyValues("slakit.status.endpoint=https://status.aliyuncs.com");

    @Test
    void theClientTalksToTheContextsServerWhateverTheApplicationConfigured() {
        FakeStatusServer[] server = new FakeStatusServer[1];
        runner.run(context -> {
            server[0] = context.getBean(SlakitFakeStatusServerInitializer.BEAN_NAME, FakeStatusServer.class);
            assertThat(context.getBean(SlakitStatusProperties.class).getEndpoint()).isEqualTo(server[0].endpoint());
            context.getBean(StatusClient.class).listEvents(ListEventsRequest.builder().regionId("cn-hangzhou")
                    .productId("ecs").endDate(LocalDate.now()).numOfDay(1).build());
            assertThat(server[0].requestCount()).isEqualTo(1);
            assertThat(server[0].endpoint().getHost()).isEqualTo("127.0.0.1");
        });
        assertThat(server[0].toString()).isNotNull();
        StatusClient fresh = StatusClient.builder().endpoint(server[0].endpoint())
                .credentials(server[0].credentials()).retryPolicy(dev.slakit.status.RetryPolicy.none()).build();
        try (fresh) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.listEvents(ListEventsRequest.builder()
                    .regionId("cn-hangzhou").productId("ecs").endDate(LocalDate.now()).numOfDay(1).build()))
                    .as("the server is closed with its context").isInstanceOf(dev.slakit.status.StatusException.class);
        }
    }
}
