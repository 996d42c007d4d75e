package com.trialsage.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the data folder is writable and has more free space than the threshold. */
@Readiness
@ApplicationScoped
public class StorageHealthCheck implements HealthCheck {
  private static final long MIB = 1024L * 1024L;

  @Inject
  @ConfigProperty(name = "trialsage.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "trialsage.storage.min-free-mb", defaultValue = "256")
  long minFreeMb;

  @Override
  public HealthCheckResponse call() {
    Path folder = Path.of(dataDir).toAbsolutePath();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("storage")
            .withData("path", folder.toString())
            .withData("minFreeMb", minFreeMb);
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".health-", ".tmp");
      Files.delete(probe);
      long freeMb = Files.getFileStore(folder).getUsableSpace() / MIB;
      return response.status(freeMb >= minFreeMb).withData("freeMb", freeMb).build();
    } catch (IOException | SecurityException e) {
      return response.down().withData("error", "not writable: " + e.getMessage()).build();
    }
  }
}
