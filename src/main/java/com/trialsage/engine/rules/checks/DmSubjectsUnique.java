package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/** DM has one record per subject (SDTMIG 5.2): TS0010 USUBJID and TS0011 SUBJID are unique. */
final class DmSubjectsUnique extends BaseRule {
  private final String variable;
  private final boolean perStudy;

  private DmSubjectsUnique(String id, String variable, boolean perStudy) {
    super(id, "dataset DM not present or without " + variable);
    this.variable = variable;
    this.perStudy = perStudy;
  }

  /** USUBJID identifies a subject across all studies of a submission (CG0151). */
  static DmSubjectsUnique usubjid() {
    return new DmSubjectsUnique("TS0010", "USUBJID", false);
  }

  /** SUBJID identifies a subject within its study (CG0150). */
  static DmSubjectsUnique subjid() {
    return new DmSubjectsUnique("TS0011", "SUBJID", true);
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
          String study = studyid < 0 || !perStudy ? "" : record.text(studyid);
          keys.add(study + "\0" + value, record, value);
        }
      }
    };
  }
}
