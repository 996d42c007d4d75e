package com.trialsage.runs;

import java.util.Locale;

/** How an engine call ended: the bounded {@code kind} label of {@code engine_exits_total}. */
enum EngineExit {
  OK,
  INPUT_REJECTED,
  CANCELLED,
  TIMEOUT,
  ENGINE_ERROR,
  UNREADABLE_OUTPUT;

  /** The exit an engine failure counts as; a reason no engine call raises counts as an error. */
  static EngineExit of(FailureReason reason) {
    return switch (reason) {
      case TIMEOUT -> TIMEOUT;
      case UNREADABLE_OUTPUT -> UNREADABLE_OUTPUT;
      default -> ENGINE_ERROR;
    };
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
