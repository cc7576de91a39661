package dev.slakit.spring.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.slakit.sla.CalendarDuration;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.SlaStatus;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.watch.EventKey;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchTarget;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * A Jackson 2 ({@code com.fasterxml.jackson}) module that writes slakit's values as JSON: {@link SlaStatus},
 * {@link Deadline}, {@link CalendarDuration}, {@link HealthEvent}, {@link HealthNotification} (every kind),
 * {@link WatchTarget}, {@link EventKey}, {@link PollFailure} and {@link PollSummary}. Usable without Spring:
 * {@code new ObjectMapper().registerModule(new SlakitJacksonModule())}; Spring Boot's auto-configuration
 * registers it with the application's {@code ObjectMapper}.
 *
 * <p>Instants are ISO-8601 UTC strings whatever the mapper's date settings, durations ISO-8601, enums their
 * names, and estimate flags are kept, for example
 * {@code {"state":"ON_TIME","deadline":{"instant":"2026-03-02T02:00:00Z","zone":"Asia/Shanghai",
 * "dateTime":"2026-03-02T10:00+08:00","estimate":false},"estimate":false,"breached":false,"breachAmount":"PT0S",
 * "consumedFraction":0.25}}. Property names are fixed (the mapper's naming strategy does
 * not apply). Write only: these types are not read back. The shapes are listed in {@code docs/spring-boot.md}.
 *
 * <p>Thread-safe once registered.
 */
public final class SlakitJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public SlakitJacksonModule() {
        super("slakit");
        for (SlakitJsonShapes.Shape<?> s : SlakitJsonShapes.all()) {
            add(s);
        }
    }

    private <T> void add(SlakitJsonShapes.Shape<T> s) {
        addSerializer(s.type, new ShapeSerializer<>(s.type, s.shape));
    }

    /** Writes a value as the tree its shape function gives. */
    private static final class ShapeSerializer<T> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient Function<T, Map<String, Object>> shape;

        ShapeSerializer(Class<T> type, Function<T, Map<String, Object>> shape) {
            super(type);
            this.shape = shape;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(shape.apply(value), gen);
        }
    }
}
