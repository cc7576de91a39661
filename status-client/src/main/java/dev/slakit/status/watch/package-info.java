/**
 * The health watcher: polls {@code ListEvents} for a set of (region, product) pairs and pushes typed
 * notifications ({@link dev.slakit.status.watch.EventOpened}, {@link dev.slakit.status.watch.SeverityChanged},
 * {@link dev.slakit.status.watch.EventResolved}) to listeners. Start at
 * {@link dev.slakit.status.watch.HealthWatcher}.
 */
package dev.slakit.status.watch;
