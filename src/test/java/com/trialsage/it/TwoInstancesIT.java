package com.trialsage.it;

import static com.trialsage.it.Tokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Micro instances on one database, as a cluster runs: every run is claimed and run by
 * exactly one of them, once, and both take their share of the queue; a tenant's rate limit counts
 * the requests of both. They run with the production management surface: metrics and OpenAPI only
 * for the management token.
 */
@ExtendWith(TestEnvironment.class)
class TwoInstancesIT {
  private static final int RUNS = 12;
  private static final int LIMIT = 10;
  static final String MANAGEMENT_TOKEN = "it-management-token-0123456789";
  private static final List<String> TENANTS = List.of("twin-a-co", "twin-b-co", "twin-c-co");

  private static final String CLIENT_TRACE_ID = "5f3a9c0e7d2b4e61a8c1f0e2d3b4a596";
  private static final String CLIENT_TRACE_PARENT =
      "00-" + CLIENT_TRACE_ID + "-a1b2c3d4e5f60718-01";

  private static Process first;
  private static Process second;
  private static OtlpReceiver traces;

  @BeforeAll
  static void startBoth() throws Exception {
    traces = OtlpReceiver.start(Integer.parseInt(TestEnvironment.required("it.otlp.port")));
    Files.deleteIfExists(log("first"));
    Files.deleteIfExists(log("second"));
    first = PayaraProcess.start("two-instances-first.log", PayaraProcess.restartPort(), env());
    second = PayaraProcess.start("two-instances-second.log", secondPort(), env());
  }

  @AfterAll
  static void stopBoth() throws InterruptedException {
    for (Process process : new Process[] {first, second}) {
      if (process != null && process.isAlive()) {
        process.destroyForcibly().waitFor();
      }
    }
    traces.close();
  }

  @Test
  void exportsTracesOverOtlpWhenConfigured() throws Exception {
    Http http = new Http(PayaraProcess.base(secondPort()).toURL());

    HttpResponse<String> me = http.get("/api/v1/me", token().tenant("twin-traced").build());

    assertThat(me.statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                traces.exports().stream()
                    .anyMatch(e -> e.path().equals("/v1/traces") && e.mentions("v1/me")));
    assertThat(traces.exports())
        .filteredOn(e -> e.path().equals("/v1/traces"))
        .allSatisfy(e -> assertThat(e.contentType()).isEqualTo("application/x-protobuf"))
        .anySatisfy(e -> assertThat(e.mentions("trialsage")).isTrue());
  }

