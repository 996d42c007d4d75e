package com.trialsage.engine.run;

/** Two input files hold a dataset of the same name; the run cannot tell which one to check. */
public final class DuplicateDatasetException extends Exception {
  public DuplicateDatasetException(String dataset, String firstSource, String secondSource) {
    super(
        "dataset "
            + dataset
            + " is in both "
            + firstSource
            + " and "
            + secondSource
            + "; give each dataset once");
  }
}
