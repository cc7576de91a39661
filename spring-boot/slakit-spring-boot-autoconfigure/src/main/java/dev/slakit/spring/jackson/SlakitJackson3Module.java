package dev.slakit.spring.jackson;

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
        for (SlakitJsonShapes.Shape<?> s : SlakitJsonShapes.all()) {
            add(s);
        }
    }

    private <T> void add(SlakitJsonShapes.Shape<T> s) {
        addSerializer(s.type, new ShapeSerializer<>(s.type, s.shape));
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
