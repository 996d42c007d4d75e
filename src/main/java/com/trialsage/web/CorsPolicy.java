package com.trialsage.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API (the {@code frontend.url} list) and what a preflight may
 * ask for. Origins are compared exactly (scheme, host and port, RFC 6454); there is no wildcard,
 * and no credentials mode: the API authenticates with a bearer token, not cookies.
 */
public final class CorsPolicy {
  static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Content-Digest, Repr-Digest, Idempotency-Key, X-Request-Id";
  static final String EXPOSED_HEADERS =
      "Location, X-Request-Id, Retry-After, RateLimit, RateLimit-Policy, ETag, Repr-Digest";
  private static final Set<String> PREFLIGHT_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

  private final Set<String> origins;

  /** {@code frontendUrls}: comma-separated origins such as {@code https://console.example.com}. */
  public CorsPolicy(String frontendUrls) {
    Objects.requireNonNull(frontendUrls, "frontend.url");
    this.origins =
        Arrays.stream(frontendUrls.split(","))
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .map(CorsPolicy::normalise)
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean allows(String origin) {
    return origin != null && origins.contains(normalise(origin));
  }

  /** Whether a preflight's {@code Access-Control-Request-Method} is one the API answers. */
  public boolean allowsMethod(String method) {
    return method != null && PREFLIGHT_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  // Scheme and host are case-insensitive; a trailing slash is a common slip in configuration.
  private static String normalise(String origin) {
    String trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    return trimmed.toLowerCase(Locale.ROOT);
  }
}
