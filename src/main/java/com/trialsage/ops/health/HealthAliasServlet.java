package com.trialsage.ops.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /live} and {@code /ready}: the same checks and JSON as MicroProfile Health's {@code
 * /health/live} and {@code /health/ready}, for probes that expect the short paths.
 */
@WebServlet(
    name = "healthAliases",
    urlPatterns = {"/live", "/ready"})
public class HealthAliasServlet extends HttpServlet {

  @Inject @Any Instance<HealthCheck> checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean ready = request.getServletPath().equals("/ready");
    Instance<HealthCheck> selected =
        ready
            ? checks.select(Readiness.Literal.INSTANCE)
            : checks.select(Liveness.Literal.INSTANCE);
    boolean up = true;
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (HealthCheck check : selected) {
      HealthCheckResponse result = check.call();
      up &= result.getStatus() == HealthCheckResponse.Status.UP;
      results.add(toJson(result));
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build()
                .toString());
  }

  private static JsonObjectBuilder toJson(HealthCheckResponse result) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", result.getName())
            .add("status", result.getStatus().name());
    Optional<java.util.Map<String, Object>> data = result.getData();
    if (data.isPresent() && !data.get().isEmpty()) {
      JsonObjectBuilder values = Json.createObjectBuilder();
      data.get().forEach((key, value) -> values.add(key, String.valueOf(value)));
      json.add("data", values);
    }
    return json;
  }
}
