package com.trialsage.engine.rules;

/** How serious a finding is, in Pinnacle 21's three levels. */
public enum Severity {
  ERROR("Error"),
  WARNING("Warning"),
  NOTICE("Notice");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The name as written in the catalog and in the output ({@code Error}, {@code Warning}…). */
  public String label() {
    return label;
  }

  /** Reads {@code Error}, {@code Warning} or {@code Notice}, ignoring case. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label.equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity must be Error, Warning or Notice, was '" + text + "'");
  }
}
