package com.trialsage.config;

import java.util.Objects;

/**
 * One missing or invalid setting.
 *
 * @param key the MicroProfile Config property name, e.g. {@code trialsage.db.url}
 * @param environmentVariable the environment variable that sets the same key
 * @param purpose what the setting is for, in words an operator understands
 * @param problem what is wrong with the current value ("missing", or why it is invalid)
 */
public record SettingProblem(
    String key, String environmentVariable, String purpose, String problem) {

  public SettingProblem {
    requireText(key, "key");
    requireText(environmentVariable, "environmentVariable");
    requireText(purpose, "purpose");
    requireText(problem, "problem");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
