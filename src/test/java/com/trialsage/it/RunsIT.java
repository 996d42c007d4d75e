package com.trialsage.it;

import static com.trialsage.it.Http.json;
import static com.trialsage.it.Tokens.token;
import static com.trialsage.it.Uploads.bytes;
import static com.trialsage.it.Uploads.rows;
import static com.trialsage.it.Uploads.text;
import static com.trialsage.it.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.trialsage.sandbox.Isolation;
import com.trialsage.testing.SentryReceiver;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Validation runs end to end over HTTP: the real engine (behind the test engine script, which
 * misbehaves only when an input's name asks it to) in the real sandbox, PostgreSQL, and the API.
 * The order matters for the engine's circuit breaker, which belongs to the instance: failing tests
 * are separated by successful runs until the breaker test opens it on purpose.
 */
@ContainerTest
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunsIT {
  private static final String STUDY = "sdtm/cdiscpilot01";
  private static final String CT = "2025-03-25";

  // Receives the in-app alerts the container sends to its webhook (see the pom).
  private static AlertReceiver alerts;
  // Stands in for Sentry: the container's SENTRY_DSN points at this port (see the pom).
  private static SentryReceiver sentry;

  @ArquillianResource URL base;
  private Http http;

  @BeforeAll
  static void receiveAlerts() throws IOException {
    alerts = AlertReceiver.start();
    sentry = SentryReceiver.start(Integer.parseInt(TestEnvironment.required("it.sentry.port")));
  }

  @AfterAll
  static void stopReceivingAlerts() {
    alerts.close();
    sentry.close();
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  @Order(1)
  void validatesTheExampleStudyLikeTheEngineItself() throws Exception {
    String tenant = "study-co";
    List<String> datasets = new ArrayList<>();
    for (Path xpt : studyFiles(".xpt")) {
      datasets.add(uploadId(tenant, xpt.getFileName().toString(), Files.readAllBytes(xpt)));
    }
    String define = uploadId(tenant, "define.xml", bytes(STUDY + "/define.xml"));

    HttpResponse<String> submitted = submit(tenant, request(datasets, define), null);

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = json(submitted).getString("id");
    assertThat(submitted.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/api/v1/runs/" + id);
    JsonObject run = awaitFinal(tenant, id, Duration.ofSeconds(180));
    assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(run.getJsonObject("engine").getString("version")).isEqualTo("0.1.0");
    assertThat(run.getJsonObject("engine").getString("catalogSha256")).matches("[0-9a-f]{64}");
    assertThat(run.getJsonArray("inputs")).hasSize(datasets.size() + 1);
    assertThat(run.getJsonObject("timings").getJsonNumber("engineMillis").longValue()).isPositive();
    assertThat(run.getJsonObject("summary").getString("controlledTerminology"))
        .isEqualTo("SDTM Terminology " + CT);

    long expected = engineFindings();
    long stored = run.getJsonObject("findings").getJsonNumber("stored").longValue();
    assertThat(stored).isEqualTo(expected).isPositive();
    assertThat(rows("SELECT count(*) FROM findings WHERE run_id = CAST(? AS uuid)", id))
        .isEqualTo(expected);

    JsonObject page = json(get(tenant, "/api/v1/runs/" + id + "/findings?limit=25"));
    assertThat(page.getJsonArray("items")).hasSize(25);
    String next = page.getString("next");
    JsonObject second = json(getUri(tenant, next));
    assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isGreaterThan(
            page.getJsonArray("items").getJsonObject(24).getJsonNumber("id").longValue());
    String rule = page.getJsonArray("items").getJsonObject(0).getString("ruleId");
    JsonObject byRule =
        json(get(tenant, "/api/v1/runs/" + id + "/findings?limit=1000&rule=" + rule));
    assertThat(byRule.getJsonArray("items"))
        .allSatisfy(f -> assertThat(f.asJsonObject().getString("ruleId")).isEqualTo(rule));
    assertThat(byRule.getJsonArray("items").size())
        .isEqualTo(
            (int)
                rows(
                    "SELECT count(*) FROM findings WHERE run_id = CAST(? AS uuid) AND rule_id = ?",
                    id,
                    rule));
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE object_id = ? AND action IN"
                    + " ('run.queued', 'run.succeeded')",
                id))
        .isEqualTo(2);

    assertThat(get("intruder-co", "/api/v1/runs/" + id).statusCode()).isEqualTo(404);
    assertThat(get("intruder-co", "/api/v1/runs/" + id + "/findings").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(2)
  void servesEachReportOnceRenderedAndChecksItsStoredBytes() throws Exception {
    String tenant = "report-co";
    List<String> datasets = new ArrayList<>();
    for (String name : List.of("dm.xpt", "ae.xpt", "ex.xpt")) {
      datasets.add(uploadId(tenant, name, bytes(STUDY + "/" + name)));
    }
    JsonObject run = submitAndAwait(tenant, request(datasets, null));
    assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
    String id = run.getString("id");
    long stored = run.getJsonObject("findings").getJsonNumber("stored").longValue();
    String reports = "/api/v1/runs/" + id + "/reports/";

    HttpResponse<byte[]> csv = report(tenant, reports + "csv", null);
    HttpResponse<byte[]> json = report(tenant, reports + "json", null);
    HttpResponse<byte[]> xlsx = report(tenant, reports + "xlsx", null);
    HttpResponse<byte[]> html = report(tenant, reports + "html", null);

    for (HttpResponse<byte[]> response : List.of(csv, json, xlsx, html)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("ETag")).hasValue("\"" + sha256(response) + "\"");
      assertThat(response.headers().firstValue("Repr-Digest"))
          .hasValue("sha-256=:" + Base64.getEncoder().encodeToString(digest(response)) + ":");
    }
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"))
        .hasSize((int) stored + 1);
    assertThat(
            Json.createReader(new java.io.ByteArrayInputStream(json.body()))
                .readObject()
                .getJsonArray("findings"))
        .hasSize((int) stored);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
      assertThat(workbook.getSheet("Details").getLastRowNum()).isEqualTo((int) stored);
      assertThat(workbook.getSheet("Dataset Summary")).isNotNull();
      assertThat(workbook.getSheet("Issue Summary")).isNotNull();
      assertThat(workbook.getSheet("Rules")).isNotNull();
    }
    assertThat(html.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("sandbox")
        .contains("default-src 'none'");
    assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains(id);

    HttpResponse<byte[]> again = report(tenant, reports + "xlsx", null);
    assertThat(again.body()).isEqualTo(xlsx.body());
    assertThat(report(tenant, reports + "xlsx", sha256Tag(xlsx)).statusCode()).isEqualTo(304);
    assertThat(rows("SELECT count(*) FROM run_reports WHERE run_id = CAST(? AS uuid)", id))
        .isEqualTo(4);
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE object_id = ? AND action ="
                    + " 'report.downloaded'",
                id))
        .isEqualTo(5);

    Path storedCsv =
        Path.of(TestEnvironment.required("it.work.dir"), "data", "objects")
            .resolve(
                text(
                    "SELECT storage_key FROM run_reports WHERE run_id = CAST(? AS uuid)"
                        + " AND format = 'csv'",
                    id));
    byte[] tampered = Files.readAllBytes(storedCsv);
    tampered[tampered.length - 3] ^= 1;
    Files.write(storedCsv, tampered);
    assertThat(refusesDownload(tenant, reports + "csv")).isTrue();
    // The broken read became a 500 in the exception mapper, which reports it to Sentry.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !sentry.eventsTagged("tenant", tenant).isEmpty());
    JsonObject reported = sentry.eventsTagged("tenant", tenant).get(0);
    assertThat(reported.getJsonObject("exception").getJsonArray("values"))
        .extracting(value -> value.asJsonObject().getString("type"))
        .contains("IntegrityIOException");
    assertThat(reported.getJsonObject("request").getString("url")).isEqualTo(reports + "csv");
    assertThat(reported.getJsonObject("request").containsKey("headers")).isFalse();
    String requestId = reported.getJsonObject("tags").getString("request_id");
    assertThat(requestId).isNotBlank();
    // The response was already committed: the container's error page must not report it again.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> sentry.eventsTagged("request_id", requestId).size() == 1);
    HttpResponse<byte[]> rendered = report(tenant, reports + "csv", null);
    assertThat(rendered.statusCode()).isEqualTo(200);
    assertThat(rendered.body()).isEqualTo(csv.body());

    assertProblem(get(tenant, reports + "pdf"), 404, "json, csv, xlsx or html");
    assertThat(get("intruder-co", reports + "csv").statusCode()).isEqualTo(404);
    String queued = submitDm(http, "report-co-queued");
    assertProblem(
        get("report-co-queued", "/api/v1/runs/" + queued + "/reports/csv"),
        409,
        "once it has succeeded");
  }

  @Test
  @Order(3)
  void answersARepeatedIdempotencyKeyWithTheSameRun() throws Exception {
    String tenant = "idem-co";
    String dm = uploadId(tenant, "dm.xpt", bytes(STUDY + "/dm.xpt"));
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = submit(tenant, request(List.of(dm), null), key);
    HttpResponse<String> again = submit(tenant, request(List.of(dm), null), key);
    HttpResponse<String> other =
        submit(tenant, request(List.of(dm), null).replace("3.4", "3.3"), key);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(json(again).getString("id")).isEqualTo(json(first).getString("id"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("idempotency-key-reused");
    assertThat(rows("SELECT count(*) FROM runs WHERE tenant_id = ?", tenant)).isEqualTo(1);
    awaitFinal(tenant, json(first).getString("id"), Duration.ofSeconds(120));
  }

  @Test
  @Order(4)
  void refusesBadRequestsWithAProblemAndQueuesNothing() throws Exception {
    String tenant = "careless-co";
    String dm = uploadId(tenant, "dm.xpt", bytes(STUDY + "/dm.xpt"));
    String define = uploadId(tenant, "define.xml", bytes(STUDY + "/define.xml"));
    String foreign = uploadId("someone-else", "dm.xpt", bytes(STUDY + "/dm.xpt"));

    assertProblem(submit(tenant, "{not json", null), 400, "not valid JSON");
    assertProblem(submit(tenant, "{}", null), 400, "either 'uploads'");
    assertProblem(
        submit(tenant, request(List.of(dm), null).replace("3.4", "9.9"), null),
        400,
        "3.2, 3.3, 3.4");
    assertProblem(
        submit(tenant, request(List.of(UUID.randomUUID().toString()), null), null),
        422,
        "no upload");
    assertProblem(submit(tenant, request(List.of(foreign), null), null), 422, "no upload");
    assertProblem(submit(tenant, request(List.of(define), null), null), 422, "Define-XML");
    assertProblem(
        submit(tenant, request(List.of(dm), null).replace(CT, "1999-01-01"), null),
        422,
        "Installed: " + CT);
    assertProblem(
        submit(tenant, request(List.of(dm), null), "k".repeat(300)), 400, "Idempotency-Key");

    assertThat(rows("SELECT count(*) FROM runs WHERE tenant_id = ?", tenant)).isZero();
  }

  @Test
  @Order(5)
  void aCrashingEngineFailsTheRunAsAnEngineErrorReportedToSentryOnce() throws Exception {
    JsonObject run = runMisbehaving("engine-crash-co", "crash");
    String id = run.getString("id");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !sentry.eventsTagged("run_id", id).isEmpty());
    // A second event for the same run would follow the first at once: give it the chance.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> sentry.eventsTagged("run_id", id).size() == 1);

    assertThat(run.getString("state")).isEqualTo("FAILED");
    assertThat(run.getJsonObject("failure").getString("reason")).isEqualTo("ENGINE_ERROR");
    assertThat(run.getJsonObject("failure").getString("detail")).contains("crashing on purpose");
    JsonObject event = sentry.eventsTagged("run_id", id).get(0);
    assertThat(event.getJsonObject("tags").getString("tenant")).isEqualTo("engine-crash-co");
    assertThat(event.getJsonObject("tags").getString("failure_reason")).isEqualTo("ENGINE_ERROR");
    assertThat(event.getString("environment")).isEqualTo("it");
    assertThat(event.getString("release")).startsWith("trialsage@");
    assertThat(event.getJsonObject("extra").getString("detail")).contains("crashing on purpose");
    assertThat(sentry.paths()).allMatch(path -> path.equals("/api/1/envelope/"));
    assertThat(String.join("\n", sentry.envelopes()))
        .doesNotContain("eyJ")
        .doesNotContain("Bearer");
  }

  @Test
  @Order(6)
  void outputThatIsNotJsonFailsTheRunAsUnreadable() throws Exception {
    JsonObject run = runMisbehaving("garbage-co", "garbage");

    assertThat(run.getString("state")).isEqualTo("FAILED");
    assertThat(run.getJsonObject("failure").getString("reason")).isEqualTo("UNREADABLE_OUTPUT");
    assertThat(
            rows(
                "SELECT count(*) FROM findings WHERE run_id = CAST(? AS uuid)",
                run.getString("id")))
        .isZero();
  }

  @Test
  @Order(7)
  void theEngineReachesNoNetwork() throws Exception {
    // Only bubblewrap takes the network away (.ci/run installs it); without it the sandbox still
    // runs the engine, with the weaker isolation that readiness reports.
    assumeTrue(Isolation.detect().bwrap().isPresent(), "bubblewrap is not installed");
    // The test database listens on the host's loopback: reachable only without the sandbox.
    JsonObject run =
        runMisbehaving("network-co", "network-" + TestEnvironment.required("it.db.port"));

    assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
  }

  @Test
  @Order(8)
  void theEngineWritesNothingOutsideItsRunFolder() throws Exception {
    JsonObject run = runMisbehaving("escape-co", "escape");

    assertThat(run.getString("state")).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(Path.of(TestEnvironment.required("it.work.dir"), "engine", "escaped-from-sandbox"))
        .doesNotExist();
    assertThat(Path.of("/etc/escaped-from-sandbox")).doesNotExist();
  }

  @Test
  @Order(9)
  void aHangingEngineIsKilledWithItsChildrenAtTheTimeout() throws Exception {
    long start = System.nanoTime();
    JsonObject run = runMisbehaving("hang-co", "hang");

    assertThat(run.getString("state")).isEqualTo("FAILED");
    assertThat(run.getJsonObject("failure").getString("reason")).isEqualTo("TIMEOUT");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(90));
    assertThat(sleepersLeft()).isZero();
  }

  @Test
  @Order(10)
  void anEngineWritingWithoutEndIsStoppedByTheFileSizeLimit() throws Exception {
    JsonObject run = runMisbehaving("flood-co", "flood");

    assertThat(run.getString("state")).isEqualTo("FAILED");
    assertThat(run.getJsonObject("failure").getString("reason")).isEqualTo("ENGINE_ERROR");
    assertThat(run.getJsonObject("failure").getString("detail")).contains("flood stopped");
    assertThat(runFolders()).isEmpty();
  }

  @Test
  @Order(11)
  void cancelsARunningRunAndRetriesItAsANewRun() throws Exception {
    String tenant = "cancel-co";
    String slow = uploadId(tenant, "misbehave-slow.xpt", bytes(STUDY + "/ts.xpt"));
    String id = json(submit(tenant, request(List.of(slow), null), null)).getString("id");
    awaitPhase(tenant, id, "validating", Duration.ofSeconds(60));

    HttpResponse<String> cancelled = post(tenant, "/api/v1/runs/" + id + "/cancel");
    long asked = System.nanoTime();
    JsonObject run = awaitFinal(tenant, id, Duration.ofSeconds(30));

    assertThat(cancelled.statusCode()).isEqualTo(202);
    assertThat(run.getJsonObject("failure").getString("reason")).isEqualTo("CANCELLED");
    assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
    assertProblem(post(tenant, "/api/v1/runs/" + id + "/cancel"), 409, "already ended");

    HttpResponse<String> retried = post(tenant, "/api/v1/runs/" + id + "/retry");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
    JsonObject retry = json(retried);
    assertThat(retry.getString("retryOf")).isEqualTo(id);
    assertThat(retry.getString("id")).isNotEqualTo(id);
    JsonObject done = awaitFinal(tenant, retry.getString("id"), Duration.ofSeconds(120));
    assertThat(done.getString("state")).isEqualTo("SUCCEEDED");
    assertProblem(
        post(tenant, "/api/v1/runs/" + done.getString("id") + "/retry"), 409, "only a FAILED");
  }

  @Test
  @Order(12)
  void threeEngineFailuresOpenTheBreakerWhichClosesAfterItsDelay() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(runMisbehaving("breaker-co", "crash").getString("state")).isEqualTo("FAILED");
    }
    String operator = token().tenant("ops").groups("operator").build();

    JsonObject engine = json(http.get("/api/v1/ops/engine", operator));
    HttpResponse<String> refused =
        submit(
            "breaker-co",
            request(List.of(uploadId("breaker-co", "dm.xpt", bytes(STUDY + "/dm.xpt"))), null),
            null);
    HttpResponse<String> ready = http.get("/health/ready", null);
    String metrics = http.get("/metrics", null).body();

    assertThat(engine.getJsonObject("breaker").getString("state")).isEqualTo("OPEN");
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("engine's circuit breaker is open");
    assertThat(metric(metrics, "engine_breaker_state")).isEqualTo(1);
    assertThat(metric(metrics, "engine_breaker_openings_total")).isGreaterThanOrEqualTo(1);

    await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.of("engine-breaker-open").isEmpty());

    Thread.sleep(6_500);
    JsonObject trial = runMisbehaving("breaker-co", "none");
    assertThat(trial.getString("state")).isEqualTo("SUCCEEDED");
    assertThat(
            json(http.get("/api/v1/ops/engine", operator))
                .getJsonObject("breaker")
                .getString("state"))
        .isEqualTo("CLOSED");
    assertThat(metric(http.get("/metrics", null).body(), "engine_breaker_state")).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> alerts.of("engine-breaker-open").size() == 2);
    List<AlertReceiver.Delivery> delivered = alerts.of("engine-breaker-open");
    assertThat(delivered)
        .extracting(d -> d.body().getString("status"))
        .containsExactly("firing", "resolved");
    assertThat(delivered).allSatisfy(d -> assertThat(d.signed()).isTrue());
    assertThat(delivered.get(0).body().getString("severity")).isEqualTo("critical");
    assertThat(delivered.get(0).body().getString("source")).isEqualTo("it-payara");
  }

  @Test
  @Order(13)
  void runMetricsCountWhatHappened() throws Exception {
    String before = http.get("/metrics", null).body();

    runMisbehaving("metrics-co", "none");
    String after = http.get("/metrics", null).body();

    assertThat(metric(after, "runs_submitted_total") - metric(before, "runs_submitted_total"))
        .isEqualTo(1);
    assertThat(
            metric(after, "runs_finished_total", "outcome=\"succeeded\"", "reason=\"none\"")
                - metric(before, "runs_finished_total", "outcome=\"succeeded\"", "reason=\"none\""))
        .isEqualTo(1);
    assertThat(
            metric(after, "engine_exits_total", "kind=\"ok\"")
                - metric(before, "engine_exits_total", "kind=\"ok\""))
        .isEqualTo(1);
    // Histograms (buckets configured in microprofile-config.properties), not only summaries.
    for (String histogram : List.of("run_queue_wait_seconds", "run_duration_seconds")) {
      assertThat(
              metric(after, histogram + "_bucket", "le=\"+Inf\"")
                  - metric(before, histogram + "_bucket", "le=\"+Inf\""))
          .as(histogram)
          .isEqualTo(1);
      assertThat(metric(after, histogram + "_count") - metric(before, histogram + "_count"))
          .as(histogram)
          .isEqualTo(1);
    }
    assertThat(after).contains("runs_queued").contains("runs_oldest_queued_age_seconds");
    // At 0 before the first failure, so Prometheus sees the first one as an increase.
    assertThat(after)
        .contains("audit_chain_breaks_total")
        .contains("uploads_integrity_failures_total");
  }

  @Test
  @Order(14)
  void aRunQueuedTooLongRaisesOneAlertThatResolvesOnceTheQueueEmpties() throws Exception {
    // failsafe evaluates the in-app conditions every second and calls a run queued over 5 s too
    // old. The tenant may run one run at a time, so its second run waits behind a hanging one.
    String key = "runs-queued-too-old";
    String tenant = "queue-co";
    String hang = uploadId(tenant, "misbehave-hang.xpt", bytes(STUDY + "/ts.xpt"));
    String dm = uploadId(tenant, "dm.xpt", bytes(STUDY + "/dm.xpt"));
    Uploads.execute("UPDATE tenants SET max_concurrent_runs = 1 WHERE id = ?", tenant);
    await().atMost(Duration.ofSeconds(30)).until(() -> !firing(key));
    int before = alerts.of(key).size();

    String running = json(submit(tenant, request(List.of(hang), null), null)).getString("id");
    awaitPhase(tenant, running, "validating", Duration.ofSeconds(60));
    String waiting = json(submit(tenant, request(List.of(dm), null), null)).getString("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> alerts.of(key).size() > before);
    // Still queued, evaluated every second: still one alert (the hanging run times out at 20 s).
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> alerts.of(key).size() == before + 1);
    String metrics = http.get("/metrics", null).body();
    JsonObject run = json(get(tenant, "/api/v1/runs/" + waiting));
    post(tenant, "/api/v1/runs/" + waiting + "/cancel");
    post(tenant, "/api/v1/runs/" + running + "/cancel");
    await().atMost(Duration.ofSeconds(30)).until(() -> alerts.of(key).size() >= before + 2);
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> alerts.of(key).size() == before + 2);

    assertThat(run.getString("state")).isEqualTo("QUEUED");
    assertThat(metric(metrics, "runs_oldest_queued_age_seconds")).isGreaterThan(5);
    List<AlertReceiver.Delivery> delivered = alerts.of(key).subList(before, alerts.of(key).size());
    assertThat(delivered)
        .extracting(d -> d.body().getString("status"))
        .containsExactly("firing", "resolved");
    assertThat(delivered).allSatisfy(d -> assertThat(d.signed()).isTrue());
    JsonObject firing = delivered.get(0).body();
    assertThat(firing.getString("severity")).isEqualTo("critical");
    assertThat(firing.getString("summary")).contains("more than 5 s");
    assertThat(Long.parseLong(firing.getJsonObject("details").getString("oldestQueuedAgeSeconds")))
        .isGreaterThan(5);
    assertThat(
            awaitFinal(tenant, waiting, Duration.ofSeconds(30))
                .getJsonObject("failure")
                .getString("reason"))
        .isEqualTo("CANCELLED");
  }

  private static boolean firing(String key) {
    List<AlertReceiver.Delivery> delivered = alerts.of(key);
    return !delivered.isEmpty()
        && delivered.get(delivered.size() - 1).body().getString("status").equals("firing");
  }

  // --- helpers, also used by other container tests ---

  /** Uploads dm.xpt for {@code tenant} and queues a run of it; returns the run's id. */
  static String submitDm(Http http, String tenant) throws Exception {
    HttpResponse<String> created = upload(http, tenant, "dm.xpt", bytes(STUDY + "/dm.xpt"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> run =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/runs"))
                .header("Authorization", "Bearer " + token().tenant(tenant).build())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        request(List.of(json(created).getString("id")), null))));
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    return json(run).getString("id");
  }

  private JsonObject runMisbehaving(String tenant, String mode) throws Exception {
    String id = uploadId(tenant, "misbehave-" + mode + ".xpt", bytes(STUDY + "/ts.xpt"));
    HttpResponse<String> submitted = submit(tenant, request(List.of(id), null), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    return awaitFinal(tenant, json(submitted).getString("id"), Duration.ofSeconds(120));
  }

  static String request(List<String> datasets, String define) {
    JsonArrayBuilder uploads = Json.createArrayBuilder();
    datasets.forEach(uploads::add);
    var json =
        Json.createObjectBuilder()
            .add("uploads", uploads)
            .add("standard", "SDTMIG")
            .add("standardVersion", "3.4")
            .add("ctVersion", CT);
    if (define != null) {
      json.add("define", define);
    }
    return json.build().toString();
  }

  private String uploadId(String tenant, String name, byte[] content) throws Exception {
    HttpResponse<String> created = upload(http, tenant, name, content);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getString("id");
  }

  private HttpResponse<String> submit(String tenant, String body, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri("/api/v1/runs"))
            .header("Authorization", "Bearer " + token().tenant(tenant).build())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request);
  }

  private JsonObject submitAndAwait(String tenant, String body) throws Exception {
    HttpResponse<String> submitted = submit(tenant, body, null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    return awaitFinal(tenant, json(submitted).getString("id"), Duration.ofSeconds(120));
  }

  private HttpResponse<byte[]> report(String tenant, String path, String ifNoneMatch)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", "Bearer " + token().tenant(tenant).build());
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.sendForBytes(request);
  }

  // A changed stored object must never arrive as a complete 200: the transfer fails or is a 5xx.
  private boolean refusesDownload(String tenant, String path) throws Exception {
    try {
      return report(tenant, path, null).statusCode() >= 500;
    } catch (IOException e) {
      return true;
    }
  }

  private static byte[] digest(HttpResponse<byte[]> response) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256").digest(response.body());
  }

  private static String sha256(HttpResponse<byte[]> response) throws Exception {
    return java.util.HexFormat.of().formatHex(digest(response));
  }

  private static String sha256Tag(HttpResponse<byte[]> response) throws Exception {
    return "\"" + sha256(response) + "\"";
  }

  private HttpResponse<String> get(String tenant, String path) throws Exception {
    return http.get(path, token().tenant(tenant).build());
  }

  private HttpResponse<String> getUri(String tenant, String uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(java.net.URI.create(uri))
            .header("Authorization", "Bearer " + token().tenant(tenant).build()));
  }

  private HttpResponse<String> post(String tenant, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", "Bearer " + token().tenant(tenant).build())
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private JsonObject awaitFinal(String tenant, String id, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonObject run = json(get(tenant, "/api/v1/runs/" + id));
      String state = run.getString("state");
      if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
        return run;
      }
      assertThat(System.nanoTime()).as("run " + id + " still " + state).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private void awaitPhase(String tenant, String id, String phase, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!phase.equals(
        json(get(tenant, "/api/v1/runs/" + id)).getJsonObject("progress").getString("phase", ""))) {
      assertThat(System.nanoTime())
          .as("run " + id + " never reached " + phase)
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(json(response).getString("detail")).contains(detail);
  }

  private static List<Path> studyFiles(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Uploads.reference(STUDY))) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  // The engine run directly on the same files: the service must store exactly what it found.
  private static long engineFindings() throws Exception {
    Path out =
        Files.createTempDirectory(Path.of(TestEnvironment.required("it.work.dir")), "direct-");
    Path inputs = Files.createDirectories(out.resolve("inputs"));
    for (Path xpt : studyFiles(".xpt")) {
      Files.copy(xpt, inputs.resolve(xpt.getFileName()));
    }
    Process engine =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(TestEnvironment.required("it.build.dir"), "trialsage-engine.jar")
                    .toString(),
                "validate",
                "--standard",
                "sdtmig",
                "--version",
                "3.4",
                "--ct",
                Path.of(
                        TestEnvironment.required("trialsage.shared.data"),
                        "ct",
                        "SDTM Terminology " + CT + ".txt")
                    .toString(),
                "--define",
                Uploads.reference(STUDY + "/define.xml").toString(),
                "--out",
                out.resolve("out").toString(),
                inputs.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("engine.log").toFile())
            .start();
    assertThat(engine.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(engine.exitValue()).as(Files.readString(out.resolve("engine.log"))).isZero();
    try (Stream<String> lines = Files.lines(out.resolve("out").resolve("findings.ndjson"))) {
      return lines.count();
    }
  }

  private static long sleepersLeft() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("sleep 3600"))
        .count();
  }

  private static List<Path> runFolders() throws IOException {
    Path runs = Path.of(TestEnvironment.required("it.work.dir"), "data", "runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(runs)) {
      return folders.toList();
    }
  }

  /** The sum of a metric's samples whose labels include all of {@code labels}. */
  static double metric(String exposition, String name, String... labels) {
    Pattern line =
        Pattern.compile(
            "^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE);
    Matcher matcher = line.matcher(exposition);
    double sum = 0;
    while (matcher.find()) {
      String found = matcher.group(1) == null ? "" : matcher.group(1);
      if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
        sum += Double.parseDouble(matcher.group(2));
      }
    }
    return sum;
  }
}
