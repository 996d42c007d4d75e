package com.trialsage.engine.rules;

import com.trialsage.engine.model.Record;

/** A rule's work on one dataset: it sees each record, then the end of the dataset. */
public interface DatasetCheck {

  /** Returned by {@link Rule#check} when the rule has nothing to check in a dataset. */
  DatasetCheck NOT_APPLICABLE = new DatasetCheck() {};

  /** One record; the record object may be reused by the reader after this call returns. */
  default void record(Record record) {}

  /** The dataset has no more records. */
  default void end() {}
}
