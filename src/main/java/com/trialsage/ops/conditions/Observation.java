package com.trialsage.ops.conditions;

/** What one evaluation says of a condition. */
enum Observation {
  HOLDS,
  CLEAR,
  /** Cannot tell now (storage unreadable, capacity unknown): the alert stays as it was. */
  UNKNOWN;

  static Observation of(boolean holds) {
    return holds ? HOLDS : CLEAR;
  }
}
