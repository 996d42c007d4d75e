package com.trialsage.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Delivers every {@link AlertEvent} fired in the application to the configured Slack, PagerDuty and
 * generic webhook channels, on the server's managed scheduler. Invalid alert settings fail the
 * deployment, naming each bad key.
 */
@ApplicationScoped
public class AlertObserver {
  private static final Logger LOG = Logger.getLogger(AlertObserver.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject Config config;
  @Inject Clock clock;
  @Inject MetricRegistry registry;

  private AlertDelivery delivery;
  private ExecutorScheduler scheduler;

  AlertObserver() {}

  /** For tests: observes into a delivery built outside the container. */
  AlertObserver(AlertDelivery delivery) {
    this.delivery = Objects.requireNonNull(delivery, "delivery must not be null");
  }

  @PostConstruct
  void start() {
    AlertSettings settings = AlertSettings.read(key -> config.getOptionalValue(key, String.class));
    scheduler = new ExecutorScheduler(executor);
    RegistryAlertMetrics metrics =
        new RegistryAlertMetrics(
            registry, settings.channels().stream().map(Channel::name).toList());
    delivery = AlertDelivery.start(settings, scheduler, executor, metrics, clock);
    metrics.registerFiringGauge(delivery::firingCount);
    LOG.info(
        settings.channels().isEmpty()
            ? "Alert delivery: no channel configured; alerts are only logged"
            : "Alert delivery to "
                + settings.channels().stream()
                    .map(channel -> channel.name() + " (" + channel.redactedTarget() + ")")
                    .toList());
  }

  // Creates the bean at deployment, so invalid settings fail it then and not at the first alert.
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /** Queues the event for every channel and returns at once. */
  void on(@Observes AlertEvent event) {
    try {
      delivery.accept(event);
    } catch (RuntimeException e) {
      // A synchronous observer's exception reaches fire(): alerting must not break the caller.
      LOG.log(Level.SEVERE, "Alert " + event.key() + " " + event.status() + " not queued", e);
    }
  }

  @PreDestroy
  void stop() {
    // Closed first, so an answer arriving now schedules nothing after the cancel.
    delivery.close();
    if (scheduler != null) {
      scheduler.cancelAll();
    }
  }
}
