package com.trialsage.ops.metrics;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Leaves the matched route template on the request for {@link HttpMetrics}. */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RouteRecorder implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method != null) {
      servletRequest.setAttribute(HttpMetrics.ROUTE_ATTRIBUTE, templateOf(method));
    }
  }

  private static String templateOf(Method method) {
    StringBuilder template = new StringBuilder("/api");
    append(template, method.getDeclaringClass().getAnnotation(Path.class));
    append(template, method.getAnnotation(Path.class));
    return template.toString();
  }

  private static void append(StringBuilder template, Path path) {
    if (path == null) {
      return;
    }
    String value = path.value();
    if (!value.startsWith("/")) {
      template.append('/');
    }
    template.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
