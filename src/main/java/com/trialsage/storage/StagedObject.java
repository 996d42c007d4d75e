package com.trialsage.storage;

import java.util.Objects;

/**
 * An object written but not yet visible.
 *
 * @param key the key it will have once published
 * @param stagingName the backend's name of the temporary object
 * @param sizeBytes how many bytes were written
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record StagedObject(String key, String stagingName, long sizeBytes, String sha256) {
  public StagedObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stagingName, "stagingName");
    Objects.requireNonNull(sha256, "sha256");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("size must not be negative: " + sizeBytes);
    }
  }
}
