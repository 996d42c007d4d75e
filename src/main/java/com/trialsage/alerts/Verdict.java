package com.trialsage.alerts;

/** What a receiver's HTTP status means for the delivery. */
enum Verdict {
  DELIVERED,
  RETRY,
  REJECTED;

  /**
   * 2xx delivered (PagerDuty answers 202, Slack 200); 429 and 5xx are worth another try; anything
   * else (a 4xx, or a redirect, which the client does not follow) will not get better by itself.
   */
  static Verdict of(int status) {
    if (status >= 200 && status < 300) {
      return DELIVERED;
    }
    if (status == 429 || (status >= 500 && status < 600)) {
      return RETRY;
    }
    return REJECTED;
  }
}
