package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.StudyFacts;
import java.util.Locale;
import java.util.Optional;

/**
 * TS0023 (SD0075, CG0371): in SUPP--, RELREC and CO, a populated IDVAR/IDVARVAL points at a record
 * of the same subject in the RDOMAIN dataset (SDTMIG 8.2.1, 8.4.1). The run reads these datasets
 * last, so the parent keys are known. Not checked when the RDOMAIN dataset is absent (TS0024
 * reports that), or when IDVAR is a variable whose values the run does not gather (keys are kept
 * for --SEQ, --GRPID, --REFID, --SPID, --LNKID and --LNKGRP).
 */
final class ParentRecordExists extends BaseRule {
  ParentRecordExists() {
    super("TS0023", "no SUPP--, RELREC or CO dataset with RDOMAIN, IDVAR and IDVARVAL");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int rdomain = scope.column("RDOMAIN");
    int idvar = scope.column("IDVAR");
    int idvarval = scope.column("IDVARVAL");
    int usubjid = scope.column("USUBJID");
    boolean relationship =
        scope.isSupplemental() || scope.name().equals("RELREC") || scope.name().equals("CO");
    if (!relationship || rdomain < 0 || idvar < 0 || idvarval < 0 || usubjid < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    StudyFacts facts = scope.facts();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(idvar) || record.isMissing(idvarval) || record.isMissing(rdomain)) {
          return;
        }
        String parent = record.text(rdomain).toUpperCase(Locale.ROOT);
        String variable = record.text(idvar).toUpperCase(Locale.ROOT);
        if (!facts.wasRead(parent)) {
          return;
        }
        String value = record.text(idvarval);
        if (!facts.hasVariable(parent, variable)) {
          scope.report(record, "IDVAR", variable, "IDVAR " + variable + " is not in " + parent);
          return;
        }
        Optional<Boolean> found = facts.hasParentKey(parent, variable, record.text(usubjid), value);
        if (found.isPresent() && !found.get()) {
          scope.report(
              record,
              "IDVARVAL",
              value,
              "No " + parent + " record of the subject has " + variable + " = " + value);
        }
      }
    };
  }
}
