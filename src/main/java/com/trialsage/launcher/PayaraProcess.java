package com.trialsage.launcher;

import com.trialsage.logging.JsonLogFormatter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara Micro as a child process. Its output is relayed to the launcher's stdout as JSON lines and
 * watched for a failed deployment.
 *
 * <p>The child must not outlive the launcher, even one killed with SIGKILL, which runs no Java
 * code. It is therefore started through {@code setpriv --pdeathsig SIGKILL}, which asks the kernel
 * to kill it when its parent goes away. Linux ties that signal to the parent <em>thread</em>, so
 * the process is started from a thread that lives exactly as long as the child: it starts it,
 * relays its output until the pipe closes, and waits for it to exit.
 */
final class PayaraProcess {

  private static final Logger LOG = Logger.getLogger(PayaraProcess.class.getName());

  private final CompletableFuture<Process> started = new CompletableFuture<>();
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private final PayaraOutput output = new PayaraOutput();

  private PayaraProcess() {}

  /**
   * @param environment variables added to the launcher's own, by their upper-case names
   */
  static PayaraProcess start(List<String> javaCommand, Map<String, String> environment)
      throws IOException {
    List<String> command = new ArrayList<>();
    Optional<Path> setpriv = findOnPath("setpriv");
    if (setpriv.isPresent()) {
      command.addAll(List.of(setpriv.get().toString(), "--pdeathsig", "SIGKILL", "--"));
    } else {
      LOG.warning(
          "setpriv (util-linux) not found: Payara Micro will outlive this launcher if it is"
              + " killed with SIGKILL");
    }
    command.addAll(javaCommand);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // MicroProfile Config reads "trialsage.db.url", "trialsage_db_url" before "TRIALSAGE_DB_URL":
    // drop every spelling of an overridden variable so the child sees the launcher's value.
    builder.environment().keySet().removeIf(name -> environment.containsKey(canonical(name)));
    builder.environment().putAll(environment);

    PayaraProcess payara = new PayaraProcess();
    Thread supervisor = new Thread(() -> payara.supervise(builder), "payara-supervisor");
    supervisor.start();
    try {
      Process process = payara.started.get();
      LOG.info("Started Payara Micro (pid " + process.pid() + "): " + String.join(" ", command));
      return payara;
    } catch (ExecutionException e) {
      throw new IOException("Cannot start Payara Micro: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while starting Payara Micro", e);
    }
  }

  long pid() {
    return started.join().pid();
  }

  boolean isAlive() {
    return started.join().isAlive();
  }

  PayaraOutput output() {
    return output;
  }

  /** Waits up to the timeout for the child to exit; its exit code, or empty if still running. */
  Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    try {
      return Optional.of(exited.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Supervising Payara Micro failed", e.getCause());
    }
  }

  /** Blocks until the child exits. */
  int awaitExit() throws InterruptedException {
    try {
      return exited.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Supervising Payara Micro failed", e.getCause());
    }
  }

  /** SIGTERM, so Payara undeploys and closes its pools; SIGKILL if it takes longer than grace. */
  void stop(Duration grace) throws InterruptedException {
    Process process = started.join();
    if (!process.isAlive()) {
      return;
    }
    LOG.info("Stopping Payara Micro (pid " + process.pid() + ")");
    long startNanos = System.nanoTime();
    // Through the handle: Process.destroy() also closes the pipe, losing Payara's last lines.
    process.toHandle().destroy();
    if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warning(
          "Payara Micro did not stop within " + grace.toSeconds() + " s; killing it (SIGKILL)");
      process.toHandle().destroyForcibly();
      process.waitFor();
    }
    LOG.info(
        "Payara Micro stopped (exit code "
            + process.exitValue()
            + ") in "
            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos)
            + " ms");
  }

  private void supervise(ProcessBuilder builder) {
    Process process;
    try {
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      started.completeExceptionally(e);
      return;
    }
    started.complete(process);
    relay(process);
    try {
      exited.complete(process.waitFor());
    } catch (InterruptedException e) {
      // Nothing interrupts this thread; if something does, the child is left to the kernel.
      exited.completeExceptionally(e);
      Thread.currentThread().interrupt();
    }
  }

  private void relay(Process process) {
    Formatter formatter = new JsonLogFormatter();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        relayLine(line, formatter);
      }
    } catch (IOException e) {
      // The JDK closes the pipe of an exited process under a reader still blocked in read().
      Level level = process.isAlive() ? Level.WARNING : Level.FINE;
      LOG.log(level, "Stopped reading Payara Micro's output: " + e.getMessage());
    }
  }

  /** Keeps draining the pipe whatever happens to one line: a full pipe would block Payara. */
  private void relayLine(String line, Formatter formatter) {
    try {
      output.accept(line, formatter).ifPresent(StandardOutput::writeLine);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Cannot relay a line of Payara Micro's output", e);
    }
  }

  private static String canonical(String environmentVariable) {
    return environmentVariable.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  private static Optional<Path> findOnPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
