package com.trialsage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (no such route, wrong method, bad media type…) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String path = request.getRequestURI();
    Problem problem = problemFor(exception, status, path);
    Response response =
        problem.toResponse(path, (String) request.getAttribute(RequestIds.ATTRIBUTE));
    if (exception instanceof NotAllowedException) {
      return Response.fromResponse(response)
          .allow(exception.getResponse().getAllowedMethods())
          .build();
    }
    Object retryAfter = problem.extensions().get("retryAfterSeconds");
    if (retryAfter != null) {
      return Response.fromResponse(response).header("Retry-After", retryAfter).build();
    }
    return response;
  }

  private Problem problemFor(WebApplicationException exception, int status, String path) {
    if (exception instanceof ProblemException p) {
      return p.problem();
    }
    if (exception instanceof NotFoundException) {
      return Problems.notFound(path);
    }
    if (exception instanceof NotAllowedException) {
      return Problems.methodNotAllowed(request.getMethod(), path);
    }
    if (exception instanceof NotAuthorizedException) {
      return Problems.unauthorized(
          "This operation needs a bearer token: send Authorization: Bearer <token>.");
    }
    if (exception instanceof jakarta.ws.rs.ForbiddenException) {
      return Problems.forbidden();
    }
    if (isQueryParameterConversion(exception)) {
      return Problems.badParameter(parameterName(exception));
    }
    return status >= 500 ? Problems.internalError() : Problems.generic(status);
  }

  // JAX-RS answers a query parameter it cannot convert (limit=abc) with a bare 404, as if the
  // route did not exist. Jersey raises it as a QueryParamException, not a NotFoundException.
  private static boolean isQueryParameterConversion(WebApplicationException exception) {
    for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getSimpleName().equals("QueryParamException")) {
        return true;
      }
    }
    return false;
  }

  private static String parameterName(WebApplicationException exception) {
    try {
      Object name = exception.getClass().getMethod("getParameterName").invoke(exception);
      return name instanceof String text && text.matches("[A-Za-z][A-Za-z0-9_.-]{0,40}")
          ? text
          : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
