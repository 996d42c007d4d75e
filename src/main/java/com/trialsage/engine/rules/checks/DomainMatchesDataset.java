package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;

/**
 * TS0006 (SD0004, CG0413): the dataset name begins with the DOMAIN value; a split dataset such as
 * QSPH keeps DOMAIN = QS (SDTMIG 4.1.7).
 */
final class DomainMatchesDataset extends BaseRule {
  DomainMatchesDataset() {
    super("TS0006", "no dataset with DOMAIN");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int domain = scope.column("DOMAIN");
    if (domain < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (!record.isMissing(domain)) {
          String value = record.text(domain);
          if (!scope.name().startsWith(value)) {
            scope.report(record, "DOMAIN", value);
          }
        }
      }
    };
  }
}
