package com.trialsage.engine.rules;

import java.util.Objects;

/**
 * One problem a rule found.
 *
 * @param ruleId the rule that found it
 * @param dataset the dataset name, upper case
 * @param recordNumber the 1-based record number, or {@link #DATASET_LEVEL} for a finding about the
 *     dataset as a whole
 * @param usubjid the subject of the record, or empty
 * @param variable the variable concerned, or empty
 * @param value the offending value, or empty
 * @param message what is wrong, for a person
 */
public record Finding(
    RuleId ruleId,
    String dataset,
    long recordNumber,
    String usubjid,
    String variable,
    String value,
    String message) {
  /** The record number of findings about a dataset rather than a record. */
  public static final long DATASET_LEVEL = 0;

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(dataset, "dataset");
    if (recordNumber < 0) {
      throw new IllegalArgumentException("recordNumber must be >= 0, was " + recordNumber);
    }
    usubjid = usubjid == null ? "" : usubjid;
    variable = variable == null ? "" : variable;
    value = value == null ? "" : value;
    Objects.requireNonNull(message, "message");
  }

  public boolean isDatasetLevel() {
    return recordNumber == DATASET_LEVEL;
  }
}
