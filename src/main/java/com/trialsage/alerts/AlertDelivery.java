package com.trialsage.alerts;

import com.trialsage.alerts.AlertEvent.Status;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Hands every alert event to each configured channel; plain Java, so it runs without a container.
 * {@link #accept} only queues and returns at once, whatever the receivers do.
 */
final class AlertDelivery implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AlertDelivery.class.getName());
  private static final int FIRING_LIMIT = 1000;

  private final List<ChannelDelivery> channels;
  private final FiringKeys firing = new FiringKeys(FIRING_LIMIT);

  AlertDelivery(List<Channel> channels, DeliveryRules rules, DeliveryRuntime runtime) {
    Objects.requireNonNull(channels, "channels must not be null");
    Objects.requireNonNull(rules, "rules must not be null");
    Objects.requireNonNull(runtime, "runtime must not be null");
    this.channels =
        channels.stream().map(channel -> new ChannelDelivery(channel, rules, runtime)).toList();
  }

  /**
   * Delivery with the JDK's HTTP client and random jitter, as the application runs it.
   *
   * @param httpExecutor runs the HTTP client's completions; in the container the managed executor,
   *     so they run on threads that carry the application's context. Only non-blocking work runs
   *     there: requests are sent asynchronously.
   */
  static AlertDelivery start(
      AlertSettings settings,
      DeliveryScheduler scheduler,
      Executor httpExecutor,
      AlertMetrics metrics,
      Clock clock) {
    Objects.requireNonNull(settings, "settings must not be null");
    Objects.requireNonNull(httpExecutor, "httpExecutor must not be null");
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(settings.rules().connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(httpExecutor)
            .build();
    DeliveryRuntime runtime =
        new DeliveryRuntime(
            http, scheduler, metrics, clock, () -> ThreadLocalRandom.current().nextDouble());
    return new AlertDelivery(settings.channels(), settings.rules(), runtime);
  }

  /** Queues the event on every channel; never blocks. */
  void accept(AlertEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    synchronized (firing) {
      if (event.status() == Status.FIRING) {
        firing.add(event.key());
      } else {
        firing.remove(event.key());
      }
    }
    if (channels.isEmpty()) {
      LOG.fine(() -> "Alert " + event.key() + " " + event.status() + ": no channel configured");
    }
    channels.forEach(channel -> channel.offer(event));
  }

  /** Alert keys whose last event was FIRING, for the {@code alerts_firing} gauge. */
  int firingCount() {
    synchronized (firing) {
      return firing.size();
    }
  }

  List<String> channelNames() {
    return channels.stream().map(ChannelDelivery::name).toList();
  }

  /** Stops every channel; alerts still queued are logged as lost. */
  @Override
  public void close() {
    for (ChannelDelivery channel : channels) {
      int unsent = channel.close();
      if (unsent > 0) {
        LOG.warning(
            unsent
                + " alerts queued for channel "
                + channel.name()
                + " are not sent: shutting down");
      }
    }
  }
}
