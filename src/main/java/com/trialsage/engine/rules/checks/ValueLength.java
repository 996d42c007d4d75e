package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TS0015: a character value is at most 200 bytes, the SAS XPORT v5 limit (SDTMIG 4.2.1). Only
 * columns whose declared length is 0 (undeclared) or over 200 can break it, so XPORT datasets cost
 * nothing; Dataset-JSON columns are measured in UTF-8.
 */
final class ValueLength extends BaseRule {
  private static final int MAX_BYTES = 200;

  /** A UTF-16 char is at most 3 UTF-8 bytes, so up to 66 chars cannot exceed 200 bytes. */
  private static final int SAFE_CHARS = MAX_BYTES / 3;

  ValueLength() {
    super("TS0015", "no character column declared longer than 200 or without a length");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    List<Integer> columns = new ArrayList<>();
    for (Variable v : scope.metadata().variables()) {
      if (v.type() == VariableType.CHAR && (v.length() == 0 || v.length() > MAX_BYTES)) {
        columns.add(v.position());
      }
    }
    if (columns.isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int[] candidates = columns.stream().mapToInt(Integer::intValue).toArray();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        for (int column : candidates) {
          String text = record.text(column);
          if (text.length() > SAFE_CHARS && utf8Length(text) > MAX_BYTES) {
            scope.report(record, scope.variableName(column), text);
          }
        }
      }
    };
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
