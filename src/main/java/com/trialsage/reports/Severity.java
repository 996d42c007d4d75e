package com.trialsage.reports;

import java.util.Arrays;
import java.util.Optional;

/** The severities a rule raises its findings with, most serious first. */
enum Severity {
  ERROR("Error", "Errors"),
  WARNING("Warning", "Warnings"),
  NOTICE("Notice", "Notices");

  private final String label;
  private final String plural;

  Severity(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  static Optional<Severity> of(String label) {
    return Arrays.stream(values()).filter(severity -> severity.label.equals(label)).findFirst();
  }

  /** Sorts the three known severities first, most serious first, then any other. */
  static int rank(String label) {
    return of(label).map(Enum::ordinal).orElse(values().length);
  }

  String label() {
    return label;
  }

  String plural() {
    return plural;
  }
}
