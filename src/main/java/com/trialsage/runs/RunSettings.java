package com.trialsage.runs;

import com.trialsage.sandbox.SandboxLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The run pipeline's settings, read once from MicroProfile Config. */
@ApplicationScoped
public class RunSettings {

  @Inject
  @ConfigProperty(name = "trialsage.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "trialsage.runs.dir")
  Optional<String> runsDir;

  @Inject
  @ConfigProperty(name = "trialsage.ct.dir")
  Optional<String> ctDir;

  @Inject
  @ConfigProperty(name = "regintel.engine.path")
  Optional<String> enginePath;

  @Inject
  @ConfigProperty(name = "trialsage.runs.workers", defaultValue = "2")
  int workers;

  @Inject
  @ConfigProperty(name = "trialsage.runs.lease-seconds", defaultValue = "30")
  int leaseSeconds;

  @Inject
  @ConfigProperty(name = "trialsage.runs.max-attempts", defaultValue = "3")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "trialsage.runs.max-concurrent-per-tenant", defaultValue = "2")
  int maxConcurrentPerTenant;

  @Inject
  @ConfigProperty(name = "trialsage.runs.poll-seconds", defaultValue = "5")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "trialsage.engine.timeout-ms", defaultValue = "300000")
  long timeoutMillis;

  @Inject
  @ConfigProperty(name = "trialsage.engine.breaker-delay-ms", defaultValue = "300000")
  long breakerDelayMillis;

  @Inject
  @ConfigProperty(name = "trialsage.engine.heap-mb", defaultValue = "384")
  int engineHeapMb;

  @Inject
  @ConfigProperty(name = "trialsage.engine.max-findings-per-rule", defaultValue = "1000")
  int maxFindingsPerRule;

  @Inject
  @ConfigProperty(name = "trialsage.sandbox.require-full-isolation", defaultValue = "false")
  boolean requireFullIsolation;

  @Inject
  @ConfigProperty(name = "trialsage.sandbox.cpu-seconds", defaultValue = "600")
  long cpuSeconds;

  @Inject
  @ConfigProperty(name = "trialsage.sandbox.address-space-mb", defaultValue = "3072")
  long addressSpaceMb;

  @Inject
  @ConfigProperty(name = "trialsage.sandbox.file-size-mb", defaultValue = "2048")
  long fileSizeMb;

  /** Where run folders are made; each run's is removed when the run ends. */
  public Path runsDir() {
    return runsDir
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElse(Path.of(dataDir, "runs"))
        .toAbsolutePath();
  }

  /** The folder holding NCI CT files named {@code SDTM Terminology <version>.txt}. */
  public Path ctDir() {
    return ctDir
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElse(Path.of(dataDir, "ct"))
        .toAbsolutePath();
  }

  public Optional<Path> enginePath() {
    return enginePath.filter(s -> !s.isBlank()).map(Path::of);
  }

  public int workers() {
    return Math.max(0, workers);
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(3, leaseSeconds));
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public int maxConcurrentPerTenant() {
    return Math.max(1, maxConcurrentPerTenant);
  }

  public Duration poll() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }

  /** The engine's time limit; the @Timeout of {@link EngineInvoker} reads the same key. */
  public Duration timeout() {
    return Duration.ofMillis(Math.max(1000, timeoutMillis));
  }

  /**
   * How long the breaker stays open; {@link EngineInvoker}'s @CircuitBreaker reads the same key.
   */
  public Duration breakerDelay() {
    return Duration.ofMillis(Math.max(1, breakerDelayMillis));
  }

  public int engineHeapMb() {
    return engineHeapMb;
  }

  public int maxFindingsPerRule() {
    return maxFindingsPerRule;
  }

  public boolean requireFullIsolation() {
    return requireFullIsolation;
  }

  /**
   * The sandbox's limits. The sandbox's own deadline is a little after the @Timeout's, as a
   * backstop: normally the interrupt of @Timeout kills the child first.
   */
  public SandboxLimits sandboxLimits() {
    return new SandboxLimits(
        timeout().plusSeconds(5), cpuSeconds, addressSpaceMb << 20, fileSizeMb << 20, 1024, 512);
  }
}
