package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.StudyScope;
import java.util.Optional;
import java.util.Set;

/**
 * TS0009 (CG0409): every record of every dataset carries the STUDYID of DM (SDTMIG 4.1.2.1); an
 * empty STUDYID does not match.
 */
final class StudyidMatchesDm extends BaseRule {
  StudyidMatchesDm() {
    super("TS0009", "no dataset other than DM with STUDYID");
  }

  @Override
  public Optional<String> unavailableReason(StudyScope study) {
    return study.facts().hasDataset("DM")
        ? Optional.empty()
        : Optional.of("dataset DM not present");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int studyid = scope.column("STUDYID");
    if (studyid < 0 || scope.name().equals("DM")) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    Set<String> studies = scope.facts().dmStudyids();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        String value = record.text(studyid);
        if (!studies.contains(value)) {
          scope.report(record, "STUDYID", value);
        }
      }
    };
  }
}
