package com.trialsage.ops.metrics;

import com.trialsage.ops.conditions.ServerErrorWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code http_server_requests}: a timer per method, route template and status class. Labels stay
 * bounded: routes are JAX-RS templates ({@code /api/v1/runs/{id}}), never raw paths, and anything
 * that matched no route counts as {@code unmatched}. Each request also counts in the {@link
 * ServerErrorWindow} the in-app 5xx alert reads.
 */
@ApplicationScoped
public class HttpMetrics {
  /** The request attribute where {@link RouteRecorder} leaves the matched route template. */
  public static final String ROUTE_ATTRIBUTE = "trialsage.route";

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final Metadata REQUESTS =
      Metadata.builder()
          .withName("http.server.requests")
          .withDescription("HTTP requests by method, route template and status class")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Inject MetricRegistry registry;
  @Inject ServerErrorWindow serverErrors;

  /** Records one finished request. */
  public void record(HttpServletRequest request, int status, long elapsedNanos) {
    Object route = request.getAttribute(ROUTE_ATTRIBUTE);
    String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
    registry
        .timer(
            REQUESTS,
            new Tag("method", method),
            new Tag("route", route == null ? "unmatched" : route.toString()),
            new Tag("status", statusClass(status)))
        .update(Duration.ofNanos(elapsedNanos));
    serverErrors.record(status);
  }

  static String statusClass(int status) {
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
  }
}
