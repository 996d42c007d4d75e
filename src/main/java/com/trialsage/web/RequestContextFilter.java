package com.trialsage.web;

import com.trialsage.logging.LogContext;
import com.trialsage.ops.metrics.HttpMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every request an id (echoed in {@code X-Request-Id} and put in every log line written while
 * serving it), sets the security headers every response carries, and records the request in the
 * HTTP metrics.
 */
@WebFilter(
    filterName = "requestContext",
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestContextFilter extends HttpFilter {

  @Inject HttpMetrics metrics;

  @Inject
  @ConfigProperty(name = "frontend.url", defaultValue = "")
  String frontendUrls;

  @Inject
  @ConfigProperty(name = "trialsage.dev", defaultValue = "false")
  boolean dev;

  @Inject
  @ConfigProperty(name = "trialsage.management.public")
  Optional<Boolean> managementPublic;

  @Inject
  @ConfigProperty(name = "trialsage.management.token")
  Optional<String> managementToken;

  private CorsPolicy cors;
  private ManagementAccess management;

  @Override
  public void init() {
    cors = new CorsPolicy(frontendUrls);
    management = new ManagementAccess(managementPublic.orElse(dev), managementToken);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(RequestIds.ATTRIBUTE) != null) {
      // An error dispatch of a request this filter already saw.
      chain.doFilter(request, response);
      return;
    }
    // A request the container rejected before any filter ran (MP-JWT refusing a token) reaches
    // this filter only on its error dispatch, and is given its id and counted here.
    String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, requestId);
    response.setHeader(RequestIds.HEADER, requestId);
    SecurityHeaders.apply(request, response);

    long startNanos = System.nanoTime();
    try (LogContext.Scope scope = LogContext.open(requestId)) {
      if (!Cors.handle(cors, request, response) && !management.refuse(request, response)) {
        chain.doFilter(request, response);
      }
    } finally {
      metrics.record(request, response.getStatus(), System.nanoTime() - startNanos);
    }
  }
}
