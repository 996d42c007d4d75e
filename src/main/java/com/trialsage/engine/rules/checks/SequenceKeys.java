package com.trialsage.engine.rules.checks;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The --SEQ values seen per identifier (USUBJID, POOLID or SPDEVID) of one domain, kept in two
 * primitive arrays: 16 bytes per record instead of a string key and an object, since this is the
 * one key set that grows with the records of a dataset. Whole-number --SEQ values up to 2^31 are
 * stored this way; any other value goes through {@link UniqueKeys}.
 */
final class SequenceKeys {
  private static final long RECORD_BITS = 0xFF_FFFF_FFFFL;
  private static final int DATASET_SHIFT = 40;
  private static final long REPORTED = 1L << 62;

  private final String variable;
  private final UniqueKeys fallback;
  private final Map<String, Integer> identifierIds = new HashMap<>();
  private final List<String> subjects = new ArrayList<>();
  private final List<DatasetScope> datasets = new ArrayList<>();
  private long[] keys = new long[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  SequenceKeys(DatasetScope scope, String variable) {
    this.variable = variable;
    this.fallback = new UniqueKeys(scope, variable);
    datasets.add(scope);
  }

  /** Continues in the next dataset of a split domain (SDTMIG 4.1.7). */
  void continueIn(DatasetScope scope) {
    datasets.add(scope);
    fallback.continueIn(scope);
  }

  /**
   * Adds the record's --SEQ under its identifier and reports it, and the first record with the same
   * key, when the key was seen before.
   *
   * @param kind which identifier: 0 USUBJID, 1 POOLID, 2 SPDEVID
   */
  void add(int kind, String identifier, Record record, double seq, String seqText) {
    if (seq != Math.rint(seq) || seq < 0 || seq > Integer.MAX_VALUE) {
      fallback.add(kind + "\0" + identifier + "\0" + seqText, record, seqText);
      return;
    }
    long key = ((long) identifierId(kind, identifier) << 32) | (long) seq;
    int slot = slotOf(key);
    if (values[slot] == 0) {
      keys[slot] = key;
      values[slot] = record.number() | ((long) (datasets.size() - 1) << DATASET_SHIFT);
      if (++size * 2 > keys.length) {
        grow();
      }
      return;
    }
    reportFirst(slot, seqText);
    current().report(record, variable, seqText);
  }

  private void reportFirst(int slot, String seqText) {
    long value = values[slot];
    if ((value & REPORTED) != 0) {
      return;
    }
    DatasetScope first = datasets.get((int) ((value & ~REPORTED) >>> DATASET_SHIFT));
    String subject = subjects.get((int) (keys[slot] >>> 32));
    first.report(value & RECORD_BITS, subject, variable, seqText);
    values[slot] = value | REPORTED;
  }

  private DatasetScope current() {
    return datasets.get(datasets.size() - 1);
  }

  private int identifierId(int kind, String identifier) {
    Integer id = identifierIds.get(kind + "\0" + identifier);
    if (id == null) {
      id = subjects.size();
      identifierIds.put(kind + "\0" + identifier, id);
      subjects.add(kind == 0 ? identifier : "");
    }
    return id;
  }

  /** The slot holding the key, or the empty slot where it belongs (linear probing). */
  private int slotOf(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (values[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldValues.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != 0) {
        int slot = slotOf(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }
}
