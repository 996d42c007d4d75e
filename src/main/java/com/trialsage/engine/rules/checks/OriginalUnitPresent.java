package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.NumericText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TS0034 (SD0026): a numeric --ORRES comes with --ORRESU (SDTMIG 4.5.1). Many tests have no unit
 * (pH, ratios, scores), so a record is reported only when another record of the same --TESTCD has a
 * unit. The candidates are kept until the end of the dataset, at most {@link #CANDIDATES_PER_TEST}
 * per test, so memory is bounded by the number of tests.
 */
final class OriginalUnitPresent extends BaseRule {
  static final int CANDIDATES_PER_TEST = 1000;

  OriginalUnitPresent() {
    super("TS0034", "no dataset with --ORRES, --ORRESU and --TESTCD");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int orres = scope.prefixedColumn("ORRES");
    int orresu = scope.prefixedColumn("ORRESU");
    int testcd = scope.prefixedColumn("TESTCD");
    if (orres < 0 || orresu < 0 || testcd < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new Units(scope, orres, orresu, testcd);
  }

  private static final class Units implements DatasetCheck {
    private final DatasetScope scope;
    private final int orres;
    private final int orresu;
    private final int testcd;
    private final Set<String> testsWithUnits = new HashSet<>();
    private final Map<String, List<Candidate>> candidates = new HashMap<>();

    Units(DatasetScope scope, int orres, int orresu, int testcd) {
      this.scope = scope;
      this.orres = orres;
      this.orresu = orresu;
      this.testcd = testcd;
    }

    @Override
    public void record(Record record) {
      String test = record.text(testcd);
      if (!record.isMissing(orresu)) {
        testsWithUnits.add(test);
        return;
      }
      if (record.isMissing(orres) || !NumericText.isDecimal(record.text(orres))) {
        return;
      }
      List<Candidate> list = candidates.computeIfAbsent(test, k -> new ArrayList<>());
      if (list.size() < CANDIDATES_PER_TEST) {
        list.add(new Candidate(record.number(), scope.usubjid(record), record.text(orres)));
      }
    }

    @Override
    public void end() {
      String variable = scope.variableName(orresu);
      candidates.forEach(
          (test, list) -> {
            if (testsWithUnits.contains(test)) {
              for (Candidate c : list) {
                scope.report(c.number(), c.usubjid(), variable, "");
              }
            }
          });
    }
  }

  private record Candidate(long number, String usubjid, String orres) {}
}
