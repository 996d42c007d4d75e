package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.RuleReporter;
import com.trialsage.engine.rules.StudyScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TS0009 (CG0409): every record of every dataset carries the STUDYID of DM (SDTMIG 4.1.2.1); an
 * empty STUDYID does not match.
 *
 * <p>The trial design datasets are read before DM (DM refers to TA's arms), so their STUDYIDs are
 * held back, per distinct value and at most {@link #HELD_PER_VALUE} records each, and decided after
 * the run.
 */
final class StudyidMatchesDm extends RequiresDm {
  static final int HELD_PER_VALUE = 1000;

  private final Map<String, List<Held>> heldByValue = new LinkedHashMap<>();

  StudyidMatchesDm() {
    super("TS0009", "no dataset other than DM with STUDYID");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int studyid = scope.column("STUDYID");
    if (studyid < 0 || scope.name().equals("DM")) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    if (!scope.facts().wasRead("DM")) {
      return holdBack(scope, studyid);
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

  private DatasetCheck holdBack(DatasetScope scope, int studyid) {
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        List<Held> held = heldByValue.computeIfAbsent(record.text(studyid), k -> new ArrayList<>());
        if (held.size() < HELD_PER_VALUE) {
          held.add(new Held(scope.name(), record.number(), scope.usubjid(record)));
        }
      }
    };
  }

  @Override
  public void finish(StudyScope study, RuleReporter reporter) {
    Set<String> studies = study.facts().dmStudyids();
    heldByValue.forEach(
        (value, held) -> {
          if (!studies.contains(value)) {
            for (Held h : held) {
              reporter.report(h.dataset(), h.number(), h.usubjid(), "STUDYID", value);
            }
          }
        });
  }

  private record Held(String dataset, long number, String usubjid) {}
}
