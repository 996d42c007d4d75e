package com.trialsage.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Maps MicroProfile Config property names to the environment variable names it also reads. */
public final class ConfigNames {

  private ConfigNames() {}

  /**
   * The upper-case environment variable for a property, the third and usual name MicroProfile
   * Config tries (Config 3.1, "Default ConfigSources"): {@code trialsage.db.url} becomes {@code
   * TRIALSAGE_DB_URL}.
   */
  public static String environmentVariable(String key) {
    return sanitized(key).toUpperCase(Locale.ROOT);
  }

  /** Every environment variable name MicroProfile Config tries for the key, in its order. */
  public static List<String> environmentCandidates(String key) {
    String sanitized = sanitized(key);
    return List.of(key, sanitized, sanitized.toUpperCase(Locale.ROOT));
  }

  private static String sanitized(String key) {
    Objects.requireNonNull(key, "key must not be null");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    return key.replaceAll("[^A-Za-z0-9]", "_");
  }
}
