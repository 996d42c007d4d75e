package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetScope;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds records sharing a key and reports each of them once: the first record of a key when the
 * second arrives, and every later one as it arrives. Holds one small entry per distinct key.
 */
final class UniqueKeys {
  private DatasetScope scope;
  private final String variable;
  private final Map<String, FirstRecord> firstByKey = new HashMap<>();

  UniqueKeys(DatasetScope scope, String variable) {
    this.scope = scope;
    this.variable = variable;
  }

  /**
   * Continues in another dataset of the same domain (a split dataset, SDTMIG 4.1.7): keys seen in
   * the earlier dataset still count, and its records are reported under its own name.
   */
  void continueIn(DatasetScope next) {
    this.scope = next;
  }

  /** Records the key of the record and reports the record if the key was seen before. */
  void add(String key, Record record, String value) {
    FirstRecord first = firstByKey.get(key);
    if (first == null) {
      firstByKey.put(key, new FirstRecord(scope, record.number(), scope.usubjid(record), value));
      return;
    }
    if (!first.reported) {
      first.scope.report(first.number, first.usubjid, variable, first.value);
      first.reported = true;
    }
    scope.report(record, variable, value);
  }

  private static final class FirstRecord {
    final DatasetScope scope;
    final long number;
    final String usubjid;
    final String value;
    boolean reported;

    FirstRecord(DatasetScope scope, long number, String usubjid, String value) {
      this.scope = scope;
      this.number = number;
      this.usubjid = usubjid;
      this.value = value;
    }
  }
}
