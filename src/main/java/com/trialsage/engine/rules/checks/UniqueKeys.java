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
  private final DatasetScope scope;
  private final String variable;
  private final Map<String, FirstRecord> firstByKey = new HashMap<>();

  UniqueKeys(DatasetScope scope, String variable) {
    this.scope = scope;
    this.variable = variable;
  }

  /** Records the key of the record and reports the record if the key was seen before. */
  void add(String key, Record record, String value) {
    FirstRecord first = firstByKey.get(key);
    if (first == null) {
      firstByKey.put(key, new FirstRecord(record.number(), scope.usubjid(record), value));
      return;
    }
    if (!first.reported) {
      scope.report(first.number, first.usubjid, variable, first.value);
      first.reported = true;
    }
    scope.report(record, variable, value);
  }

  private static final class FirstRecord {
    final long number;
    final String usubjid;
    final String value;
    boolean reported;

    FirstRecord(long number, String usubjid, String value) {
      this.number = number;
      this.usubjid = usubjid;
      this.value = value;
    }
  }
}
