package dev.slakit.spring.jackson;

import dev.slakit.sla.CalendarDuration;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.SlaStatus;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.watch.EventKey;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchTarget;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 ({@code tools.jackson}, Spring Boot 4's default) twin of {@link SlakitJacksonModule}: the same
 * types written as the same JSON. Usable without Spring:
 * {@code JsonMapper.builder().addModule(new SlakitJackson3Module()).build()}; Spring Boot 4's
 * auto-configuration registers it with the application's {@code JsonMapper}.
 *
 * <p>Thread-safe once registered.
 */
public final class SlakitJackson3Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public SlakitJackson3Module() {
        super("slakit");
        add(Deadline.class, SlakitJsonShapes::deadline);
        add(CalendarDuration.class, SlakitJsonShapes::calendarDuration);
        add(SlaStatus.class, SlakitJsonShapes::slaStatus);
        add(HealthEvent.class, SlakitJsonShapes::healthEvent);
        add(HealthNotification.class, SlakitJsonShapes::notification);
        add(WatchTarget.class, SlakitJsonShapes::watchTarget);
        add(EventKey.class, SlakitJsonShapes::eventKey);
        add(PollFailure.class, SlakitJsonShapes::pollFailure);
        add(PollSummary.class, SlakitJsonShapes::pollSummary);
    }

    private <T> void add(Class<T> type, Function<T, Map<String, Object>> shape) {
        addSerializer(type, new ShapeSerializer<>(type, shape));
    }

    /** Writes a value as the tree its shape function gives. */
    private static final class ShapeSerializer<T> extends StdSerializer<T> {

        private final Function<T, Map<String, Object>> shape;

        ShapeSerializer(Class<T> type, Function<T, Map<String, Object>> shape) {
            super(type);
            this.shape = shape;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext context) {
            context.writeValue(gen, shape.apply(value));
        }
    }
}
