package com.trialsage.alerts;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * What every channel shares to do its work.
 *
 * @param http sends the requests, asynchronously
 * @param scheduler runs the next step of a delivery, now or after a back-off
 * @param metrics counts deliveries, failures and drops
 * @param clock reads the time, for {@code Retry-After} dates
 * @param jitter random numbers in [0, 1) that spread retries
 */
record DeliveryRuntime(
    HttpClient http,
    DeliveryScheduler scheduler,
    AlertMetrics metrics,
    Clock clock,
    DoubleSupplier jitter) {

  DeliveryRuntime {
    Objects.requireNonNull(http, "http must not be null");
    Objects.requireNonNull(scheduler, "scheduler must not be null");
    Objects.requireNonNull(metrics, "metrics must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(jitter, "jitter must not be null");
  }
}
