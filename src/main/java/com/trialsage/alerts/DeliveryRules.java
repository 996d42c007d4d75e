package com.trialsage.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every channel delivers within.
 *
 * @param retry when and how often a failed attempt is repeated
 * @param connectTimeout longest wait for a TCP and TLS connection
 * @param requestTimeout longest wait for the receiver's answer, per attempt
 * @param queueCapacity alerts a channel holds while it is slow or down; past it the oldest goes
 */
record DeliveryRules(
    RetryPolicy retry, Duration connectTimeout, Duration requestTimeout, int queueCapacity) {

  DeliveryRules {
    Objects.requireNonNull(retry, "retry must not be null");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " must not be null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
