package com.trialsage.engine.corecases;

import com.trialsage.engine.rules.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** The outcome of one known-answer case. */
record CaseResult(CoreCase coreCase, String rules, String status, String reason) {
  static final String PASS = "pass";
  static final String FAIL = "fail";
  static final String NOT_IMPLEMENTED = "not implemented";

  static CaseResult passed(CoreCase c, List<Rule> rules, int keys) {
    return new CaseResult(
        c, ids(rules), PASS, keys == 0 ? "no findings" : keys + " findings matched");
  }

  static CaseResult failed(CoreCase c, List<Rule> rules, String reason) {
    return new CaseResult(c, ids(rules), FAIL, reason);
  }

  static CaseResult notImplemented(CoreCase c) {
    return new CaseResult(c, "-", NOT_IMPLEMENTED, "no TrialSage rule carries " + c.coreId());
  }

  boolean isPass() {
    return status.equals(PASS);
  }

  private static String ids(List<Rule> rules) {
    return rules.stream().map(r -> r.id().value()).collect(Collectors.joining(", "));
  }
}
