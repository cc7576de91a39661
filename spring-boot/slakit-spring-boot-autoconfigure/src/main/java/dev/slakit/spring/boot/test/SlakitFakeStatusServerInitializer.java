package dev.slakit.spring.boot.test;

import dev.slakit.testing.FakeStatusServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Test support for Spring Boot applications: starts one {@link FakeStatusServer} (from
 * {@code dev.slakit:src-test-fixtures}) on 127.0.0.1 for an application context, points
 * {@code slakit.status.endpoint} and the access key properties at it, registers it as the bean
 * {@value #BEAN_NAME} and closes it when the context closes, after the watcher. Because the server lives as long as its context,
 * it suits Spring's cached test contexts, where a per-test JUnit extension would not.
 *
 * <pre>{@code
 * @SpringBootTest(properties = {"slakit.watch.targets[0].region-id=cn-hangzhou",
 *                              "slakit.watch.targets[0].product-id=ecs"})
 * @ContextConfiguration(initializers = SlakitFakeStatusServerInitializer.class)
 * class MyServiceTest {
 *     @Autowired FakeStatusServer fake;
 *     ...
 * }
 * }</pre>
 * The properties it adds take precedence over the application's own (they are added first), so a
 * {@code slakit.status.endpoint} in {@code application.yml} does not escape the test. Thread-safe.
 */
public class SlakitFakeStatusServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the server's bean and of the property source. */
    public static final String BEAN_NAME = "slakitFakeStatusServer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        FakeStatusServer server = FakeStatusServer.start();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("slakit.status.endpoint", server.endpoint().toString());
        properties.put("slakit.status.access-key-id", server.credentials().accessKeyId());
        properties.put("slakit.status.access-key-secret", server.credentials().accessKeySecret());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(BEAN_NAME, properties));
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, server);
        if (beans instanceof DefaultSingletonBeanRegistry) {
            // Destroyed after the beans registered later, so the watcher is closed before its server.
            ((DefaultSingletonBeanRegistry) beans).registerDisposableBean(BEAN_NAME, server::close);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent
                        && ((ContextClosedEvent) event).getApplicationContext() == context) {
                    server.close();
                }
            });
        }
    }
}
