package com.trialsage.engine.run;

import com.trialsage.engine.rules.RuleId;
import java.util.List;
import java.util.Map;

/**
 * What a run did: the datasets read, each rule's outcome, and each rule's finding count (all
 * findings, including those beyond the per-rule cap that were not written).
 */
public record RunReport(
    List<DatasetRead> datasets,
    Map<RuleId, RuleOutcome> outcomes,
    Map<RuleId, Long> findingCounts,
    long elapsedMillis) {
  public RunReport {
    datasets = List.copyOf(datasets);
    outcomes = Map.copyOf(outcomes);
    findingCounts = Map.copyOf(findingCounts);
  }
}
