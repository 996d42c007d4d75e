package com.trialsage.reports;

import com.trialsage.runs.Finding;

/** Findings the report tests share. */
final class Findings {
  private Findings() {}

  static Finding dateError(long record, String value) {
    return new Finding(
        "TS0003", "Error", "AE", record, "01-701-1015", "AESTDTC", value, "Invalid ISO 8601 value");
  }

  static Finding unitWarning(long record, String value) {
    return new Finding(
        "TS0031",
        "Warning",
        "LB",
        record,
        "01-701-1023",
        "LBORRESU",
        value,
        "Value not in codelist");
  }

  static Finding missingDataset() {
    return new Finding("TS0040", "Error", "EX", null, null, null, null, "EX is missing");
  }

  static Finding aboutTheStudy() {
    return new Finding("TS0020", "Notice", null, null, null, null, null, "No trial summary");
  }
}
