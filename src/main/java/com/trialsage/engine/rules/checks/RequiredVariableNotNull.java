package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.standard.Core;
import com.trialsage.engine.standard.VariableSpec;
import java.util.ArrayList;
import java.util.List;

/** TS0002 (SD0002): a Req variable is never null (SDTMIG 4.1.5). */
final class RequiredVariableNotNull extends BaseRule {
  RequiredVariableNotNull() {
    super("TS0002", "no dataset of a domain the engine has metadata for");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    if (scope.domain().isEmpty()) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    List<Integer> columns = new ArrayList<>();
    for (VariableSpec v : scope.domain().get().variables()) {
      int column = scope.column(v.name());
      if (v.core() == Core.REQ && column >= 0) {
        columns.add(column);
      }
    }
    int[] required = columns.stream().mapToInt(Integer::intValue).toArray();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        for (int column : required) {
          if (record.isMissing(column)) {
            String name = scope.variableName(column);
            scope.report(record, name, "", "Required variable " + name + " is null");
          }
        }
      }
    };
  }
}
