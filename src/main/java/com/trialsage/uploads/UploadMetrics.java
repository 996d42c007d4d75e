package com.trialsage.uploads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** Upload counters: accepted, rejected by reason, bytes stored, integrity failures. */
@ApplicationScoped
public class UploadMetrics {
  private static final String INTEGRITY_FAILURES = "uploads.integrity.failures";
  private static final Metadata BYTES =
      Metadata.builder()
          .withName("uploads.stored")
          .withDescription("Bytes of accepted uploads")
          .withUnit(MetricUnits.BYTES)
          .build();

  @Inject MetricRegistry registry;

  // At 0 from the start: a counter that first appears at 1 is no increase() to Prometheus, so
  // TrialSageIntegrityFailure would miss the first failure after a start.
  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter(INTEGRITY_FAILURES);
  }

  void accepted(long bytes) {
    registry.counter("uploads.accepted").inc();
    registry.counter(BYTES).inc(bytes);
  }

  void rejected(String reason) {
    registry.counter("uploads.rejected", new Tag("reason", reason)).inc();
  }

  void integrityFailure() {
    registry.counter(INTEGRITY_FAILURES).inc();
  }
}
