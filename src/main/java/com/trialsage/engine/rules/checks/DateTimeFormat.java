package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TS0005 (SD0003): every --DTC-type value (RFSTDTC, BRTHDTC, --DTC, --STDTC, --ENDTC, --RFTDTC, any
 * character variable whose name ends in DTC) is ISO 8601 in the extended format (SDTMIG 4.4.2),
 * including partial dates and intervals.
 */
final class DateTimeFormat extends BaseRule {
  DateTimeFormat() {
    super("TS0005", "no character variable ending in DTC");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    List<Integer> columns = new ArrayList<>();
    for (Variable v : scope.metadata().variables()) {
      if (v.type() == VariableType.CHAR && v.name().toUpperCase(Locale.ROOT).endsWith("DTC")) {
        columns.add(v.position());
      }
    }
    if (columns.isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int[] dateColumns = columns.stream().mapToInt(Integer::intValue).toArray();
    // Dates repeat from record to record (a visit's date, a subject's reference date): the last
    // valid value of each column is remembered so it is not parsed again.
    String[] lastValid = new String[dateColumns.length];
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        for (int i = 0; i < dateColumns.length; i++) {
          int column = dateColumns[i];
          if (record.isMissing(column)) {
            continue;
          }
          String value = record.text(column);
          if (value.equals(lastValid[i])) {
            continue;
          }
          if (IsoDateTime.isValid(value)) {
            lastValid[i] = value;
          } else {
            scope.report(record, scope.variableName(column), value);
          }
        }
      }
    };
  }
}
