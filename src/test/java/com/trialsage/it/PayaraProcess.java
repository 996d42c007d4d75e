package com.trialsage.it;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A Payara Micro process with the WAR this build produced, for tests that need a configuration of
 * their own or must kill and restart the server (Arquillian's container can do neither). It
 * inherits failsafe's environment (database, token key) plus the given overrides.
 */
final class PayaraProcess {
  private static final Duration START = Duration.ofMinutes(4);

  private PayaraProcess() {}

  static URI base() {
    return URI.create("http://127.0.0.1:" + TestEnvironment.required("it.restart.port"));
  }

  /** Starts the server and returns once {@code /health/ready} answers 200. */
  static Process start(String logName, Map<String, String> environment) throws Exception {
    Path log = Path.of(TestEnvironment.required("it.work.dir"), logName);
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
                TestEnvironment.required("it.restart.port"),
                "--nohazelcast")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    HttpClient client = HttpClient.newHttpClient();
    await()
        .atMost(START)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                process.isAlive()
                    && client
                            .send(
                                HttpRequest.newBuilder(base().resolve("/health/ready")).build(),
                                HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                        == 200);
    return process;
  }
}
