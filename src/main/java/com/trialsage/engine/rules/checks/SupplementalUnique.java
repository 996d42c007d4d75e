package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.NumericText;

/**
 * TS0022 (SD0086, CG0411): a QNAM appears once per parent record, the parent being identified by
 * USUBJID, IDVAR and IDVARVAL, or by USUBJID alone for DM (SDTMIG 8.4.1).
 */
final class SupplementalUnique extends BaseRule {
  SupplementalUnique() {
    super("TS0022", "no SUPP-- dataset");
  }

  @Override
  public DatasetCheck check(DatasetScope scope) {
    int usubjid = scope.column("USUBJID");
    int qnam = scope.column("QNAM");
    if (!scope.isSupplemental() || usubjid < 0 || qnam < 0) {
      return DatasetCheck.NOT_APPLICABLE;
    }
    int rdomain = scope.column("RDOMAIN");
    int idvar = scope.column("IDVAR");
    int idvarval = scope.column("IDVARVAL");
    UniqueKeys keys = new UniqueKeys(scope, "QNAM");
    return new DatasetCheck() {
      @Override
      public void record(Record record) {
        String key =
            text(record, rdomain)
                + '\0'
                + record.text(usubjid)
                + '\0'
                + text(record, idvar)
                + '\0'
                + NumericText.canonical(text(record, idvarval))
                + '\0'
                + record.text(qnam);
        keys.add(key, record, record.text(qnam));
      }
    };
  }

  private static String text(Record record, int column) {
    return column < 0 ? "" : record.text(column);
  }
}
