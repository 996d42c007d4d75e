package com.trialsage.it;

import static com.trialsage.it.Tokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the server in the middle of an upload, then a restart: nothing of the upload is
 * visible, and the start-up orphan scan removes the partial object. Runs its own Payara Micro
 * process (Arquillian cannot kill and restart its container) on the harness database.
 */
@ExtendWith(TestEnvironment.class)
class CrashRecoveryIT {
  private static final String TENANT = "crash-restart-co";

  private final CountDownLatch never = new CountDownLatch(1);
  private Process server;

  @AfterEach
  void stop() throws InterruptedException {
    never.countDown();
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor();
    }
  }

  @Test
  void aKilledUploadLeavesNothingVisibleAndItsOrphanIsRemovedAfterRestart() throws Exception {
    server = start("60");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    client.sendAsync(uploadThatStalls(), HttpResponse.BodyHandlers.ofString());
    await().atMost(Duration.ofSeconds(60)).until(() -> !partialFiles().isEmpty());

    server.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no clean-up
    List<Path> leftBehind = partialFiles();
    server = start("0");

    await().atMost(Duration.ofSeconds(60)).until(() -> storedFiles().isEmpty());
    assertThat(leftBehind).isNotEmpty();
    assertThat(Uploads.rows("SELECT count(*) FROM uploads WHERE tenant_id = ?", TENANT)).isZero();
    HttpResponse<String> list =
        client.send(
            HttpRequest.newBuilder(base().resolve("/api/v1/uploads"))
                .header("Authorization", "Bearer " + token().tenant(TENANT).build())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(list.body()).contains("\"total\":0");
  }

  @Test
  void aRunHeldByAKilledInstanceFinishesAfterTheRestart() throws Exception {
    server = start("60");
    Http http = new Http(base().toURL());
    HttpResponse<String> created =
        Uploads.upload(
            http, TENANT, "misbehave-slow.xpt", Uploads.bytes("sdtm/cdiscpilot01/ts.xpt"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String runId =
        Http.json(
                http.send(
                    HttpRequest.newBuilder(http.uri("/api/v1/runs"))
                        .header("Authorization", "Bearer " + token().tenant(TENANT).build())
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                RunsIT.request(
                                    List.of(Http.json(created).getString("id")), null)))))
            .getString("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "validating"
                    .equals(
                        Uploads.text("SELECT phase FROM runs WHERE id = CAST(? AS uuid)", runId)));

    server.destroyForcibly().waitFor(); // SIGKILL in the middle of the engine's work
    String stateAfterKill =
        Uploads.text("SELECT state FROM runs WHERE id = CAST(? AS uuid)", runId);
    server = start("60");

    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                "SUCCEEDED"
                    .equals(
                        Uploads.text("SELECT state FROM runs WHERE id = CAST(? AS uuid)", runId)));
    assertThat(stateAfterKill).isEqualTo("RUNNING");
    assertThat(Uploads.rows("SELECT attempts FROM runs WHERE id = CAST(? AS uuid)", runId))
        .isEqualTo(2);
    // The reaper says what it did, so an operator sees that an instance died under a run.
    assertThat(
            java.nio.file.Files.readString(
                Path.of(TestEnvironment.required("it.work.dir"), "crash-recovery-payara.log")))
        .contains("Run re-queued: the lease of attempt 1 expired");
    assertThat(Uploads.rows("SELECT count(*) FROM findings WHERE run_id = CAST(? AS uuid)", runId))
        .isEqualTo(
            Uploads.rows("SELECT findings_stored FROM runs WHERE id = CAST(? AS uuid)", runId));
    assertThat(
            Uploads.rows(
                "SELECT count(DISTINCT attempt) FROM findings WHERE run_id = CAST(? AS uuid)",
                runId))
        .isEqualTo(1);
  }

  /** 3 MiB of an XPORT file, then the body stalls until the test ends. */
  private HttpRequest uploadThatStalls() throws IOException {
    byte[] header = Uploads.bytes("sdtm/cdiscpilot01/dm.xpt");
    InputStream body =
        new InputStream() {
          private long sent;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            if (sent >= 3L * 1024 * 1024) {
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              throw new IOException("test over");
            }
            int count = (int) Math.min(length, 3L * 1024 * 1024 - sent);
            for (int i = 0; i < count; i++) {
              long at = sent + i;
              buffer[offset + i] = at < header.length ? header[(int) at] : (byte) at;
            }
            sent += count;
            return count;
          }
        };
    return HttpRequest.newBuilder(base().resolve("/api/v1/uploads?name=dm.xpt"))
        .header("Authorization", "Bearer " + token().tenant(TENANT).build())
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
        .build();
  }

  private Process start(String orphanGraceMinutes) throws Exception {
    return PayaraProcess.start(
        "crash-recovery-payara.log",
        Map.of(
            "TRIALSAGE_DATA_DIR",
            dataDir().toString(),
            "TRIALSAGE_STORAGE_ORPHAN_GRACE_MINUTES",
            orphanGraceMinutes));
  }

  private static URI base() {
    return PayaraProcess.base();
  }

  private static Path dataDir() {
    return Path.of(TestEnvironment.required("it.work.dir"), "crash-data");
  }

  private static List<Path> storedFiles() throws IOException {
    Path folder = dataDir().resolve("objects").resolve(TENANT);
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static List<Path> partialFiles() throws IOException {
    return storedFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith(".tmp-"))
        .filter(file -> file.toFile().length() > 0)
        .toList();
  }
}
