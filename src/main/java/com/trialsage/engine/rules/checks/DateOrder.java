package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.Optional;

/**
 * Two dates of one record in time order, compared on the precision both share (so {@code 2018-05}
 * is not before {@code 2018-05-08}): TS0028 (SD0013) --STDTC not after --ENDTC; TS0038
 * (CORE-000653) --ENDTC not before --DTC. Invalid dates are left to TS0005.
 *
 * <p>TS0038 applies to the Findings classes only: there --DTC is when the observation started (e.g.
 * the start of a timed specimen collection, SDTMIG 4.4.8). In Events and Interventions --DTC is the
 * date the data were collected, often a visit after the event ended, so comparing it with --ENDTC
 * would raise false positives. Datasets of domains the engine has no metadata for are checked only
 * when they have no --STDTC, the mark of a Findings dataset.
 */
final class DateOrder extends BaseRule {
  private final String earlierSuffix;
  private final String laterSuffix;
  private final boolean reportLater;

  private DateOrder(String id, String earlierSuffix, String laterSuffix, boolean reportLater) {
    super(
        id,
        "no "
            + (reportLater ? "Findings " : "")
            + "dataset with both --"
            + earlierSuffix
            + " and --"
            + laterSuffix);
    this.earlierSuffix = earlierSuffix;
    this.laterSuffix = laterSuffix;
    this.reportLater = reportLater;
  }

  static DateOrder startNotAfterEnd() {
    return new DateOrder("TS0028", "STDTC", "ENDTC", false);
  }

  static DateOrder endNotBeforeCollection() {
    return new DateOrder("TS0038", "DTC", "ENDTC", true);
  }

  private static boolean isFindings(DatasetScope scope) {
    return scope
        .domain()
        .map(d -> d.observationClass().name().startsWith("FINDINGS"))
        .orElse(scope.prefixedColumn("STDTC") < 0);
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int earlier = scope.prefixedColumn(earlierSuffix);
    int later = scope.prefixedColumn(laterSuffix);
    if (earlier < 0 || later < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    if (reportLater && !isFindings(scope)) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int reported = reportLater ? later : earlier;
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(earlier) || record.isMissing(later)) {
          return;
        }
        Optional<IsoDateTime> first = IsoDateTime.parse(record.text(earlier));
        Optional<IsoDateTime> second = IsoDateTime.parse(record.text(later));
        if (first.isPresent()
            && second.isPresent()
            && first.get().compareOnCommonPrecision(second.get()) > 0) {
          scope.report(record, scope.variableName(reported), record.text(reported));
        }
      }
    };
  }
}
