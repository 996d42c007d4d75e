package com.trialsage.web;

import com.trialsage.ops.errors.ErrorReporting;
import com.trialsage.tenancy.RejectedTokens;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page: turns every error the container itself produces (MP-JWT rejecting a
 * token, a path no servlet serves, an exception outside JAX-RS) into a problem+json body. A 5xx is
 * reported to Sentry when that is on: it is the container's, so nothing else reported it.
 */
@WebServlet(name = "errorPage", urlPatterns = "/_error")
public class ErrorPageServlet extends HttpServlet {

  @Inject RejectedTokens rejectedTokens;
  @Inject ErrorReporting errors;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (statusAttribute == null) {
      // Requested directly, not as an error page: it is no resource of ours.
      write(response, Problems.notFound(request.getRequestURI()), request.getRequestURI(), request);
      return;
    }
    int status = (Integer) statusAttribute;
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status >= 500 && request.getAttribute(UnexpectedExceptionMapper.REPORTED) == null) {
      Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      errors.containerFailed(
          status,
          error,
          request.getMethod(),
          path,
          (String) request.getAttribute(RequestIds.ATTRIBUTE));
    }
    write(response, problemFor(status, path, request), path, request);
  }

  private Problem problemFor(int status, String path, HttpServletRequest request) {
    return switch (status) {
      case 401 -> rejectedTokens.problemFor(request.getHeader("Authorization"));
      case 403 -> Problems.forbidden();
      case 404 -> Problems.notFound(path);
      case 405 -> Problems.methodNotAllowed(request.getMethod(), path);
      default -> status >= 500 ? Problems.internalError() : Problems.generic(status);
    };
  }

  private static void write(
      HttpServletResponse response, Problem problem, String path, HttpServletRequest request)
      throws IOException {
    String requestId = (String) request.getAttribute(RequestIds.ATTRIBUTE);
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    if (problem.status() == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"trialsage\"");
    }
    response.getWriter().write(problem.toJson(path, requestId));
  }
}
