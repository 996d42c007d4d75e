package com.trialsage.storage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/** {@code storage_used_bytes} and {@code storage_capacity_bytes}, read when scraped. */
@ApplicationScoped
public class StorageGauges {

  @Inject MetricRegistry registry;
  @Inject ObjectStore store;

  void register(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    registry.gauge(
        Metadata.builder()
            .withName("storage.used")
            .withDescription("Bytes used where uploads are stored")
            .withUnit(MetricUnits.BYTES)
            .build(),
        store,
        s -> s.capacityOrUnknown().usedBytes());
    registry.gauge(
        Metadata.builder()
            .withName("storage.capacity")
            .withDescription("Bytes available in total where uploads are stored (0: unknown)")
            .withUnit(MetricUnits.BYTES)
            .build(),
        store,
        s -> s.capacityOrUnknown().capacityBytes());
  }
}
