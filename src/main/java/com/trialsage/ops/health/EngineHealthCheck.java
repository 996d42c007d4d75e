package com.trialsage.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the validator engine can be started: {@code regintel.engine.path} names an
 * executable file, or a readable {@code .jar} that is run with this JVM's {@code java}.
 */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

  @Inject
  @ConfigProperty(name = "regintel.engine.path")
  Optional<String> enginePath;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("engine");
    if (enginePath.isEmpty() || enginePath.get().isBlank()) {
      return response.down().withData("error", "regintel.engine.path is not set").build();
    }
    Path engine = Path.of(enginePath.get());
    response.withData("path", engine.toString());
    if (!Files.isRegularFile(engine)) {
      return response.down().withData("error", "no such file").build();
    }
    boolean startable =
        engine.getFileName().toString().endsWith(".jar")
            ? Files.isReadable(engine)
            : Files.isExecutable(engine);
    return startable
        ? response.up().build()
        : response
            .down()
            .withData("error", "not executable (or, for a .jar, not readable)")
            .build();
  }
}
