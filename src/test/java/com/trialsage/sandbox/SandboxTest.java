package com.trialsage.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Misbehaving children against the real sandbox of this machine. Checks that need a tool or root
 * are skipped where it is missing; CI runs as root with bubblewrap installed, so none is skipped
 * there.
 */
class SandboxTest {
  private static final Map<String, String> ENVIRONMENT = Map.of("PATH", "/usr/bin:/bin");
  private static final Isolation HERE = Isolation.detect();

  @TempDir Path work;

  @Test
  void reportsTheExitCodeAndKeepsTheOutput() throws Exception {
    Outcome outcome = run(SandboxLimits.defaults(), "echo findings written; echo oops >&2; exit 3");

    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.timedOut()).isFalse();
    assertThat(outcome.stderrTail()).isEqualTo("oops\n");
    assertThat(Files.readString(runFolder().resolve("stdout.log"))).isEqualTo("findings written\n");
  }

  @Test
  void reportsACrashAsTheSignalThatEndedIt() throws Exception {
    Outcome outcome = run(SandboxLimits.defaults(), "kill -SEGV $$");

    assertThat(outcome.exitCode()).isEqualTo(128 + 11);
    assertThat(outcome.killedBySignal()).isTrue();
  }

  @Test
  void killsAHangingChildWithEveryProcessItStartedAtTheTimeout() throws Exception {
    // A sleep of a unique length: its command line marks the processes of this test.
    String marker = "600." + (100_000 + new java.util.Random().nextInt(900_000));
    SandboxLimits shortTimeout = SandboxLimits.defaults().withTimeout(Duration.ofSeconds(2));

    Outcome outcome =
        run(shortTimeout, "(trap '' TERM HUP; sleep " + marker + ") & sleep " + marker);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(30));
    assertThat(processesNamed(marker)).isZero();
  }

  @Test
  void stopsAChildThatWritesWithoutEndAtTheFileSizeLimit() throws Exception {
    assumeTrue(HERE.prlimit().isPresent(), "prlimit is not installed");
    long limit = 1 << 20;

    Outcome outcome = run(SandboxLimits.defaults().withFileSizeBytes(limit), "yes > flood.txt");

    assertThat(outcome.exitCode()).isEqualTo(128 + 25); // SIGXFSZ
    assertThat(Files.size(runFolder().resolve("flood.txt"))).isLessThanOrEqualTo(limit);
  }

  @Test
  void givesTheChildNoNetwork() throws Exception {
    assumeTrue(HERE.bwrap().isPresent(), "bubblewrap is not installed");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(500);

      Outcome outcome =
          run(
              SandboxLimits.defaults(),
              "/usr/bin/python3 -c \"import socket; socket.create_connection(('127.0.0.1', "
                  + server.getLocalPort()
                  + "), timeout=3)\"");

      assertThat(outcome.exitCode()).isNotZero();
      assertThat(outcome.stderrTail()).contains("Connection refused");
      assertThat(acceptsWithinTimeout(server)).isFalse();
    }
  }

  @Test
  void letsTheChildWriteOnlyInItsRunFolder() throws Exception {
    assumeTrue(HERE.bwrap().isPresent(), "bubblewrap is not installed");
    Path neighbour = Files.createDirectories(work.resolve("other-tenant"));
    Files.writeString(neighbour.resolve("secret.xpt"), "confidential");

    Outcome outcome =
        run(
            SandboxLimits.defaults(),
            "touch mine.txt || exit 10; "
                + "cat "
                + neighbour.resolve("secret.xpt")
                + " && exit 11; "
                + "touch "
                + neighbour.resolve("planted")
                + " && exit 12; "
                + "touch /etc/planted && exit 13; "
                + "exit 0");

    assertThat(outcome.exitCode()).as(outcome.stderrTail()).isZero();
    assertThat(runFolder().resolve("mine.txt")).exists();
    assertThat(neighbour.resolve("planted")).doesNotExist();
  }

  @Test
  void runsTheChildAsAnUnprivilegedUser() throws Exception {
    assumeTrue(HERE.switchesUser(), "needs root and setpriv");

    run(SandboxLimits.defaults(), "id -u > uid.txt");

    assertThat(Files.readString(runFolder().resolve("uid.txt")).strip())
        .isEqualTo(String.valueOf(Sandbox.CHILD_UID));
  }

  @Test
  void startsAJvmWithinTheLimits() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");

    Outcome outcome =
        new Sandbox(HERE, SandboxLimits.defaults())
            .run(
                runFolder(),
                List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-version"),
                List.of(),
                ENVIRONMENT);

    assertThat(outcome.exitCode()).as(outcome.stderrTail()).isZero();
    assertThat(outcome.stderrTail()).contains("version");
  }

  private Outcome run(SandboxLimits limits, String script)
      throws IOException, InterruptedException {
    return new Sandbox(HERE, limits)
        .run(runFolder(), List.of("/bin/sh", "-c", script), List.of(), ENVIRONMENT);
  }

  private Path runFolder() {
    return work.resolve("run");
  }

  private static long processesNamed(String marker) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains(marker))
        .count();
  }

  private static boolean acceptsWithinTimeout(ServerSocket server) throws IOException {
    try {
      server.accept().close();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }
}
