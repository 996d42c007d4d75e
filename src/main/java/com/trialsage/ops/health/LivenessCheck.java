package com.trialsage.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the heap has room: a JVM that is out of memory should be restarted, not left running.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
  private static final double MAX_HEAP_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double ratio = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap")
        .status(ratio < MAX_HEAP_USED)
        .withData("usedMb", used / (1024 * 1024))
        .withData("maxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
