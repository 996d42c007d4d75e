package com.trialsage.ops.conditions;

/**
 * Requests answered in a window, and how many of them with a 5xx status.
 *
 * @param requests every request answered
 * @param serverErrors those answered 500 to 599
 */
public record RequestCounts(long requests, long serverErrors) {

  public RequestCounts {
    if (requests < 0 || serverErrors < 0 || serverErrors > requests) {
      throw new IllegalArgumentException(
          "counts must satisfy 0 <= serverErrors <= requests, were "
              + serverErrors
              + " of "
              + requests);
    }
  }

  /** The 5xx share in percent, 0 without requests. */
  public double serverErrorPercent() {
    return requests == 0 ? 0 : 100.0 * serverErrors / requests;
  }
}
