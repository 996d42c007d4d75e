package com.trialsage.engine.rules;

import java.util.Objects;

/** Reports the findings of one rule, with the rule's catalog message unless told otherwise. */
public final class RuleReporter {
  private final RuleDefinition rule;
  private final FindingSink sink;

  public RuleReporter(RuleDefinition rule, FindingSink sink) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  public RuleDefinition rule() {
    return rule;
  }

  /** A finding on a record ({@code recordNumber} from 1) or, with 0, on a whole dataset. */
  public void report(
      String dataset,
      long recordNumber,
      String usubjid,
      String variable,
      String value,
      String message) {
    sink.accept(new Finding(rule.id(), dataset, recordNumber, usubjid, variable, value, message));
  }

  public void report(
      String dataset, long recordNumber, String usubjid, String variable, String value) {
    report(dataset, recordNumber, usubjid, variable, value, rule.message());
  }
}
