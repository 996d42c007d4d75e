package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.RuleReporter;
import com.trialsage.engine.rules.StudyScope;

/** TS0012 (SD1020): the study has a DM dataset (SDTMIG 5.2). */
final class DmPresent extends BaseRule {
  DmPresent() {
    super("TS0012", "");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    return DatasetCheck.NOT_APPLICABLE;
  }

  @Override
  public boolean concludesOnStudy() {
    return true;
  }

  @Override
  public void finish(StudyScope study, RuleReporter reporter) {
    if (!study.facts().hasDataset("DM")) {
      reporter.report("DM", Finding.DATASET_LEVEL, "", "", "");
    }
  }
}
