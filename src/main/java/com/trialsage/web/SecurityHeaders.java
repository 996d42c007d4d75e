package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;

/** The headers every response carries, whatever produced it. */
final class SecurityHeaders {
  // The API returns data, never pages: nothing may load from or frame it.
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  // The console is served from this origin only.
  private static final String CONSOLE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  // An HTML report is a page of its own: its inline style may apply, nothing else may load or run,
  // and the sandbox gives it an opaque origin so it can never act as the API's origin.
  private static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none';"
          + " form-action 'none'; sandbox";
  private static final Pattern HTML_REPORT = Pattern.compile("/api/v1/runs/[^/]+/reports/html");

  private SecurityHeaders() {}

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    boolean console = request.getRequestURI().startsWith("/console");
    String policy = console ? CONSOLE_POLICY : API_POLICY;
    if (HTML_REPORT.matcher(request.getRequestURI()).matches()) {
      policy = REPORT_POLICY;
    }
    response.setHeader("Content-Security-Policy", policy);
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      // RFC 6797: only over TLS, where a browser will honour it.
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
