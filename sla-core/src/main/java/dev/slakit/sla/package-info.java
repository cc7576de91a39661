/**
 * Support tiers, severities, response-SLA catalogs of the Alibaba Cloud support-plan statements of work,
 * working calendars and deadline calculators. Depends on nothing but {@code java.*}.
 */
package dev.slakit.sla;
