package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps the management surface ({@code /metrics}, {@code /openapi}) off the public internet:
 * outside development it answers only requests whose HTTP Basic password is the management token
 * (Prometheus: {@code basic_auth: {username: metrics, password_file: …}}; the user name is not
 * checked). Basic, not Bearer: MP-JWT would take any Bearer credential for a JWT and refuse it.
 * Health probes stay public: they say up or down and are what load balancers call without
 * credentials.
 */
final class ManagementAccess {
  private final boolean open;
  private final Optional<byte[]> token;

  /**
   * @param open whether the surface is public (development, or an operator's explicit choice)
   * @param token the management token; empty: nobody may read the surface unless it is open
   */
  ManagementAccess(boolean open, Optional<String> token) {
    this.open = open;
    this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  static boolean isManagementPath(String path) {
    return path.equals("/metrics")
        || path.startsWith("/metrics/")
        || path.equals("/openapi")
        || path.startsWith("/openapi/");
  }

  /** Answers a refused request with 401 and returns true; false lets the request through. */
  boolean refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (open || !isManagementPath(request.getRequestURI()) || carriesToken(request)) {
      return false;
    }
    String detail =
        token.isPresent()
            ? request.getRequestURI()
                + " is for operators: send the management token as the HTTP Basic password"
                + " (curl -u metrics:TOKEN)."
            : request.getRequestURI()
                + " is closed: no management token is configured (TRIALSAGE_MANAGEMENT_TOKEN).";
    Problem problem = Problem.of(401, "management-token-required", "Unauthorized", detail);
    response.setStatus(401);
    response.setHeader(
        "WWW-Authenticate", "Basic realm=\"trialsage-management\", charset=\"UTF-8\"");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            problem.toJson(
                request.getRequestURI(), (String) request.getAttribute(RequestIds.ATTRIBUTE)));
    return true;
  }

  private boolean carriesToken(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (token.isEmpty() || authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    String credentials;
    try {
      credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring("Basic ".length()).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] password =
        credentials.substring(credentials.indexOf(':') + 1).getBytes(StandardCharsets.UTF_8);
    // Constant time: how long the comparison takes must not tell how much of a guess was right.
    return credentials.indexOf(':') >= 0 && MessageDigest.isEqual(password, token.get());
  }
}
