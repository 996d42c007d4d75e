package com.trialsage.reports;

import com.trialsage.reports.ReportSource.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The engine's rules by id, for the identifiers and messages each finding row shows. */
final class RuleCatalog {
  private final Map<String, RuleInfo> rulesById = new HashMap<>();

  RuleCatalog(List<RuleInfo> rules) {
    rules.forEach(rule -> rulesById.put(rule.id(), rule));
  }

  /** The Pinnacle 21 id, or null when the rule has none or is not in the catalog. */
  String p21Id(String ruleId) {
    RuleInfo rule = rulesById.get(ruleId);
    return rule == null ? null : rule.p21Id();
  }

  /** The CDISC CORE id, or null when the rule has none or is not in the catalog. */
  String coreId(String ruleId) {
    RuleInfo rule = rulesById.get(ruleId);
    return rule == null ? null : rule.coreId();
  }

  /** The rule's message, or null when the rule is not in the catalog. */
  String message(String ruleId) {
    RuleInfo rule = rulesById.get(ruleId);
    return rule == null ? null : rule.message();
  }
}
