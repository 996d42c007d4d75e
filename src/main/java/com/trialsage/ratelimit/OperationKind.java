package com.trialsage.ratelimit;

import java.util.Locale;

/** Kinds of operation that are limited separately, each with its own requests-per-minute. */
public enum OperationKind {
  /** Reading metadata, findings and reports. */
  READ(600),
  /** Uploading datasets. */
  UPLOAD(60),
  /** Starting, cancelling or retrying validation runs. */
  RUN(30);

  private final int defaultPerMinute;

  OperationKind(int defaultPerMinute) {
    this.defaultPerMinute = defaultPerMinute;
  }

  public int defaultPerMinute() {
    return defaultPerMinute;
  }

  /** The configuration key of this operation's limit, e.g. {@code trialsage.ratelimit.upload}. */
  public String configKey() {
    return "trialsage.ratelimit." + name().toLowerCase(Locale.ROOT) + ".per-minute";
  }
}
