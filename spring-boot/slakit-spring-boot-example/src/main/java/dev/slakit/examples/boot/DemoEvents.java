package dev.slakit.examples.boot;

import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.SampleEvents;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded fake server, when there is one, with an ongoing incident and some history in cn-hangzhou /
 * ecs. Runs while the context is built, before the {@link HealthWatcher} starts polling.
 */
@Component
class DemoEvents {

    DemoEvents(ObjectProvider<FakeStatusServer> fake) {
        fake.ifAvailable(server -> server.addEvents("cn-hangzhou", "ecs", SampleEvents.mixed(Instant.now())));
    }
}
