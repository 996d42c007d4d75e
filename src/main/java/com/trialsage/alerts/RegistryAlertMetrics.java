package com.trialsage.alerts;

import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@link AlertMetrics} in MicroProfile Metrics: {@code alerts_delivered_total}, {@code
 * alerts_delivery_failures_total} and {@code alerts_dropped_total}, labelled only by {@code
 * channel}, and the {@code alerts_firing} gauge. Alert keys never become labels.
 */
final class RegistryAlertMetrics implements AlertMetrics {
  private static final String DELIVERED = "alerts.delivered";
  private static final String FAILURES = "alerts.delivery.failures";
  private static final String DROPPED = "alerts.dropped";

  private final MetricRegistry registry;

  /** Registers the counters of every channel at zero, so rates work from the first alert. */
  RegistryAlertMetrics(MetricRegistry registry, List<String> channels) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
    for (String channel : channels) {
      counter(DELIVERED, "Alerts a channel's receiver accepted", channel);
      counter(FAILURES, "Alerts a receiver refused or that were given up after retries", channel);
      counter(DROPPED, "Alerts dropped unsent because a channel's queue was full", channel);
    }
  }

  void registerFiringGauge(IntSupplier firing) {
    registry.gauge(
        Metadata.builder()
            .withName("alerts.firing")
            .withDescription("Alert keys currently firing on this instance")
            .build(),
        firing,
        IntSupplier::getAsInt);
  }

  @Override
  public void delivered(String channel) {
    registry.counter(DELIVERED, tag(channel)).inc();
  }

  @Override
  public void failed(String channel) {
    registry.counter(FAILURES, tag(channel)).inc();
  }

  @Override
  public void dropped(String channel) {
    registry.counter(DROPPED, tag(channel)).inc();
  }

  private void counter(String name, String description, String channel) {
    registry.counter(
        Metadata.builder().withName(name).withDescription(description).build(), tag(channel));
  }

  private static Tag tag(String channel) {
    return new Tag("channel", channel);
  }
}
