package com.trialsage.engine.run;

import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.FindingSink;
import com.trialsage.engine.rules.RuleId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts every finding per rule and passes on at most {@code maxPerRule} of each rule, so a rule
 * that fires on every record of a large dataset cannot flood the output.
 */
public final class CappedFindingSink implements FindingSink {
  private final FindingSink downstream;
  private final long maxPerRule;
  private final Map<RuleId, Long> counts = new HashMap<>();

  public CappedFindingSink(FindingSink downstream, long maxPerRule) {
    this.downstream = Objects.requireNonNull(downstream, "downstream");
    if (maxPerRule < 0) {
      throw new IllegalArgumentException("maxPerRule must be >= 0, was " + maxPerRule);
    }
    this.maxPerRule = maxPerRule;
  }

  @Override
  public void accept(Finding finding) {
    long count = counts.merge(finding.ruleId(), 1L, Long::sum);
    if (count <= maxPerRule) {
      downstream.accept(finding);
    }
  }

  /** All findings per rule, written or not. */
  public Map<RuleId, Long> counts() {
    return Map.copyOf(counts);
  }
}
