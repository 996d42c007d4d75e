package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.regex.Pattern;

/**
 * Codes that become variable names elsewhere follow the SAS naming rules: TS0020 --TESTCD (SDTMIG
 * 4.5.3.1, CG0372) and TS0021 QNAM, upper case only (SDTMIG 8.4.1, CG0417).
 */
final class ValueFormat extends BaseRule {
  private static final Pattern TESTCD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,7}");
  private static final Pattern QNAM = Pattern.compile("[A-Z_][A-Z0-9_]{0,7}");

  private final boolean qnam;
  private final Pattern pattern;

  private ValueFormat(String id, String reason, boolean qnam, Pattern pattern) {
    super(id, reason);
    this.qnam = qnam;
    this.pattern = pattern;
  }

  static ValueFormat testcd() {
    return new ValueFormat("TS0020", "no dataset with --TESTCD", false, TESTCD);
  }

  static ValueFormat qnam() {
    return new ValueFormat("TS0021", "no SUPP-- dataset with QNAM", true, QNAM);
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int column = qnam ? scope.column("QNAM") : scope.prefixedColumn("TESTCD");
    if (column < 0 || (qnam && !scope.isSupplemental())) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    String variable = scope.variableName(column);
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (!record.isMissing(column)) {
          String value = record.text(column);
          if (!pattern.matcher(value).matches()) {
            scope.report(record, variable, value);
          }
        }
      }
    };
  }
}
