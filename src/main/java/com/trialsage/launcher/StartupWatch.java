package com.trialsage.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Waits until TrialSage is ready, or knows why it never will be. Payara Micro stays up after a
 * failed deployment, so its output is watched alongside {@code /health/ready}.
 */
final class StartupWatch {

  private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

  /** After Payara reports a failed deployment, time to let it print the exception too. */
  private static final Duration FAILURE_DETAIL_WAIT = Duration.ofSeconds(5);

  private final PayaraProcess payara;
  private final ReadinessProbe probe;
  private final Duration timeout;

  StartupWatch(PayaraProcess payara, int port, Duration timeout) {
    this.payara = payara;
    this.probe = new ReadinessProbe(port);
    this.timeout = timeout;
  }

  /** Empty once ready; otherwise the reason, quoting Payara's own words where it gave some. */
  Optional<String> awaitReady(BooleanSupplier shuttingDown) throws InterruptedException {
    PayaraOutput output = payara.output();
    long deadline = System.nanoTime() + timeout.toNanos();
    long failureSeenAt = 0;
    while (!shuttingDown.getAsBoolean()) {
      Optional<Integer> exitCode = payara.awaitExit(PROBE_INTERVAL);
      if (exitCode.isPresent()) {
        return Optional.of(
            "Payara Micro exited with code "
                + exitCode.get()
                + " before TrialSage was ready"
                + output.failureReason().map(reason -> ": " + reason).orElse(""));
      }
      if (output.deploymentFailure().isPresent()) {
        failureSeenAt = failureSeenAt == 0 ? System.nanoTime() : failureSeenAt;
        boolean detailWaitOver = System.nanoTime() - failureSeenAt > FAILURE_DETAIL_WAIT.toNanos();
        if (output.reportedReady() || detailWaitOver) {
          return Optional.of("Deployment of TrialSage failed: " + output.deploymentFailure().get());
        }
        continue;
      }
      ReadinessProbe.Answer answer = probe.probe();
      if (answer.ready()) {
        return Optional.empty();
      }
      if (output.reportedReady() && answer.noApplication()) {
        return Optional.of(
            "Deployment of TrialSage failed: Payara Micro runs without the application"
                + output.failureReason().map(reason -> ": " + reason).orElse(""));
      }
      if (System.nanoTime() - deadline > 0) {
        return Optional.of(
            "TrialSage was not ready within "
                + timeout.toSeconds()
                + " s (trialsage.start.timeout); last /health/ready answer: "
                + answer.summary());
      }
    }
    return Optional.of("Shutdown requested while starting");
  }
}
