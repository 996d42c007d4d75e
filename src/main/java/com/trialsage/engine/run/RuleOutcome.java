package com.trialsage.engine.run;

import com.trialsage.engine.rules.RuleId;
import java.util.Objects;

/**
 * Whether a rule ran in a run.
 *
 * @param ruleId the rule
 * @param status ran, skipped or error
 * @param detail why it was skipped, or the error message; empty when it ran
 */
public record RuleOutcome(RuleId ruleId, Status status, String detail) {
  public enum Status {
    RAN,
    SKIPPED,
    ERROR
  }

  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }
}
