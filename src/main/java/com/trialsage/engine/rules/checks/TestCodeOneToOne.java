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
 * --TESTCD. In QS, FT and RS the test codes belong to an instrument, named by --CAT, and two
 * instruments may share a code (the SDTMIG QS assumptions make QSTESTCD unique within QSCAT), so
 * there the pairs are compared within each --CAT.
 *
 * <p>Holds the distinct (category, code, name) triples and, per triple, the numbers of at most
 * {@link #RECORDS_PER_PAIR} records to report, so memory is bounded by the number of tests.
 */
final class TestCodeOneToOne extends BaseRule {
  static final int RECORDS_PER_PAIR = 1000;
  private static final Set<String> INSTRUMENT_DOMAINS = Set.of("QS", "FT", "RS");

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
    int category = INSTRUMENT_DOMAINS.contains(scope.prefix()) ? scope.prefixedColumn("CAT") : -1;
    return new Pairs(scope, code, name, category);
  }

  private static final class Pairs implements DatasetCheck {
    private final DatasetScope scope;
    private final int code;
    private final int name;
    private final int category;

    /** category → code → name → records. */
    private final Map<String, Map<String, Map<String, List<Occurrence>>>> records =
        new LinkedHashMap<>();

    Pairs(DatasetScope scope, int code, int name, int category) {
      this.scope = scope;
      this.code = code;
      this.name = name;
      this.category = category;
    }

    @Override
    public void record(Record record) {
      if (record.isMissing(code) || record.isMissing(name)) {
        return;
      }
      String group = category < 0 ? "" : record.text(category);
      List<Occurrence> list =
          records
              .computeIfAbsent(group, k -> new LinkedHashMap<>())
              .computeIfAbsent(record.text(code), k -> new LinkedHashMap<>())
              .computeIfAbsent(record.text(name), k -> new ArrayList<>());
      if (list.size() < RECORDS_PER_PAIR) {
        list.add(new Occurrence(record.number(), scope.usubjid(record)));
      }
    }

    @Override
    public void end() {
      records.values().forEach(this::reportGroup);
    }

    private void reportGroup(Map<String, Map<String, List<Occurrence>>> namesByCode) {
      Map<String, Set<String>> codesByName = new HashMap<>();
      namesByCode.forEach(
          (c, names) ->
              names
                  .keySet()
                  .forEach(n -> codesByName.computeIfAbsent(n, k -> new HashSet<>()).add(c)));
      namesByCode.forEach(
          (c, names) ->
              names.forEach(
                  (n, occurrences) -> {
                    if (names.size() > 1 || codesByName.get(n).size() > 1) {
                      for (Occurrence o : occurrences) {
                        scope.report(o.number(), o.usubjid(), scope.variableName(code), c);
                      }
                    }
                  }));
    }
  }

  private record Occurrence(long number, String usubjid) {}
}
