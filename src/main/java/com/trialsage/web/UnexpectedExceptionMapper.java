package com.trialsage.web;

import com.trialsage.ops.errors.ErrorReporting;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged once with its stack trace, reported to Sentry when that is on, and
 * answered without it.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  /**
   * Set on a request whose error was reported here: when the response was already committed, the
   * container also dispatches it to the error page, which must not report it a second time.
   */
  static final String REPORTED = UnexpectedExceptionMapper.class.getName() + ".reported";

  @Context HttpServletRequest request;
  @Inject ErrorReporting errors;

  @Override
  public Response toResponse(Exception exception) {
    LOG.log(
        Level.SEVERE,
        "Request failed: " + request.getMethod() + " " + request.getRequestURI(),
        exception);
    String requestId = (String) request.getAttribute(RequestIds.ATTRIBUTE);
    errors.requestFailed(exception, request.getMethod(), request.getRequestURI(), requestId);
    request.setAttribute(REPORTED, Boolean.TRUE);
    return Problems.internalError().toResponse(request.getRequestURI(), requestId);
  }
}
