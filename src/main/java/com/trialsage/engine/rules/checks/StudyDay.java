package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Study days follow the algorithm of SDTMIG 4.4.4: the day of DM.RFSTDTC is day 1, the day before
 * it day -1, there is no day 0. TS0029 (SD0038, CG0006, FB1603) checks --DY against --DTC, as
 * CORE-000529 does; TS0039 checks --STDY against --STDTC and --ENDY against --ENDTC. A value is
 * compared only when the dates of both the observation and RFSTDTC are complete; a 0 is always
 * reported.
 */
final class StudyDay extends RequiresDm {
  private final String[][] pairs;

  private StudyDay(String id, String reason, String[][] pairs) {
    super(id, reason);
    this.pairs = pairs;
  }

  static StudyDay collectionDay() {
    return new StudyDay("TS0029", "no dataset with --DY and --DTC", new String[][] {{"DY", "DTC"}});
  }

  static StudyDay startAndEndDays() {
    return new StudyDay(
        "TS0039",
        "no dataset with --STDY and --STDTC or --ENDY and --ENDTC",
        new String[][] {{"STDY", "STDTC"}, {"ENDY", "ENDTC"}});
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int usubjid = scope.column("USUBJID");
    List<int[]> columns = new ArrayList<>();
    for (String[] pair : pairs) {
      int day = scope.prefixedColumn(pair[0]);
      int date = scope.prefixedColumn(pair[1]);
      if (day >= 0 && date >= 0 && scope.variable(day).type() == VariableType.NUM) {
        columns.add(new int[] {day, date});
      }
    }
    if (usubjid < 0 || columns.isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        for (int[] pair : columns) {
          check(scope, record, pair[0], pair[1], usubjid);
        }
      }
    };
  }

  private static void check(DatasetScope scope, Record record, int day, int date, int usubjid) {
    if (record.isMissing(day)) {
      return;
    }
    double actual = record.number(day);
    String name = scope.variableName(day);
    if (actual == 0) {
      scope.report(record, name, record.text(day), name + " is 0; study days skip 0");
      return;
    }
    Optional<Long> expected = expectedDay(scope, record.text(date), record.text(usubjid));
    if (expected.isPresent() && actual != expected.get()) {
      scope.report(
          record,
          name,
          record.text(day),
          name
              + " is "
              + record.text(day)
              + ", the study day of "
              + record.text(date)
              + " is "
              + expected.get());
    }
  }

  private static Optional<Long> expectedDay(DatasetScope scope, String date, String usubjid) {
    Optional<IsoDateTime> observed = IsoDateTime.parse(date).filter(IsoDateTime::hasCompleteDate);
    Optional<IsoDateTime> reference =
        scope
            .facts()
            .referenceStartDate(usubjid)
            .flatMap(IsoDateTime::parse)
            .filter(IsoDateTime::hasCompleteDate);
    if (observed.isEmpty() || reference.isEmpty()) {
      return Optional.empty();
    }
    long difference = observed.get().epochDay() - reference.get().epochDay();
    return Optional.of(difference >= 0 ? difference + 1 : difference);
  }
}
