package com.trialsage.storage;

/**
 * How full the storage is.
 *
 * @param usedBytes bytes in use
 * @param capacityBytes total bytes available, 0 when unknown
 */
public record StorageCapacity(long usedBytes, long capacityBytes) {

  /** Used share in percent, 0 when the capacity is unknown. */
  public double usedPercent() {
    return capacityBytes <= 0 ? 0 : 100.0 * usedBytes / capacityBytes;
  }

  /** Whether use has reached {@code thresholdPercent}; never with an unknown capacity. */
  public boolean isDegraded(double thresholdPercent) {
    return capacityBytes > 0 && usedPercent() >= thresholdPercent;
  }
}
