package com.trialsage.uploads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
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

  /** Every reason {@link UploadService} rejects an upload for. */
  static final List<String> REJECTION_REASONS =
      List.of("format", "size", "quota", "digest", "package");

  @Inject MetricRegistry registry;

  /**
   * Registers every counter at zero when the application starts, so that Prometheus sees the first
   * increment ({@code increase()} of a series that appears at 1 is 0) and dashboards show zeros.
   */
  void registerAtZero(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("uploads.accepted");
    registry.counter(BYTES);
    REJECTION_REASONS.forEach(
        reason -> registry.counter("uploads.rejected", new Tag("reason", reason)));
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
