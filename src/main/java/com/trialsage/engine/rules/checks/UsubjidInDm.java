package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.Set;

/**
 * TS0008 (SD0064, CG0029): every USUBJID of a dataset other than DM is a subject of DM (SDTMIG
 * 5.2). AP-- datasets are about associated persons, not subjects, and are left out.
 */
final class UsubjidInDm extends RequiresDm {
  UsubjidInDm() {
    super("TS0008", "no dataset other than DM with USUBJID");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int usubjid = scope.column("USUBJID");
    if (usubjid < 0 || scope.name().equals("DM") || scope.name().startsWith("AP")) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    Set<String> subjects = scope.facts().dmUsubjids();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (!record.isMissing(usubjid) && !subjects.contains(record.text(usubjid))) {
          scope.report(record, "USUBJID", record.text(usubjid));
        }
      }
    };
  }
}
