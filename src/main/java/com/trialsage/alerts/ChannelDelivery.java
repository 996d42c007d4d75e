package com.trialsage.alerts;

import com.trialsage.alerts.AlertEvent.Status;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers alerts to one channel, one request at a time and in the order they came, so a "resolved"
 * never overtakes its "firing". The caller only queues: requests, retries and back-offs run on the
 * {@link DeliveryScheduler} and the HTTP client's threads.
 *
 * <p>The channel remembers which keys it has told (or is telling) the receiver are firing: a
 * repeated FIRING is not sent, and a RESOLVED is sent only for a key that was firing.
 */
final class ChannelDelivery {
  private static final Logger LOG = Logger.getLogger(ChannelDelivery.class.getName());
  private static final int KEY_LIMIT = 1000;
  private static final int LOGGED_BODY_CHARS = 200;

  private final Channel channel;
  private final DeliveryRules rules;
  private final DeliveryRuntime runtime;

  // Guarded by this.
  private final Deque<AlertEvent> queue = new ArrayDeque<>();
  private final FiringKeys firing = new FiringKeys(KEY_LIMIT);
  private boolean sending;
  private boolean closed;
  private long droppedInBurst;

  ChannelDelivery(Channel channel, DeliveryRules rules, DeliveryRuntime runtime) {
    this.channel = Objects.requireNonNull(channel, "channel must not be null");
    this.rules = Objects.requireNonNull(rules, "rules must not be null");
    this.runtime = Objects.requireNonNull(runtime, "runtime must not be null");
  }

  String name() {
    return channel.name();
  }

  /** Queues the event unless the receiver already knows it; never waits for the receiver. */
  void offer(AlertEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    boolean start;
    synchronized (this) {
      if (closed || !isNews(event)) {
        return;
      }
      if (queue.size() >= rules.queueCapacity()) {
        dropOldest();
      }
      queue.addLast(event);
      start = !sending;
      sending = true;
    }
    if (start) {
      later(this::sendNext, Duration.ZERO);
    }
  }

  /** Stops delivering; returns how many queued alerts will not be sent. */
  synchronized int close() {
    closed = true;
    int unsent = queue.size();
    queue.clear();
    return unsent;
  }

  private boolean isNews(AlertEvent event) {
    String key = event.key();
    if (event.status() == Status.FIRING) {
      if (firing.contains(key)) {
        LOG.fine(() -> "Alert " + key + " is already firing on " + name() + "; not sent again");
        return false;
      }
      firing.add(key);
      return true;
    }
    if (!firing.remove(key)) {
      LOG.fine(() -> "Alert " + key + " resolved but was not firing on " + name() + "; not sent");
      return false;
    }
    return true;
  }

  private void dropOldest() {
    AlertEvent dropped = queue.pollFirst();
    forgetUnlessQueued(dropped);
    runtime.metrics().dropped(name());
    if (droppedInBurst++ == 0) {
      LOG.warning(
          "The alert queue of channel "
              + name()
              + " is full ("
              + rules.queueCapacity()
              + " alerts): dropping the oldest until it drains; the receiver is slow or down."
              + " First dropped: "
              + dropped.key()
              + " "
              + dropped.status());
    }
  }

  /** A FIRING that never reached the receiver must not suppress the next one for its key. */
  private void forgetUnlessQueued(AlertEvent event) {
    boolean later = queue.stream().anyMatch(queued -> queued.key().equals(event.key()));
    if (event.status() == Status.FIRING && !later) {
      firing.remove(event.key());
    }
  }

  private void sendNext() {
    AlertEvent event;
    synchronized (this) {
      event = closed ? null : queue.pollFirst();
      if (event == null) {
        sending = false;
        endBurst();
        return;
      }
    }
    attempt(event, 1);
  }

  private void endBurst() {
    if (droppedInBurst > 0) {
      long dropped = droppedInBurst;
      LOG.info(() -> "The alert queue of channel " + name() + " drained; " + dropped + " dropped");
      droppedInBurst = 0;
    }
  }

