/**
 * Test fixtures for code that calls the Alibaba Cloud Status API ({@code ListEvents}): a fake server with fault
 * injection ({@link dev.slakit.testing.FakeStatusServer}, {@link dev.slakit.testing.Fault},
 * {@link dev.slakit.testing.StatusDispatcher}, {@link dev.slakit.testing.RecordedStatusRequest}), a JUnit 5
 * extension ({@link dev.slakit.testing.FakeStatusServerExtension}, the only class that needs JUnit), a
 * controllable clock ({@link dev.slakit.testing.TestClock}) and sample data
 * ({@link dev.slakit.testing.SampleEvents}, {@link dev.slakit.testing.SampleTickets}).
 *
 * <p>Everything here works with slakit's {@code StatusClient} and with the official {@code aliyun-java-sdk-core}
 * {@code DefaultAcsClient}; the server listens on {@code 127.0.0.1} only.
 */
package dev.slakit.testing;
