/** Spring application events that slakit's auto-configuration publishes. */
package dev.slakit.spring.boot.event;