  @Test
  void everyRunIsRunOnceByOneOfTheTwoInstances() throws Exception {
    Http viaFirst = new Http(PayaraProcess.base().toURL());
    Http viaSecond = new Http(PayaraProcess.base(secondPort()).toURL());
    List<String> runs = new ArrayList<>();
    Map<String, String> tenantOf = new HashMap<>();

    for (int i = 0; i < RUNS; i++) {
      Http http = i % 2 == 0 ? viaFirst : viaSecond;
      String tenant = TENANTS.get(i % TENANTS.size());
      // The first submission continues a client's trace (W3C traceparent).
      String run = submit(http, tenant, i == 0 ? CLIENT_TRACE_PARENT : null);
      runs.add(run);
      tenantOf.put(run, tenant);
    }

    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> unfinished(runs) == 0);
    for (String run : runs) {
      assertThat(Uploads.text("SELECT state FROM runs WHERE id = CAST(? AS uuid)", run))
          .as(run)
          .isEqualTo("SUCCEEDED");
      assertThat(Uploads.rows("SELECT attempts FROM runs WHERE id = CAST(? AS uuid)", run))
          .as("attempts of " + run)
          .isEqualTo(1);
    }
    Map<String, Integer> startsOnFirst = runEvents(log("first"), "Run started", tenantOf);
    Map<String, Integer> startsOnSecond = runEvents(log("second"), "Run started", tenantOf);
    for (String run : runs) {
      int starts = startsOnFirst.getOrDefault(run, 0) + startsOnSecond.getOrDefault(run, 0);
      assertThat(starts).as("starts of run " + run + " (" + tenantOf.get(run) + ")").isEqualTo(1);
    }
    assertThat(startsOnFirst).as("runs the first instance ran").isNotEmpty();
    assertThat(startsOnSecond).as("runs the second instance ran").isNotEmpty();
    // Each run's work is a trace span, exported with its id; the first run's continues the trace
    // its client sent with the submission, however long it waited in the queue.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                traces.exports().stream()
                    .anyMatch(
                        e ->
                            e.mentions("trialsage.run")
                                && e.mentions(runs.get(0))
                                && e.mentions("phase storing-findings")
                                && e.mentions("trialsage.engineMillis")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                traces.exports().stream()
                    .anyMatch(e -> e.hasSpanInTrace(CLIENT_TRACE_ID, "trialsage.run")));
    // Each business event of a run is one INFO line, with its tenant and run id, on one instance.
    for (String event : List.of("Run queued", "Run succeeded")) {
      Map<String, Integer> seen = new HashMap<>(runEvents(log("first"), event, tenantOf));
      runEvents(log("second"), event, tenantOf)
          .forEach((run, n) -> seen.merge(run, n, Integer::sum));
      for (String run : runs) {
        assertThat(seen.getOrDefault(run, 0)).as(event + " lines of run " + run).isEqualTo(1);
      }
    }
  }

  @Test
  void theRateLimitIsExactAcrossBothInstancesUnderConcurrentRequests() throws Exception {
    waitForAFreshRateLimitWindow();
    String token = token().tenant("twin-limited").build();
    List<Http> instances =
        List.of(
            new Http(PayaraProcess.base().toURL()),
            new Http(PayaraProcess.base(secondPort()).toURL()));
    ExecutorService clients = Executors.newFixedThreadPool(2 * LIMIT);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();

    try {
      for (int i = 0; i < 2 * LIMIT; i++) {
        Http http = instances.get(i % 2);
        calls.add(clients.submit(() -> http.get("/api/v1/me", token)));
      }
      Map<Integer, Integer> statuses = new HashMap<>();
      for (Future<HttpResponse<String>> call : calls) {
        statuses.merge(call.get(60, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
      }

      assertThat(statuses).containsOnly(entry(200, LIMIT), entry(429, LIMIT));
    } finally {
      clients.shutdownNow();
    }
  }

  // The limit counts per one-minute window: start where every request fits in one.
  private static void waitForAFreshRateLimitWindow() throws InterruptedException {
    long secondOfMinute = Instant.now().getEpochSecond() % 60;
    if (secondOfMinute > 45) {
      Thread.sleep((61 - secondOfMinute) * 1000);
    }
  }

  @Test
  void theManagementSurfaceAnswersOnlyTheManagementToken() throws Exception {
    Http http = new Http(PayaraProcess.base().toURL());

    HttpResponse<String> anonymous = http.get("/metrics", null);
    HttpResponse<String> guessed = basic(http, "/metrics", "not-the-token");
    HttpResponse<String> scraper = basic(http, "/metrics", MANAGEMENT_TOKEN);
    HttpResponse<String> openApi = http.get("/openapi", null);
    HttpResponse<String> documented = basic(http, "/openapi", MANAGEMENT_TOKEN);
    HttpResponse<String> userToken = http.get("/openapi", token().groups("operator").build());
    HttpResponse<String> probe = http.get("/health/ready", null);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Basic");
    assertThat(Http.json(anonymous).getString("detail")).contains("management token");
    assertThat(guessed.statusCode()).isEqualTo(401);
    assertThat(scraper.statusCode()).isEqualTo(200);
    assertThat(scraper.body()).contains("# TYPE");
    assertThat(openApi.statusCode()).isEqualTo(401);
    assertThat(documented.statusCode()).isEqualTo(200);
    assertThat(userToken.statusCode()).isEqualTo(401);
    assertThat(probe.statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> basic(Http http, String path, String password)
      throws Exception {
    String credentials = "metrics:" + password;
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(
                            credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }

  private static String submit(Http http, String tenant, String traceParent) throws Exception {
    HttpResponse<String> upload =
        Uploads.upload(http, tenant, "ts.xpt", Uploads.bytes("sdtm/cdiscpilot01/ts.xpt"));
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri("/api/v1/runs"))
            .header("Authorization", "Bearer " + token().tenant(tenant).build())
            .header("Content-Type", "application/json");
    if (traceParent != null) {
      request.header("traceparent", traceParent);
    }
    HttpResponse<String> run =
        http.send(
            request.POST(
                HttpRequest.BodyPublishers.ofString(
                    RunsIT.request(List.of(Http.json(upload).getString("id")), null))));
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    return Http.json(run).getString("id");
  }

  private static long unfinished(List<String> runs) throws Exception {
    return Uploads.rows(
        "SELECT count(*) FROM runs WHERE CAST(id AS text) = ANY (CAST(? AS text[]))"
            + " AND state NOT IN ('SUCCEEDED', 'FAILED')",
        "{" + String.join(",", runs) + "}");
  }

  /**
   * How often each run's INFO line starting with {@code event} appears in one instance's JSON log,
   * counting only lines that carry the run's id and its tenant.
   */
  private static Map<String, Integer> runEvents(
      Path log, String event, Map<String, String> tenantOf) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : Files.readAllLines(log)) {
      if (!line.startsWith("{") || !line.contains(event)) {
        continue;
      }
      JsonObject entry = Json.createReader(new StringReader(line)).readObject();
      String run = entry.getString("run_id", "");
      if (entry.getString("message", "").startsWith(event)
          && entry.getString("level", "").equals("INFO")
          && tenantOf.containsKey(run)
          && tenantOf.get(run).equals(entry.getString("tenant", ""))) {
        counts.merge(run, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Map<String, String> env() {
    Map<String, String> env = new HashMap<>(production());
    // MicroProfile Telemetry, configured as an operator would: OTLP over HTTP to a collector.
    env.put("OTEL_SDK_DISABLED", "false");
    env.put("OTEL_SERVICE_NAME", "trialsage");
    env.put("OTEL_TRACES_EXPORTER", "otlp");
    env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    env.put(
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "http://127.0.0.1:" + TestEnvironment.required("it.otlp.port"));
    env.put("OTEL_BSP_SCHEDULE_DELAY", "500");
    return env;
  }

  private static Map<String, String> production() {
    return Map.of(
        "TRIALSAGE_DATA_DIR",
        Path.of(TestEnvironment.required("it.work.dir"), "two-instances-data").toString(),
        // One JSON object per line, so the test can read which instance started which run.
        "TRIALSAGE_LOG_FORMAT",
        "json",
        "TRIALSAGE_RUNS_MAX_CONCURRENT_PER_TENANT",
        "4",
        "TRIALSAGE_RATELIMIT_READ_PER_MINUTE_TWIN_LIMITED",
        String.valueOf(LIMIT),
        // As in production: the failsafe environment opens the surface for the other tests.
        "TRIALSAGE_MANAGEMENT_PUBLIC",
        "false",
        "TRIALSAGE_MANAGEMENT_TOKEN",
        MANAGEMENT_TOKEN);
  }

  private static Path log(String which) {
    return Path.of(TestEnvironment.required("it.work.dir"), "two-instances-" + which + ".log");
  }

  private static int secondPort() {
    return Integer.parseInt(TestEnvironment.required("it.second.port"));
  }
}
