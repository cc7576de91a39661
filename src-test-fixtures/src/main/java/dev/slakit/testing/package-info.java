/**
 * Test fixtures for code that calls the Status API: a fake server with fault injection, a JUnit 5
 * extension, a controllable clock and sample data.
 */
package dev.slakit.testing;
