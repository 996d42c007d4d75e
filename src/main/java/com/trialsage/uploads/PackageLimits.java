package com.trialsage.uploads;

/**
 * What a zip study package may hold.
 *
 * @param maxEntries most entries, folders included
 * @param maxTotalBytes most bytes once every entry is expanded
 * @param maxRatio most expanded bytes per compressed byte of one entry
 */
public record PackageLimits(int maxEntries, long maxTotalBytes, int maxRatio) {
  public PackageLimits {
    if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1) {
      throw new IllegalArgumentException(
          "package limits must be positive: entries "
              + maxEntries
              + ", bytes "
              + maxTotalBytes
              + ", ratio "
              + maxRatio);
    }
  }
}
