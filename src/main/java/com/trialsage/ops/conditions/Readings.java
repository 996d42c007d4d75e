package com.trialsage.ops.conditions;

import java.util.Objects;

/**
 * What one evaluation sees: the same figures {@code /metrics} exposes to Prometheus.
 *
 * @param requests requests and 5xx answers of the last five minutes
 * @param storageUsedBytes bytes used where uploads are stored
 * @param storageCapacityBytes their capacity, 0 when unknown (or unreadable just now)
 * @param runsQueued runs waiting in the queue, all instances
 * @param oldestQueuedAgeSeconds how long the oldest queued run has waited, 0 when none
 * @param lastSuccessAgeSeconds seconds since a run last succeeded (or since this instance started)
 */
public record Readings(
    RequestCounts requests,
    long storageUsedBytes,
    long storageCapacityBytes,
    long runsQueued,
    long oldestQueuedAgeSeconds,
    long lastSuccessAgeSeconds) {

  public Readings {
    Objects.requireNonNull(requests, "requests must not be null");
    if (storageUsedBytes < 0
        || storageCapacityBytes < 0
        || runsQueued < 0
        || oldestQueuedAgeSeconds < 0
        || lastSuccessAgeSeconds < 0) {
      throw new IllegalArgumentException(
          "readings are never negative: storage "
              + storageUsedBytes
              + "/"
              + storageCapacityBytes
              + " bytes, "
              + runsQueued
              + " queued, oldest "
              + oldestQueuedAgeSeconds
              + " s, last success "
              + lastSuccessAgeSeconds
              + " s");
    }
  }

  /** Storage use in percent, or -1 when the capacity is unknown. */
  double storageUsedPercent() {
    return storageCapacityBytes == 0 ? -1 : 100.0 * storageUsedBytes / storageCapacityBytes;
  }
}
