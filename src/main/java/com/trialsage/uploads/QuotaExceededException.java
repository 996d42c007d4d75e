package com.trialsage.uploads;

/** Storing an upload would take a tenant past its byte quota. */
public class QuotaExceededException extends RuntimeException {
  private final long quotaBytes;
  private final long usedBytes;
  private final long requestedBytes;

  public QuotaExceededException(long quotaBytes, long usedBytes, long requestedBytes) {
    super(
        "quota "
            + quotaBytes
            + " bytes, "
            + usedBytes
            + " used, "
            + requestedBytes
            + " more requested");
    this.quotaBytes = quotaBytes;
    this.usedBytes = usedBytes;
    this.requestedBytes = requestedBytes;
  }

  public long quotaBytes() {
    return quotaBytes;
  }

  public long usedBytes() {
    return usedBytes;
  }

  public long requestedBytes() {
    return requestedBytes;
  }
}
