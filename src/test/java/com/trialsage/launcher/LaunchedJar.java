package com.trialsage.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar trialsage.jar …} started by a test, with its output in a file, and a clean
 * environment: failsafe hands the test JVM TRIALSAGE_*, MP_JWT_* and friends for the container
 * tests, and a launcher inheriting them would not be the launcher under test.
 */
final class LaunchedJar {

  private static final List<String> FOREIGN_PREFIXES =
      List.of("TRIALSAGE_", "MP_JWT_", "REGINTEL_", "FRONTEND_");

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private LaunchedJar(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static LaunchedJar start(Path jar, Path logDir, Map<String, String> environment, String... args)
      throws IOException {
    Files.createDirectories(logDir);
    String name = "run-" + System.nanoTime();
    Path stdout = logDir.resolve(name + ".out");
    Path stderr = logDir.resolve(name + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(key -> FOREIGN_PREFIXES.stream().anyMatch(key.toUpperCase()::startsWith));
    builder.environment().putAll(environment);
    return new LaunchedJar(builder.start(), stdout, stderr);
  }

  Process process() {
    return process;
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the exit; the exit code, or empty when it is still running after the timeout. */
  Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? Optional.of(process.exitValue())
        : Optional.empty();
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  /** Both streams, for assertion messages and for text that may be on either. */
  String output() {
    return stdout() + stderr();
  }

  /** The processes this one has started and that are still its descendants. */
  List<ProcessHandle> descendants() {
    return process.descendants().toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
