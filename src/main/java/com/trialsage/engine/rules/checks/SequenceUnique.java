package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.NumericText;

/**
 * TS0007 (SD0005): --SEQ is unique per subject within a domain (SDTMIG 4.1.2.2); records without a
 * USUBJID are keyed by POOLID (SDTMIG 8.3) or, in device domains, SPDEVID (SDTMIG-MD). TS is left
 * out: TSSEQ numbers the values of one parameter.
 */
final class SequenceUnique extends BaseRule {
  SequenceUnique() {
    super("TS0007", "no dataset with --SEQ");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int seq = scope.prefixedColumn("SEQ");
    if (seq < 0 || scope.name().equals("TS")) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int[] identifiers = {scope.column("USUBJID"), scope.column("POOLID"), scope.column("SPDEVID")};
    UniqueKeys keys = new UniqueKeys(scope, scope.variableName(seq));
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(seq)) {
          return;
        }
        for (int i = 0; i < identifiers.length; i++) {
          int column = identifiers[i];
          if (column >= 0 && !record.isMissing(column)) {
            String value = record.text(seq);
            keys.add(
                i + "\0" + record.text(column) + "\0" + NumericText.canonical(value),
                record,
                value);
            return;
          }
        }
      }
    };
  }
}
