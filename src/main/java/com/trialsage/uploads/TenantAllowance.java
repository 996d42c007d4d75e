package com.trialsage.uploads;

/**
 * A tenant's upload settings and usage.
 *
 * @param quotaBytes most bytes the tenant's uploads may take
 * @param usedBytes bytes its uploads take now
 * @param retentionDays days an upload is kept
 */
public record TenantAllowance(long quotaBytes, long usedBytes, int retentionDays) {

  public long remainingBytes() {
    return Math.max(0, quotaBytes - usedBytes);
  }
}
