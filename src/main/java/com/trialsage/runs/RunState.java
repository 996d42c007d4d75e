package com.trialsage.runs;

/** QUEUED → RUNNING → SUCCEEDED or FAILED; a reaped run goes back to QUEUED. */
public enum RunState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED;
  }
}
