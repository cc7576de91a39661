package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The working-time arithmetic of {@link WorkingCalendar}: adding working time or working days and measuring working
 * time, stepping by date and working interval (never minute by minute), flagging or refusing dates without holiday
 * data. Stateless; the public entry points and their contracts are on {@link WorkingCalendar}.
 */
final class WorkingTimeMath {

    private static final int MAX_IDLE_DAYS = WorkingCalendar.maxIdleDays();

    private WorkingTimeMath() {
    }

    static Deadline plusWorkingTime(WorkingCalendar cal, Instant start, Duration amount) {
        Limits.instant(start, "start");
        Limits.amount(amount, "amount");
        Duration remaining = amount;
        Instant cursor = start;
        boolean estimate = false;
        LocalDate date = start.atZone(cal.zone()).toLocalDate();
        for (int idle = 0; idle < MAX_IDLE_DAYS; date = date.plusDays(1)) {
            if (!cal.covers(date)) {
                cal.refuseIfStrict(date.getYear(), "working time after " + start);
                estimate = true;
            }
            Instant[] iv = cal.intervals(date);
            idle = iv.length == 0 ? idle + 1 : 0;
            for (int i = 0; i < iv.length; i += 2) {
                Instant end = iv[i + 1];
                if (!end.isAfter(cursor)) {
                    continue;
                }
                Instant from = iv[i].isAfter(cursor) ? iv[i] : cursor;
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return Deadline.of(from.plus(remaining), cal.zone(), estimate);
                }
                remaining = remaining.minus(available);
                cursor = end;
            }
        }
        throw new IllegalStateException("calendar has no working time in " + MAX_IDLE_DAYS + " days after " + start);
    }

    static Deadline plusWorkingDays(WorkingCalendar cal, LocalDate date, int days) {
        Limits.date(date, "date");
        Limits.count(days, Limits.MAX_DAYS, "days", "days");
        boolean estimate = false;
        LocalDate d = date;
        int counted = 0;
        int idle = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (!cal.covers(d)) {
                cal.refuseIfStrict(d.getYear(), days + " working days after " + date);
                estimate = true;
            }
            if (cal.hoursOf(d).length > 0) {
                counted++;
                idle = 0;
            } else if (++idle >= MAX_IDLE_DAYS) {
                throw new IllegalStateException("calendar has no working day in " + MAX_IDLE_DAYS + " days after " + date);
            }
        }
        return Deadline.ofDate(d, cal.zone(), estimate);
    }

    static CalendarDuration workingTimeBetween(WorkingCalendar cal, Instant from, Instant to) {
        Limits.instant(from, "from");
        Limits.instant(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
        }
        Duration total = Duration.ZERO;
        boolean estimate = false;
        LocalDate last = to.atZone(cal.zone()).toLocalDate();
        for (LocalDate d = from.atZone(cal.zone()).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            if (!cal.covers(d)) {
                cal.refuseIfStrict(d.getYear(), "working time between " + from + " and " + to);
                estimate = true;
            }
            Instant[] iv = cal.intervals(d);
            for (int i = 0; i < iv.length; i += 2) {
                Instant s = iv[i].isAfter(from) ? iv[i] : from;
                Instant e = iv[i + 1].isBefore(to) ? iv[i + 1] : to;
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return CalendarDuration.of(total, estimate);
    }
}
