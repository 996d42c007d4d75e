package com.trialsage.it;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Payara Micro process with the WAR this build produced, for tests that need a configuration of
 * their own or must kill and restart the server (Arquillian's container can do neither). It
 * inherits failsafe's environment (database, token key) plus the given overrides.
 */
final class PayaraProcess {
  private static final Duration START = Duration.ofMinutes(4);

  private PayaraProcess() {}

  // The processes this JVM started and has not seen exit: another instance of a test may run beside
  // them, while any other Payara Micro (the previous class's) must be gone first.
  private static final Set<Long> OURS = ConcurrentHashMap.newKeySet();

  static URI base() {
    return base(restartPort());
  }

  static URI base(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  static int restartPort() {
    return Integer.parseInt(TestEnvironment.required("it.restart.port"));
  }

  /** As {@link #start(String, int, Map)} on the port the build reserved for restarts. */
  static Process start(String logName, Map<String, String> environment) throws Exception {
    return start(logName, restartPort(), environment);
  }

  /**
   * Starts the server and returns once {@code /health/ready} answers 200. A start that fails (the
   * previous test class's Payara may still hold a port while Arquillian lets it shut down in the
   * background) is retried once, after every other Payara Micro process is gone.
   */
  static Process start(String logName, int port, Map<String, String> environment) throws Exception {
    Path log = Path.of(TestEnvironment.required("it.work.dir"), logName);
    for (int attempt = 1; ; attempt++) {
      awaitOtherPayaraInstancesGone();
      Process process = launch(log, port, environment);
      OURS.add(process.pid());
      process.onExit().thenRun(() -> OURS.remove(process.pid()));
      if (becomesReady(process, port, log)) {
        return process;
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      if (attempt == 2) {
        throw new IllegalStateException("Payara Micro did not start twice; see " + log);
      }
    }
  }

  private static Process launch(Path log, int port, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                TestEnvironment.required("payara.microJar"),
                "--deploy",
                Path.of(TestEnvironment.required("it.build.dir"), "trialsage.war").toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--nohazelcast")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    return builder.start();
  }

  // Ready, or false once Payara reports that it failed to start (it may then hang, not exit).
  private static boolean becomesReady(Process process, int port, Path log) {
    long logStart = log.toFile().length();
    HttpClient client = HttpClient.newHttpClient();
    boolean[] ready = {false};
    await()
        .atMost(START)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!process.isAlive() || failedToStart(log, logStart)) {
                return true;
              }
              ready[0] =
                  client
                          .send(
                              HttpRequest.newBuilder(base(port).resolve("/health/ready")).build(),
                              HttpResponse.BodyHandlers.discarding())
                          .statusCode()
                      == 200;
              return ready[0];
            });
    return ready[0];
  }

  private static boolean failedToStart(Path log, long from) throws java.io.IOException {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
      file.seek(from);
      byte[] written = new byte[(int) (file.length() - from)];
      file.readFully(written);
      return new String(written, java.nio.charset.StandardCharsets.UTF_8)
          .contains("Failed to start");
    }
  }

  private static void awaitOtherPayaraInstancesGone() {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                ProcessHandle.allProcesses()
                    .filter(p -> !OURS.contains(p.pid()))
                    .noneMatch(p -> p.info().commandLine().orElse("").contains("payara-micro")));
  }
}
