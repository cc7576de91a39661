package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import dev.slakit.sla.SupportTier;
import dev.slakit.status.HealthEvent;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The server, clock and samples load and run in a class loader that has no JUnit at all. */
class NoTestFrameworkTest {

    private static URL locationOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void coreTypesWorkWithoutJUnitOnTheClassPath() throws Exception {
        URL[] classPath = {locationOf(FakeStatusServer.class), locationOf(HealthEvent.class),
            locationOf(SupportTier.class), locationOf(JsonFactory.class)};
        try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.extension.Extension"))
                    .isInstanceOf(ClassNotFoundException.class);

            Class<?> serverType = loader.loadClass(FakeStatusServer.class.getName());
            Object server = serverType.getMethod("start").invoke(null);
            try {
                assertThat(serverType.getMethod("endpoint").invoke(server).toString()).startsWith("http://127.0.0.1:");
                Class<?> samples = loader.loadClass(SampleEvents.class.getName());
                Object builder = samples.getMethod("alarm").invoke(null);
                Object event = builder.getClass().getMethod("build").invoke(builder);
                serverType.getMethod("addEvent", String.class, String.class, event.getClass())
                        .invoke(server, "cn-hangzhou", "ecs", event);
                assertThat(serverType.getMethod("eventCount").invoke(server)).isEqualTo(1);
                loader.loadClass(TestClock.class.getName()).getMethod("atSystemTime").invoke(null);
                loader.loadClass(SampleTickets.class.getName()).getField("WORKDAY_MORNING").get(null);
            } finally {
                serverType.getMethod("close").invoke(server);
            }
        }
    }
}
