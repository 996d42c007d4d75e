package com.trialsage.engine.rules;

import java.util.Optional;

/**
 * A conformance rule. The run asks each rule for a {@link DatasetCheck} at the start of every
 * dataset, feeds it the dataset's records, ends it, and after the last dataset calls {@link
 * #finish(StudyScope)}. A rule keeps no per-record state beyond what its check needs, so memory
 * does not grow with the number of records.
 */
public interface Rule {

  RuleId id();

  /**
   * The check of this rule for one dataset, or {@link DatasetCheck#NOT_APPLICABLE} when the rule
   * does not apply to it. Called once per dataset; precompute column indexes here.
   */
  DatasetCheck check(DatasetScope scope);

  /** Called once after all datasets, for rules that conclude on the study as a whole. */
  default void finish(StudyScope study, RuleReporter reporter) {}

  /**
   * Why the rule cannot run at all in this run (e.g. "no --define given"), or empty when it can.
   */
  default Optional<String> unavailableReason(StudyScope study) {
    return Optional.empty();
  }

  /**
   * Why the rule ran on no dataset, for the summary, e.g. "no dataset with --TESTCD". Only used
   * when {@link #check} returned {@link DatasetCheck#NOT_APPLICABLE} for every dataset and the rule
   * does not conclude in {@link #finish}.
   */
  String notApplicableReason();

  /** Whether the rule concludes in {@link #finish} and so always counts as having run. */
  default boolean concludesOnStudy() {
    return false;
  }
}
