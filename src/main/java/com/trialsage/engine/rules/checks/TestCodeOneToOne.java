package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TS0019 (CT2003, FB0901): within a dataset each --TESTCD has one --TEST and each --TEST one
 * --TESTCD. Holds the distinct (code, name) pairs and, per pair, the numbers of at most {@link
 * #RECORDS_PER_PAIR} records to report, so memory is bounded by the number of tests.
 */
final class TestCodeOneToOne extends BaseRule {
  static final int RECORDS_PER_PAIR = 1000;

  TestCodeOneToOne() {
    super("TS0019", "no dataset with both --TESTCD and --TEST");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int code = scope.prefixedColumn("TESTCD");
    int name = scope.prefixedColumn("TEST");
    if (code < 0 || name < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new Pairs(scope, code, name);
  }

  private static final class Pairs implements DatasetCheck {
    private final DatasetScope scope;
    private final int code;
    private final int name;
    private final Map<List<String>, List<Occurrence>> records = new LinkedHashMap<>();

    Pairs(DatasetScope scope, int code, int name) {
      this.scope = scope;
      this.code = code;
      this.name = name;
    }

    @Override
    public void record(Record record) {
      if (record.isMissing(code) || record.isMissing(name)) {
        return;
      }
      List<Occurrence> list =
          records.computeIfAbsent(
              List.of(record.text(code), record.text(name)), k -> new ArrayList<>());
      if (list.size() < RECORDS_PER_PAIR) {
        list.add(new Occurrence(record.number(), scope.usubjid(record)));
      }
    }

    @Override
    public void end() {
      Map<String, Set<String>> namesByCode = new HashMap<>();
      Map<String, Set<String>> codesByName = new HashMap<>();
      for (List<String> pair : records.keySet()) {
        namesByCode.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
        codesByName.computeIfAbsent(pair.get(1), k -> new HashSet<>()).add(pair.get(0));
      }
      records.forEach(
          (pair, occurrences) -> {
            if (namesByCode.get(pair.get(0)).size() > 1
                || codesByName.get(pair.get(1)).size() > 1) {
              for (Occurrence o : occurrences) {
                scope.report(o.number(), o.usubjid(), scope.variableName(code), pair.get(0));
              }
            }
          });
    }
  }

  private record Occurrence(long number, String usubjid) {}
}
