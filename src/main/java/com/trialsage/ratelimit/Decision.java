package com.trialsage.ratelimit;

/**
 * The outcome of counting one request.
 *
 * @param allowed whether the request is within the limit
 * @param limit requests allowed per window
 * @param remaining requests still allowed in this window after this one
 * @param resetSeconds seconds until the window ends
 */
public record Decision(
    OperationKind operation, boolean allowed, int limit, int remaining, long resetSeconds) {

  /** {@code RateLimit} header value (draft-ietf-httpapi-ratelimit-headers). */
  public String rateLimitHeader() {
    return "\"" + policyName() + "\";r=" + remaining + ";t=" + resetSeconds;
  }

  /** {@code RateLimit-Policy} header value. */
  public String policyHeader() {
    return "\"" + policyName() + "\";q=" + limit + ";w=" + RateLimiter.WINDOW_SECONDS;
  }

  private String policyName() {
    return operation.name().toLowerCase(java.util.Locale.ROOT) + "-per-minute";
  }
}
