package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.regex.Pattern;

/**
 * TS0033 (FB3102): a numeric --STRESC is copied to --STRESN (SDTMIG 4.5.1: numeric results in
 * standard units go to both); a dataset without --STRESN breaks it on every numeric --STRESC.
 */
final class StandardResultNumeric extends BaseRule {
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");

  StandardResultNumeric() {
    super("TS0033", "no dataset with --STRESC");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int stresc = scope.prefixedColumn("STRESC");
    int stresn = scope.prefixedColumn("STRESN");
    if (stresc < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    String variable = scope.variableName(stresn < 0 ? stresc : stresn);
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(stresc)) {
          return;
        }
        String character = record.text(stresc);
        if (!NUMBER.matcher(character).matches()) {
          return;
        }
        if (stresn < 0) {
          scope.report(record, variable, character);
        } else if (record.isMissing(stresn) || !sameNumber(character, numberIn(record, stresn))) {
          scope.report(record, variable, record.text(stresn));
        }
      }
    };
  }

  /** The value of --STRESN, also when a sponsor declared it as a character column. */
  private static double numberIn(Record record, int column) {
    try {
      return Double.parseDouble(record.text(column));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * Equal within a relative 1e-9: XPORT stores --STRESN as IBM/370 floating point, which does not
   * always read back to the exact decimal of --STRESC.
   */
  private static boolean sameNumber(String character, double numeric) {
    double expected = Double.parseDouble(character);
    return Math.abs(expected - numeric) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
}
