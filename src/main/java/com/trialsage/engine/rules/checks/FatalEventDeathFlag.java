package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/**
 * TS0032 (CG0134, FB0603): a subject with an adverse event of outcome FATAL has DM.DTHFL = Y
 * (SDTMIG 5.2 DM assumption on death, 6.2.1). Reported on the AE record.
 */
final class FatalEventDeathFlag extends RequiresDm {
  FatalEventDeathFlag() {
    super("TS0032", "dataset AE with AEOUT not present");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int aeout = scope.column("AEOUT");
    int usubjid = scope.column("USUBJID");
    if (!scope.name().equals("AE") || aeout < 0 || usubjid < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if ("FATAL".equals(record.text(aeout)) && !scope.facts().isDeceased(record.text(usubjid))) {
          scope.report(record, "AEOUT", "FATAL");
        }
      }
    };
  }
}
