/**
 * Support tiers, severities, response-SLA catalogs of the Alibaba Cloud support-plan statements of work,
 * working calendars and deadline calculators. Depends on nothing but {@code java.*}.
 *
 * <p>Entry points: {@link dev.slakit.sla.SlaCatalog#of(dev.slakit.sla.SlaEdition)} (or the shortcuts
 * {@link dev.slakit.sla.SlaCatalog#cn20210122()}, {@link dev.slakit.sla.SlaCatalog#cnFaq20210122()},
 * {@link dev.slakit.sla.SlaCatalog#partner20210908()}), optionally on another calendar with
 * {@link dev.slakit.sla.SlaCatalog#withCalendar(dev.slakit.sla.WorkingCalendar)}, give
 * {@link dev.slakit.sla.ResponseSla} values whose {@link dev.slakit.sla.ResponseSla#deadline(java.time.Instant)} is
 * the due instant of the first response with its estimate flag.
 *
 * <p>Conventions: all values are immutable and thread-safe; instants are {@link java.time.Instant}; periods are
 * half-open {@code [start, end)}; a "&lt; 12 分钟" target is met only by a response strictly before the due instant;
 * a date outside the calendar's holiday data makes an answer an estimate, which is flagged
 * ({@link dev.slakit.sla.Deadline}, {@link dev.slakit.sla.CalendarDuration}, {@link dev.slakit.sla.CalendarDay}) or
 * refused ({@link dev.slakit.sla.UncoveredDateException}), never silently exact; instants are accepted in years 1 to
 * 9999; a null argument throws {@link java.lang.NullPointerException} naming the parameter; a combination a
 * document does not define throws {@link dev.slakit.sla.UnsupportedSlaException}.
 */
package dev.slakit.sla;
