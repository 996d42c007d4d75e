package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries, whatever produced it. */
final class SecurityHeaders {
  // The API returns data, never pages: nothing may load from or frame it.
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  // The console is served from this origin only.
  private static final String CONSOLE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private SecurityHeaders() {}

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    boolean console = request.getRequestURI().startsWith("/console");
    response.setHeader("Content-Security-Policy", console ? CONSOLE_POLICY : API_POLICY);
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      // RFC 6797: only over TLS, where a browser will honour it.
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
