/**
 * Runnable examples, one scenario per class, each with a {@code main} and each able to run offline:
 * <ul>
 * <li>{@link dev.slakit.examples.SlaDeadlines}: first-response deadlines of a ticket queue across the three
 *     editions, one ticket across Spring Festival 2026;</li>
 * <li>{@link dev.slakit.examples.ListEventsExample}: the statements of work's {@code ListEvents} example done
 *     with slakit;</li>
 * <li>{@link dev.slakit.examples.HealthWatch}: pushed health notifications for a few (region, product) pairs;</li>
 * <li>{@link dev.slakit.examples.ExpressTicketQuota}: a month of express tickets of a BUSINESS account;</li>
 * <li>{@link dev.slakit.examples.ReportCalendar}: report due dates and the partner lead time;</li>
 * <li>{@link dev.slakit.examples.Demo}: the README's first command, the first three in turn (or one example by
 *     name: {@code -Dexec.args="ReportCalendar 2027"}).</li>
 * </ul>
 * The status examples call {@code https://status.aliyuncs.com} when {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and
 * {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} are set, and an embedded fake server otherwise.
 */
package dev.slakit.examples;
