package com.trialsage.runs;

import com.trialsage.ratelimit.OperationKind;
import com.trialsage.ratelimit.RateLimit;
import com.trialsage.tenancy.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/ops/engine}: the engine's breaker, sandbox and this instance's worker slots. */
@Path("/v1/ops/engine")
@RequestScoped
public class EngineResource {
  @Inject EngineBreaker breaker;
  @Inject EngineSandbox sandbox;
  @Inject RunWorkers workers;
  @Inject RunSettings settings;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OPERATOR, Role.ADMIN})
  @RateLimit(OperationKind.READ)
  @Operation(summary = "The engine's circuit breaker, sandbox isolation and worker slots")
  @APIResponse(responseCode = "200", description = "This instance's view.")
  public String status() {
    EngineBreaker.State state = breaker.state();
    JsonArrayBuilder weaknesses = Json.createArrayBuilder();
    sandbox.isolation().weaknesses().forEach(weaknesses::add);
    var breakerJson =
        Json.createObjectBuilder()
            .add("state", state.name())
            .add("consecutiveFailures", breaker.consecutiveFailures())
            .add("openings", breaker.openings())
            .add("delaySeconds", settings.breakerDelay().toSeconds());
    if (state == EngineBreaker.State.OPEN) {
      breakerJson
          .add("retryAt", breaker.retryAt().toString())
          .add("retryAfterSeconds", breaker.retryAfterSeconds());
    }
    String last = breaker.lastFailure();
    breakerJson.add(
        "lastFailure", last == null ? jakarta.json.JsonValue.NULL : Json.createValue(last));
    return Json.createObjectBuilder()
        .add("breaker", breakerJson)
        .add(
            "sandbox",
            Json.createObjectBuilder()
                .add("fullIsolation", sandbox.isolation().full())
                .add("requireFullIsolation", settings.requireFullIsolation())
                .add("weaknesses", weaknesses))
        .add(
            "workers",
            Json.createObjectBuilder().add("slots", workers.slots()).add("busy", workers.busy()))
        .add("timeoutSeconds", settings.timeout().toSeconds())
        .build()
        .toString();
  }
}
