package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.Rule;
import com.trialsage.engine.rules.RuleId;

/** Holds what every rule has: its id and why it may apply to no dataset. */
abstract class BaseRule implements Rule {
  private final RuleId id;
  private final String notApplicableReason;

  BaseRule(String id, String notApplicableReason) {
    this.id = RuleId.of(id);
    this.notApplicableReason = notApplicableReason;
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final String notApplicableReason() {
    return notApplicableReason;
  }
}
