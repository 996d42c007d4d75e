package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.standard.Core;
import com.trialsage.engine.standard.VariableSpec;

/** TS0003 (SD0057): every Exp variable of the domain is in the dataset (SDTMIG 4.1.5). */
final class ExpectedVariablePresent extends BaseRule {
  ExpectedVariablePresent() {
    super("TS0003", "no dataset of a domain the engine has metadata for");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    for (VariableSpec v : scope.domain().get().variables()) {
      if (v.core() == Core.EXP && scope.column(v.name()) < 0) {
        scope.reportDataset(
            v.name(), "", "Expected variable " + v.name() + " is missing from the dataset");
      }
    }
    return new DatasetCheck() {};
  }
}
