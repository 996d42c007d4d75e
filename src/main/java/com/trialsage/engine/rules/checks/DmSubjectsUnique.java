package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/** DM has one record per subject (SDTMIG 5.2): TS0010 USUBJID and TS0011 SUBJID are unique. */
final class DmSubjectsUnique extends BaseRule {
  private final String variable;

  private DmSubjectsUnique(String id, String variable) {
    super(id, "dataset DM not present or without " + variable);
    this.variable = variable;
  }

  static DmSubjectsUnique usubjid() {
    return new DmSubjectsUnique("TS0010", "USUBJID");
  }

  static DmSubjectsUnique subjid() {
    return new DmSubjectsUnique("TS0011", "SUBJID");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int column = scope.column(variable);
    if (!scope.name().equals("DM") || column < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int studyid = scope.column("STUDYID");
    UniqueKeys keys = new UniqueKeys(scope, variable);
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (!record.isMissing(column)) {
          String value = record.text(column);
          String study = studyid < 0 ? "" : record.text(studyid);
          keys.add(study + "\0" + value, record, value);
        }
      }
    };
  }
}
