package com.trialsage.ops.health;

import com.trialsage.runs.EngineBreaker;
import com.trialsage.runs.EngineSandbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the validation pipeline: DOWN ("degraded") while the engine's circuit breaker is
 * open, or when isolation is weaker than the configuration demands. Isolation weaker than full but
 * allowed is reported as data, UP.
 */
@Readiness
@ApplicationScoped
public class EngineBreakerHealthCheck implements HealthCheck {
  @Inject EngineBreaker breaker;
  @Inject EngineSandbox sandbox;

  @Override
  public HealthCheckResponse call() {
    EngineBreaker.State state = breaker.state();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("validation")
            .withData("breaker", state.name())
            .withData("fullIsolation", sandbox.isolation().full());
    if (!sandbox.isolation().full()) {
      response.withData("isolationWeaknesses", String.join("; ", sandbox.isolation().weaknesses()));
    }
    if (state == EngineBreaker.State.OPEN) {
      return response
          .down()
          .withData(
              "degraded",
              "the engine's circuit breaker is open; runs wait "
                  + breaker.retryAfterSeconds()
                  + " s more")
          .build();
    }
    if (!sandbox.permitted()) {
      return response
          .down()
          .withData("degraded", "isolation is weaker than trialsage.sandbox.require-full-isolation")
          .build();
    }
    return response.up().build();
  }
}
