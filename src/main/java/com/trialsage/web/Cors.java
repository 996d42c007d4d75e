package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Applies a {@link CorsPolicy} to one request (Fetch standard, CORS protocol). */
final class Cors {
  private static final String MAX_AGE_SECONDS = "600";

  private Cors() {}

  /**
   * Adds the CORS response headers for an allowed origin and answers a preflight.
   *
   * @return true when the request was a preflight and has been answered
   */
  static boolean handle(CorsPolicy policy, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String origin = request.getHeader("Origin");
    response.addHeader("Vary", "Origin");
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && origin != null
            && request.getHeader("Access-Control-Request-Method") != null;
    if (!policy.allows(origin)) {
      if (preflight) {
        refuse(response, request, "The origin " + origin + " may not call this API.");
      }
      return preflight;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS);
    if (!preflight) {
      return false;
    }
    String method = request.getHeader("Access-Control-Request-Method");
    if (!policy.allowsMethod(method)) {
      refuse(response, request, "The API does not accept " + method + " requests.");
      return true;
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    response.setHeader("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS);
    response.setHeader("Access-Control-Allow-Headers", CorsPolicy.ALLOWED_HEADERS);
    response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
    return true;
  }

  private static void refuse(
      HttpServletResponse response, HttpServletRequest request, String detail) throws IOException {
    Problem problem = Problem.of(403, "cors-refused", "Cross-Origin Request Refused", detail);
    response.setStatus(403);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            problem.toJson(
                request.getRequestURI(), (String) request.getAttribute(RequestIds.ATTRIBUTE)));
  }
}
