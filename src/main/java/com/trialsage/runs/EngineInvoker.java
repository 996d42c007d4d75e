package com.trialsage.runs;

import com.trialsage.sandbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Starts the engine in the sandbox and checks what it left. Guarded by MicroProfile Fault
 * Tolerance: {@code @Timeout} interrupts this thread at the deadline (the sandbox then kills the
 * child's whole process tree), and {@code @CircuitBreaker} opens after three consecutive
 * infrastructure failures (crash, timeout, unreadable output) and stays open for the configured
 * delay. Findings are not failures, nor is an input the engine refuses, nor a run stopped from
 * outside.
 *
 * <p>Both values come from configuration ({@code trialsage.engine.timeout-ms} and {@code
 * trialsage.engine.breaker-delay-ms}, wired to this method's keys in {@code
 * microprofile-config.properties}); the annotation holds the defaults, in milliseconds because
 * Payara ignores {@code delayUnit}.
 */
@ApplicationScoped
public class EngineInvoker {
  private static final Logger LOG = Logger.getLogger(EngineInvoker.class.getName());
  private static final int EXIT_OK = 0;
  private static final int EXIT_UNREADABLE_INPUT = 3;
  private static final int MAX_DETAIL_CHARS = 2000;

  @Inject RunSettings settings;
  @Inject EngineSandbox sandbox;

  @Timeout(300_000)
  @CircuitBreaker(
      requestVolumeThreshold = 3,
      failureRatio = 1.0,
      delay = 300_000,
      successThreshold = 1,
      failOn = {
        EngineFailureException.class,
        org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class
      },
      skipOn = RunStoppedException.class)
  public EngineResult invoke(EngineCall call) throws EngineFailureException, RunStoppedException {
    Outcome outcome = start(call);
    if (outcome.timedOut()) {
      throw new EngineFailureException(
          FailureReason.TIMEOUT,
          "the engine ran past " + settings.timeout().toSeconds() + " s and was killed",
          outcome.exitCode());
    }
    if (outcome.exitCode() == EXIT_UNREADABLE_INPUT) {
      return new EngineResult(outcome, null, 0, lastLines(outcome.stderrTail()));
    }
    if (outcome.exitCode() != EXIT_OK) {
      throw new EngineFailureException(
          FailureReason.ENGINE_ERROR,
          "the engine exited with code "
              + outcome.exitCode()
              + (outcome.killedBySignal() ? " (killed by a signal or a limit)" : "")
              + ": "
              + lastLines(outcome.stderrTail()),
          outcome.exitCode());
    }
    return checked(call, outcome);
  }

  private Outcome start(EngineCall call) throws EngineFailureException, RunStoppedException {
    RunControl control = call.control();
    try {
      control.enterEngine();
      try {
        return sandbox
            .get()
            .run(call.folder(), call.command(), call.readOnly(), call.environment());
      } finally {
        control.leaveEngine();
      }
    } catch (InterruptedException e) {
      if (control.stopReason() != null) {
        throw new RunStoppedException(control.stopReason());
      }
      // Nobody stopped the run: the interrupt was @Timeout's, which reports the timeout itself.
      throw new EngineFailureException(
          FailureReason.TIMEOUT,
          "the engine ran past " + settings.timeout().toSeconds() + " s and was killed",
          null);
    } catch (IOException e) {
      throw new EngineFailureException(
          FailureReason.ENGINE_ERROR, "the engine could not be started: " + e.getMessage(), null);
    }
  }

  // Exit 0 promises a summary and a findings file that honour the contract: check both in full
  // here, so that broken output counts against the breaker and is never half stored.
  private static EngineResult checked(EngineCall call, Outcome outcome)
      throws EngineFailureException {
    EngineOutput output = new EngineOutput(call.outputFolder());
    try {
      EngineSummary summary = output.summary();
      long lines = 0;
      try (EngineOutput.FindingLines findings = output.findings()) {
        while (findings.hasNext()) {
          findings.next();
          lines++;
        }
      }
      if (lines != summary.findingsWritten()) {
        throw new EngineOutputException(
            "summary.json says "
                + summary.findingsWritten()
                + " findings were written, findings.ndjson has "
                + lines);
      }
      return new EngineResult(outcome, summary, lines, null);
    } catch (EngineOutputException | IOException e) {
      LOG.warning("Unreadable engine output: " + e.getMessage());
      throw new EngineFailureException(
          FailureReason.UNREADABLE_OUTPUT, truncate(e.getMessage()), outcome.exitCode());
    }
  }

  static String lastLines(String stderrTail) {
    String text = stderrTail == null ? "" : stderrTail.strip();
    if (text.isEmpty()) {
      return "(no message)";
    }
    String[] lines = text.split("\n");
    int from = Math.max(0, lines.length - 3);
    return truncate(String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length)));
  }

  private static String truncate(String text) {
    return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "…";
  }
}
