package dev.slakit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it: {@link #advance(Duration)} or {@link #set(Instant)}.
 *
 * <pre>{@code
 * TestClock clock = TestClock.of(Instant.parse("2026-11-22T05:00:00Z"), ZoneId.of("Asia/Shanghai"));
 * clock.advance(Duration.ofMinutes(16));
 * }</pre>
 *
 * <p>{@link #withZone(ZoneId)} returns a view with another zone that shares the current instant: moving either
 * moves both. Equality is identity (two clocks at the same instant are still different clocks).
 *
 * <p>Thread-safe: the instant is held atomically, so another thread always sees a whole, current value.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock at the given instant, in UTC.
     *
     * @param instant the start, not null
     * @return the clock
     */
    public static TestClock of(Instant instant) {
        return of(instant, ZoneOffset.UTC);
    }

    /**
     * A clock at the given instant and zone.
     *
     * @param instant the start, not null
     * @param zone the zone, not null
     * @return the clock
     */
    public static TestClock of(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return new TestClock(new AtomicReference<Instant>(instant), zone);
    }

    /**
     * A clock at the current system time (truncated to milliseconds), in UTC; it does not move by itself.
     *
     * @return the clock
     */
    public static TestClock atSystemTime() {
        return of(Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    /**
     * Moves the clock by a duration (backwards if it is negative).
     *
     * @param duration the step, not null
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        while (true) {
            Instant current = now.get();
            Instant next = current.plus(duration);
            if (now.compareAndSet(current, next)) {
                return next;
            }
        }
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new instant, not null
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** @return the current instant of this clock */
    @Override
    public Instant instant() {
        return now.get();
    }

    /** @return the current instant in epoch milliseconds */
    @Override
    public long millis() {
        return now.get().toEpochMilli();
    }

    /** @return the zone of this view */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * A view of this clock in another zone, sharing its instant: advancing either advances both.
     *
     * @param newZone the zone, not null
     * @return the view (this clock if the zone is the same)
     */
    @Override
    public TestClock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "newZone");
        return newZone.equals(zone) ? this : new TestClock(now, newZone);
    }

    /** @return identity equality, since the clock is mutable */
    @Override
    public boolean equals(Object obj) {
        return this == obj;
    }

    /** @return the identity hash code */
    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** @return the current instant and the zone */
    @Override
    public String toString() {
        return "TestClock[" + now.get() + "," + zone + "]";
    }
}
