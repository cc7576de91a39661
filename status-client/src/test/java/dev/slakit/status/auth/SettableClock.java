package dev.slakit.status.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock the test sets or advances. Thread-safe. */
public final class SettableClock extends Clock {

    private Instant now;

    /** @param now the starting instant */
    public SettableClock(Instant now) {
        this.now = now;
    }

    /** @param instant the new time */
    public synchronized void setTo(Instant instant) {
        now = instant;
    }

    /** @param d how far to move forward */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
