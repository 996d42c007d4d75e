package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * TS0024 (SD0072, CG0373): the RDOMAIN of a SUPP-- dataset names a dataset of the study (SDTMIG
 * 8.4.1). Reported once per dataset and missing domain.
 */
final class RelatedDomainExists extends BaseRule {
  RelatedDomainExists() {
    super("TS0024", "no SUPP-- dataset with RDOMAIN");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int rdomain = scope.column("RDOMAIN");
    if (!scope.isSupplemental() || rdomain < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    Set<String> reported = new HashSet<>();
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        if (record.isMissing(rdomain)) {
          return;
        }
        String value = record.text(rdomain);
        String name = value.toUpperCase(Locale.ROOT);
        if (!scope.facts().hasDataset(name) && reported.add(name)) {
          scope.reportDataset(
              "RDOMAIN", value, "RDOMAIN " + value + " is not a dataset of the study");
        }
      }
    };
  }
}