  private void attempt(AlertEvent event, int attempt) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    LOG.fine(() -> describe(event) + ": attempt " + attempt + " of " + rules.retry().maxAttempts());
    try {
      runtime
          .http()
          .sendAsync(request(event), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> completed(event, attempt, response, failure));
    } catch (RuntimeException e) {
      // A body that cannot be built will not build on a retry either.
      lost(event, "could not be sent: " + channel.redact(e.toString()));
    }
  }

  private HttpRequest request(AlertEvent event) {
    String body = channel.format().body(event);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(channel.target())
            .timeout(rules.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "TrialSage-Alerts")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    channel.format().headers(body).forEach(request::header);
    return request.build();
  }

  private void completed(
      AlertEvent event, int attempt, HttpResponse<String> response, Throwable failure) {
    try {
      if (failure != null) {
        retryOrGiveUp(event, attempt, failureText(failure), Optional.empty());
        return;
      }
      int status = response.statusCode();
      switch (Verdict.of(status)) {
        case DELIVERED -> delivered(event, status);
        case RETRY -> retryOrGiveUp(event, attempt, "HTTP " + status, retryAfter(response));
        case REJECTED -> rejected(event, status, response.body());
      }
    } catch (RuntimeException e) {
      // Thrown here it would vanish into the HTTP client's future and stall the queue.
      LOG.log(Level.SEVERE, describe(event) + ": delivery failed unexpectedly", e);
      later(this::sendNext, Duration.ZERO);
    }
  }

  private Optional<Duration> retryAfter(HttpResponse<String> response) {
    return RetryAfter.parse(response.headers().firstValue("Retry-After"), runtime.clock());
  }

  private void delivered(AlertEvent event, int status) {
    runtime.metrics().delivered(name());
    LOG.info(() -> describe(event) + ": delivered (HTTP " + status + ")");
    later(this::sendNext, Duration.ZERO);
  }

  private void rejected(AlertEvent event, int status, String body) {
    String answer = channel.redact(body).strip();
    String said = answer.isEmpty() ? "" : ": " + AlertFormat.clip(answer, LOGGED_BODY_CHARS);
    lost(event, "refused with HTTP " + status + ", not retried" + said);
  }

  private void retryOrGiveUp(
      AlertEvent event, int attempt, String reason, Optional<Duration> retryAfter) {
    int maxAttempts = rules.retry().maxAttempts();
    if (attempt >= maxAttempts) {
      lost(event, "gave up after " + attempt + " attempts; last: " + reason);
      return;
    }
    Duration pause =
        retryAfter.orElseGet(() -> rules.retry().backoff(attempt, runtime.jitter().getAsDouble()));
    LOG.fine(
        () ->
            describe(event)
                + ": attempt "
                + attempt
                + " failed ("
                + reason
                + "); retry in "
                + pause);
    later(() -> attempt(event, attempt + 1), pause);
  }

  private void lost(AlertEvent event, String why) {
    synchronized (this) {
      forgetUnlessQueued(event);
    }
    runtime.metrics().failed(name());
    LOG.severe(describe(event) + ": not delivered, " + why);
    later(this::sendNext, Duration.ZERO);
  }

  private void later(Runnable step, Duration delay) {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    try {
      runtime.scheduler().schedule(step, delay);
    } catch (RejectedExecutionException | IllegalStateException e) {
      // Either is how a managed executor says the application is going away.
      int unsent = close();
      LOG.warning(
          "The scheduler refused alert delivery work for channel "
              + name()
              + " (shutting down?); "
              + unsent
              + " queued alerts are not sent");
    }
  }

  private String failureText(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpTimeoutException) {
      return "no answer within the timeout (" + cause.getClass().getSimpleName() + ")";
    }
    String message = cause.getMessage() == null ? "" : ": " + channel.redact(cause.getMessage());
    return cause.getClass().getSimpleName() + message;
  }

  private String describe(AlertEvent event) {
    return "Alert " + event.key() + " " + event.status() + " to " + name();
  }
}
