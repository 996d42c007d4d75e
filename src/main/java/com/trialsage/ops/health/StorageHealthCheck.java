package com.trialsage.ops.health;

import com.trialsage.storage.ObjectStore;
import com.trialsage.storage.StorageCapacity;
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

/**
 * Ready only while the data folder is writable, has more free space than the threshold, and the
 * object storage is used below the degraded threshold ({@code trialsage.storage.degraded-percent}).
 */
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

  @Inject
  @ConfigProperty(name = "trialsage.storage.degraded-percent", defaultValue = "80")
  double degradedPercent;

  @Inject ObjectStore store;

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
      StorageCapacity capacity = store.capacity();
      boolean degraded = capacity.isDegraded(degradedPercent);
      response
          .withData("backend", store.backend())
          .withData("usedPercent", Math.round(capacity.usedPercent()))
          .withData("degradedPercent", Math.round(degradedPercent));
      if (degraded) {
        response.withData(
            "degraded",
            "object storage is "
                + Math.round(capacity.usedPercent())
                + "% used; free space or raise the capacity");
      }
      return response.status(freeMb >= minFreeMb && !degraded).withData("freeMb", freeMb).build();
    } catch (IOException | SecurityException e) {
      return response.down().withData("error", "not writable: " + e.getMessage()).build();
    }
  }
}
