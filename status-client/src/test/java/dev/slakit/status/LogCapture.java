package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what slakit logs (logger {@code dev.slakit}) during a test, with stack traces rendered. */
final class LogCapture {

    private final Logger slakit = (Logger) LoggerFactory.getLogger("dev.slakit");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    /** Starts capturing at the given level; call {@link #stop()} after the test. */
    void start(Level level) {
        previous = slakit.getLevel();
        slakit.setLevel(level);
        appender.start();
        slakit.addAppender(appender);
    }

    void setLevel(Level level) {
        slakit.setLevel(level);
    }

    void stop() {
        slakit.detachAppender(appender);
        slakit.setLevel(previous);
    }

    List<ILoggingEvent> events() {
        return appender.list;
    }

    /** @return the formatted message and, if any, the rendered throwable with its causes */
    static String rendered(ILoggingEvent event) {
        return event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }

    /** Fails if any captured line, stack traces included, contains one of the texts. */
    void assertNothingContains(String... texts) {
        assertThat(appender.list).allSatisfy(event -> {
            String line = rendered(event);
            for (String text : texts) {
                assertThat(line).doesNotContain(text);
            }
        });
    }
}
