package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.ArrayList;
import java.util.List;

/**
 * AESER agrees with the seriousness criteria (SDTMIG 6.2.1, AE assumption 5): TS0030 (CG0041) a
 * criterion of Y needs AESER = Y; TS0031 (CG0042) when no criterion present is Y, AESER = N. Only
 * the criteria the dataset has count; TS0031 needs at least one of them.
 */
final class Seriousness extends BaseRule {
  private static final String[] CRITERIA = {
    "AESCAN", "AESCONG", "AESDISAB", "AESDTH", "AESHOSP", "AESLIFE", "AESOD", "AESMIE"
  };

  private final boolean criterionSet;

  private Seriousness(String id, boolean criterionSet) {
    super(id, "dataset AE with AESER and seriousness criteria not present");
    this.criterionSet = criterionSet;
  }

  static Seriousness seriousWhenCriterion() {
    return new Seriousness("TS0030", true);
  }

  static Seriousness notSeriousWithoutCriterion() {
    return new Seriousness("TS0031", false);
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int aeser = scope.column("AESER");
    int[] criteria = criteriaColumns(scope);
    if (!scope.name().equals("AE") || aeser < 0 || criteria.length == 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    String expected = criterionSet ? "Y" : "N";
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (anyCriterionIsY(record, criteria) == criterionSet
            && !expected.equals(record.text(aeser))) {
          scope.report(record, "AESER", record.text(aeser));
        }
      }
    };
  }

  private static int[] criteriaColumns(DatasetScope scope) {
    List<Integer> columns = new ArrayList<>();
    for (String name : CRITERIA) {
      int column = scope.column(name);
      if (column >= 0) {
        columns.add(column);
      }
    }
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean anyCriterionIsY(Record record, int[] criteria) {
    for (int column : criteria) {
      if ("Y".equals(record.text(column))) {
        return true;
      }
    }
    return false;
  }
}
