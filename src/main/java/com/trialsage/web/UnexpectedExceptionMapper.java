package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged once with its stack trace, answered without it. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Exception exception) {
    LOG.log(
        Level.SEVERE,
        "Request failed: " + request.getMethod() + " " + request.getRequestURI(),
        exception);
    return Problems.internalError()
        .toResponse(request.getRequestURI(), (String) request.getAttribute(RequestIds.ATTRIBUTE));
  }
}
