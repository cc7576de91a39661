/**
 * Support tiers, severities, response-SLA catalogs of the Alibaba Cloud support-plan statements of work,
 * working calendars and deadline calculators. Depends on nothing but {@code java.*}.
 *
 * <p>Entry points: {@link dev.slakit.sla.SlaCatalog#cn20210122()}, {@link dev.slakit.sla.SlaCatalog#cnFaq20210122()}
 * and {@link dev.slakit.sla.SlaCatalog#partner20210908()} give {@link dev.slakit.sla.ResponseSla} values whose
 * {@link dev.slakit.sla.ResponseSla#dueAt(java.time.Instant)} is the due instant of the first response.
 *
 * <p>Conventions: all values are immutable and thread-safe; instants are {@link java.time.Instant}; periods are
 * half-open {@code [start, end)}; a "&lt; 12 分钟" target is met only by a response strictly before the due instant;
 * the China mainland working calendar covers 2025 and 2026 and any later date is an estimate (flagged, never silently
 * exact); a null argument throws {@link java.lang.NullPointerException} naming the parameter; a combination a
 * document does not define throws {@link dev.slakit.sla.UnsupportedSlaException}.
 *
 * <p>How the tables of the two statements of work are read — each edition, each contradiction between a document's
 * sections and the interpretation chosen — is written down for users in the repository's
 * {@code docs/reading-the-documents.md}.
 */
package dev.slakit.sla;
