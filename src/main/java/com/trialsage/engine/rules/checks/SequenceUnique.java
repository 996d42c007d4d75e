package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/**
 * TS0007 (SD0005): --SEQ is unique per subject within a domain (SDTMIG 4.1.2.2), across the
 * datasets a domain is split into (SDTMIG 4.1.7: LBAE and LBDS are both LB); records without a
 * USUBJID are keyed by POOLID (SDTMIG 8.3) or, in device domains, SPDEVID (SDTMIG-MD). TS is left
 * out: TSSEQ numbers the values of one parameter.
 *
 * <p>The run reads datasets in name order, so the datasets of one domain come one after another;
 * the keys of a domain are dropped when the next domain starts.
 */
final class SequenceUnique extends BaseRule {
  private String currentDomain = "";
  private SequenceKeys keys;

  SequenceUnique() {
    super("TS0007", "no dataset with --SEQ");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int seq = scope.prefixedColumn("SEQ");
    if (seq < 0 || scope.name().equals("TS")) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    String domain = scope.name().startsWith("AP") ? scope.name() : scope.prefix();
    if (keys == null || !domain.equals(currentDomain)) {
      currentDomain = domain;
      keys = new SequenceKeys(scope, scope.variableName(seq));
    } else {
      keys.continueIn(scope);
    }
    SequenceKeys domainKeys = keys;
    boolean numericSeq = scope.variable(seq).type() == VariableType.NUM;
    int[] identifiers = {scope.column("USUBJID"), scope.column("POOLID"), scope.column("SPDEVID")};
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(seq)) {
          return;
        }
        for (int i = 0; i < identifiers.length; i++) {
          int column = identifiers[i];
          if (column >= 0 && !record.isMissing(column)) {
            domainKeys.add(i, record.text(column), record, sequenceOf(record), record.text(seq));
            return;
          }
        }
      }

      private double sequenceOf(Record record) {
        if (numericSeq) {
          return record.number(seq);
        }
        try {
          return Double.parseDouble(record.text(seq));
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
      }
    };
  }
}
