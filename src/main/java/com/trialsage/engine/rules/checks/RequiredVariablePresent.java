package com.trialsage.engine.rules.checks;

import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.standard.Core;
import com.trialsage.engine.standard.VariableSpec;

/** TS0001 (SD0056): every Req variable of the domain is in the dataset (SDTMIG 4.1.5). */
final class RequiredVariablePresent extends BaseRule {
  RequiredVariablePresent() {
    super("TS0001", "no dataset of a domain the engine has metadata for");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    for (VariableSpec v : scope.domain().get().variables()) {
      if (v.core() == Core.REQ && scope.column(v.name()) < 0 && !isApIdentifier(scope, v)) {
        scope.reportDataset(
            v.name(), "", "Required variable " + v.name() + " is missing from the dataset");
      }
    }
    return new DatasetCheck() {};
  }

  /** AP-- datasets identify the associated person by APID, not USUBJID (SDTMIG-AP 2.2). */
  static boolean isApIdentifier(DatasetScope scope, VariableSpec v) {
    return scope.name().startsWith("AP") && v.name().equals("USUBJID");
  }
}
