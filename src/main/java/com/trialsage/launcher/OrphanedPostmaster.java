package com.trialsage.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A PostgreSQL server left running by a launcher that was killed with SIGKILL. pg_ctl starts the
 * postmaster in its own session, so it outlives the launcher and keeps the data folder locked and
 * the port bound; zonky would then connect to it and never notice. It is stopped before a new one
 * starts.
 */
final class OrphanedPostmaster {

  private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class.getName());
  private static final Duration FAST_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration IMMEDIATE_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  private OrphanedPostmaster() {}

  /** Stops the postmaster named by {@code <pgData>/postmaster.pid} if it is still alive. */
  static void stopIfRunning(Path pgData) throws IOException {
    Optional<ProcessHandle> postmaster = find(pgData);
    if (postmaster.isEmpty()) {
      return;
    }
    long pid = postmaster.get().pid();
    LOG.warning(
        "PostgreSQL (pid "
            + pid
            + ") from an earlier launcher is still running on "
            + pgData
            + "; stopping it with a fast shutdown (SIGINT)");
    long startNanos = System.nanoTime();
    if (!stop(postmaster.get(), "INT", FAST_SHUTDOWN_TIMEOUT)) {
      LOG.warning("PostgreSQL (pid " + pid + ") ignored SIGINT; sending SIGQUIT (immediate)");
      if (!stop(postmaster.get(), "QUIT", IMMEDIATE_SHUTDOWN_TIMEOUT)) {
        throw new IOException("Cannot stop the orphaned PostgreSQL (pid " + pid + ")");
      }
    }
    LOG.info(
        "Stopped orphaned PostgreSQL (pid "
            + pid
            + ") in "
            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos)
            + " ms");
  }

  /** The live postmaster of this data folder, if any; a stale pid file is PostgreSQL's business. */
  static Optional<ProcessHandle> find(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
      return Optional.empty();
    }
    long pid = Long.parseLong(lines.get(0).strip());
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> isPostgresIn(process, pgData));
  }

  /**
   * The pid in the file may have been reused by an unrelated process after a reboot. A postmaster
   * runs the postgres binary with its data folder as working directory.
   */
  private static boolean isPostgresIn(ProcessHandle process, Path pgData) {
    boolean postgres =
        process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    if (!postgres) {
      return false;
    }
    try {
      Path workingDir = Files.readSymbolicLink(Path.of("/proc", process.pid() + "", "cwd"));
      return workingDir.equals(pgData.toRealPath());
    } catch (IOException | UnsupportedOperationException e) {
      return true; // No /proc: the command name is the best evidence there is.
    }
  }

  private static boolean stop(ProcessHandle process, String signal, Duration timeout)
      throws IOException {
    signal(process.pid(), signal);
    return awaitExit(process, timeout);
  }

  /** True once the process has exited, false if it still runs after the timeout. */
  static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IOException("Waiting for PostgreSQL to stop failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
    }
  }

  /** Java can send only SIGTERM and SIGKILL; PostgreSQL's fast shutdown is SIGINT. */
  private static void signal(long pid, String signal) throws IOException {
    Process kill =
        new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (kill.waitFor() != 0) {
        throw new IOException("kill -s " + signal + " " + pid + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while signalling PostgreSQL", e);
    }
  }
}
