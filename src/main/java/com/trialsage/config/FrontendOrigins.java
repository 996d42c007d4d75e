package com.trialsage.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks {@code frontend.url}: a comma-separated list of browser origins (RFC 6454), each {@code
 * scheme://host[:port]} with scheme http or https. A path, even a trailing slash, never equals an
 * Origin header, and a wildcard would let any site call the API with a user's token.
 */
final class FrontendOrigins {

  private FrontendOrigins() {}

  static Optional<String> check(String value) {
    List<String> problems = new ArrayList<>();
    for (String entry : value.split(",", -1)) {
      originProblem(entry.strip()).ifPresent(problems::add);
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static Optional<String> originProblem(String origin) {
    if (origin.isEmpty()) {
      return Optional.of("the list has an empty entry");
    }
    if (origin.contains("*")) {
      return Optional.of("'" + origin + "' is a wildcard; list each origin");
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return Optional.of("'" + origin + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("'" + origin + "' is not an absolute http:// or https:// origin");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return Optional.of("'" + origin + "' has no valid host");
    }
    boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
    if (hasPath || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("'" + origin + "' has a path, query or fragment; an origin has none");
    }
    return Optional.empty();
  }
}
