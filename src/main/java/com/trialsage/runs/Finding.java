package com.trialsage.runs;

import java.util.Objects;

/**
 * One finding of a run, as stored: which rule, where (dataset, 1-based record, subject, variable),
 * the offending value and the message. Location fields are null for dataset-level findings.
 */
public record Finding(
    String ruleId,
    String severity,
    String dataset,
    Long record,
    String usubjid,
    String variable,
    String value,
    String message) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
