package com.trialsage.engine.testing;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.Rule;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.rules.checks.StandardRules;
import com.trialsage.engine.run.CappedFindingSink;
import com.trialsage.engine.run.DatasetSource;
import com.trialsage.engine.run.RunReport;
import com.trialsage.engine.run.ValidationRun;
import com.trialsage.engine.standard.SdtmigVersion;
import com.trialsage.engine.standard.Standard;
import com.trialsage.engine.standard.StandardLibrary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one rule of the engine over in-memory datasets and collects its findings. */
public final class RuleHarness {
  private static final Standard SDTMIG_3_4 = StandardLibrary.load(SdtmigVersion.V3_4);

  private final String ruleId;
  private ControlledTerminology terminology;
  private DefineDocument define;
  private RunReport lastReport;

  private RuleHarness(String ruleId) {
    this.ruleId = ruleId;
  }

  public static RuleHarness rule(String ruleId) {
    return new RuleHarness(ruleId);
  }

  public RuleHarness withTerminology(ControlledTerminology ct) {
    this.terminology = ct;
    return this;
  }

  public RuleHarness withDefine(DefineDocument document) {
    this.define = document;
    return this;
  }

  /** The findings of the rule on these datasets. */
  public List<Finding> run(DatasetSource... datasets) throws Exception {
    Rule rule =
        StandardRules.all().stream()
            .filter(r -> r.id().value().equals(ruleId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId));
    List<Finding> findings = new ArrayList<>();
    ValidationRun run =
        new ValidationRun(
            RuleCatalog.standard(),
            List.of(rule),
            facts -> new StudyScope(SDTMIG_3_4, terminology, Optional.ofNullable(define), facts),
            Clock.systemUTC());
    lastReport = run.execute(List.of(datasets), new CappedFindingSink(findings::add, 100_000));
    return findings;
  }

  /** The report of the last {@link #run}. */
  public RunReport report() {
    return lastReport;
  }
}
