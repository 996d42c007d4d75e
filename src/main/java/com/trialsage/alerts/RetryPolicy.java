package com.trialsage.alerts;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a delivery is retried after a connection error, a timeout, a 429 or a
 * 5xx.
 *
 * @param maxAttempts attempts in all, the first one included (at least 1)
 * @param baseDelay the pause after the first failed attempt; it doubles after each further one
 * @param maxDelay the longest pause between two attempts
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  RetryPolicy {
    Objects.requireNonNull(baseDelay, "baseDelay must not be null");
    Objects.requireNonNull(maxDelay, "maxDelay must not be null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (baseDelay.isNegative() || baseDelay.isZero()) {
      throw new IllegalArgumentException("baseDelay must be positive, was " + baseDelay);
    }
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay (" + maxDelay + ") must not be shorter than baseDelay (" + baseDelay + ")");
    }
  }

  /**
   * The pause before the next attempt: {@code baseDelay × 2^(failedAttempts − 1)}, at most {@code
   * maxDelay}, then scaled into its upper half by {@code jitter} so that instances which failed
   * together do not all retry at the same instant.
   *
   * @param failedAttempts attempts made so far, at least 1
   * @param jitter a random number in [0, 1)
   */
  Duration backoff(int failedAttempts, double jitter) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException(
          "failedAttempts must be at least 1, was " + failedAttempts);
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
    }
    long ceilingMillis = maxDelay.toMillis();
    long exponential = baseDelay.toMillis() << Math.min(failedAttempts - 1, 30);
    long capped = exponential <= 0 ? ceilingMillis : Math.min(exponential, ceilingMillis);
    return Duration.ofMillis(Math.max(1, Math.round(capped * (0.5 + jitter / 2))));
  }
}
