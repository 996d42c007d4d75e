package com.trialsage.it;

import static com.trialsage.it.Http.json;
import static com.trialsage.it.Tokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.trialsage.testing.PromQlNames;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The foundation over real HTTP against the production WAR on Payara Micro and a real PostgreSQL:
 * migrations, identity and tenancy, problem+json errors, request ids, health, metrics and OpenAPI.
 */
@ContainerTest
@RunAsClient
class FoundationIT {

  @ArquillianResource URL base;
  private Http http;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @BeforeEach
  void client() {
    http = new Http(base);
  }

  @Test
  void appliesEveryMigrationBeforeServing() throws Exception {
    List<String> tables = new ArrayList<>();

    try (Connection db = TestEnvironment.database();
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public' ORDER BY table_name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }

    assertThat(tables)
        .contains("tenants", "uploads", "runs", "run_inputs", "findings", "audit_events")
        .contains("databasechangelog");
  }

  @Test
  void meAnswersTenantSubjectAndRolesFromTheToken() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/me", token().tenant("acme").build());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject me = json(response);
    assertThat(me.getString("tenant")).isEqualTo("acme");
    assertThat(me.getString("subject")).isEqualTo("alice");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("reviewer", "submitter");
  }

  @Test
  void recordsTheTenantOfItsFirstToken() throws Exception {
    http.get("/api/v1/me", token().tenant("first-seen").build());

    try (Connection db = TestEnvironment.database();
        ResultSet rows =
            db.createStatement()
                .executeQuery("SELECT count(*) FROM tenants WHERE id = 'first-seen'")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void refusesARequestWithoutToken() throws Exception {
    assertUnauthorized(http.get("/api/v1/me", null), "bearer token");
  }

  @Test
  void refusesATokenSignedByAnotherKey() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();

    assertUnauthorized(http.get("/api/v1/me", token().signedBy(stranger).build()), "signature");
  }

  @Test
  void refusesAnUnsignedToken() throws Exception {
    String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String claims =
        base64(
            "{\"iss\":\""
                + TestEnvironment.ISSUER
                + "\",\"sub\":\"alice\",\"tenant\":\"acme\",\"groups\":[\"admin\"],\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond()
                + "}");

    assertUnauthorized(http.get("/api/v1/me", header + "." + claims + "."), "'none'");
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    String expired =
        token()
            .issuedAt(Instant.now().minus(Duration.ofHours(2)))
            .lifetime(Duration.ofHours(1))
            .build();

    assertUnauthorized(http.get("/api/v1/me", expired), "expired");
  }

  @Test
  void refusesATokenFromAnotherIssuer() throws Exception {
    assertUnauthorized(
        http.get("/api/v1/me", token().issuer("https://evil.example").build()), "issuer");
  }

  @Test
  void refusesATokenNotValidYet() throws Exception {
    String early = token().notBefore(Instant.now().plus(Duration.ofMinutes(30))).build();

    assertUnauthorized(http.get("/api/v1/me", early), "nbf");
  }

  @Test
  void refusesATokenIssuedInTheFuture() throws Exception {
    String future = token().issuedAt(Instant.now().plus(Duration.ofMinutes(30))).build();

    assertUnauthorized(http.get("/api/v1/me", future), "iat");
  }

  @Test
  void refusesATokenOlderThanTheMaximumAge() throws Exception {
    String old =
        token()
            .issuedAt(Instant.now().minus(Duration.ofHours(25)))
            .lifetime(Duration.ofHours(26))
            .build();

    assertUnauthorized(http.get("/api/v1/me", old), "issued more than");
  }

  @Test
  void refusesATokenWithoutTenant() throws Exception {
    assertUnauthorized(http.get("/api/v1/me", token().tenant(null).build()), "'tenant' claim");
  }

  @Test
  void forbidsATokenWithoutAnAllowedRole() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/me", token().groups("guest").build());

    assertProblem(response, 403);
  }

  @Test
  void answersAnUnknownRouteWithProblemJson() throws Exception {
    HttpResponse<String> inApi = http.get("/api/v1/nothing-here", token().build());
    HttpResponse<String> outsideApi = http.get("/nothing-here", null);

    assertProblem(inApi, 404);
    assertProblem(outsideApi, 404);
  }

  @Test
  void answersAQueryParameterOfTheWrongFormWith400NamingIt() throws Exception {
    HttpResponse<String> uploads = http.get("/api/v1/uploads?size=twenty", token().build());
    HttpResponse<String> runs = http.get("/api/v1/runs?limit=ten", token().build());

    assertProblem(uploads, 400);
    assertThat(json(uploads).getString("detail")).contains("'size'");
    assertProblem(runs, 400);
    assertThat(json(runs).getString("detail")).contains("'limit'");
  }

  @Test
  void answersABodyOfTheWrongMediaTypeWith415SayingWhatToSend() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/runs"))
                .header("Authorization", "Bearer " + token().build())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("validate please")));

    assertProblem(response, 415);
    assertThat(json(response).getString("detail")).contains("Content-Type", "application/json");
  }

  @Test
  void answersAnUnsupportedMethodWithProblemJson() throws Exception {
    HttpResponse<String> response = http.send("DELETE", "/api/v1/me", token().build());

    assertProblem(response, 405);
  }

  @Test
  void echoesTheClientsRequestIdAndMakesOneOtherwise() throws Exception {
    HttpResponse<String> given =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/me"))
                .header("X-Request-Id", "client-id-42")
                .header("Authorization", "Bearer " + token().build()));
    HttpResponse<String> generated = http.get("/api/v1/me", null);

    assertThat(given.headers().firstValue("X-Request-Id")).contains("client-id-42");
    assertThat(generated.headers().firstValue("X-Request-Id")).get().asString().hasSize(36);
    assertThat(json(generated).getString("requestId"))
        .isEqualTo(generated.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void isReadyWithDatabaseStorageEngineAndValidationChecks() throws Exception {
    HttpResponse<String> ready = http.get("/health/ready", null);
    HttpResponse<String> alias = http.get("/ready", null);
    HttpResponse<String> live = http.get("/live", null);

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"database\"", "\"storage\"", "\"engine\"", "\"validation\"");
    assertThat(alias.statusCode()).isEqualTo(200);
    assertThat(json(alias).getJsonArray("checks")).hasSize(4);
    assertThat(live.statusCode()).isEqualTo(200);
  }

  @Test
  void countsRequestsByRouteAndStatusClass() throws Exception {
    http.get("/api/v1/me", token().build());
    http.get("/api/v1/me", null);

    String metrics = http.get("/metrics?scope=application", null).body();

    assertThat(metrics)
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*route=\"/api/v1/me\"[^}]*status=\"2xx\"")
        .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"4xx\"");
  }

  @Test
  void exportsEveryMetricTheAlertRulesAndTheDashboardName() throws Exception {
    http.get("/api/v1/me", token().build());
    Path project = Path.of(TestEnvironment.required("it.build.dir")).getParent();
    Set<String> named = new TreeSet<>();
    for (String expression : PromQlNames.alertExpressions(project)) {
      named.addAll(PromQlNames.metricNames(expression));
    }
    for (String expression : PromQlNames.dashboardExpressions(project)) {
      named.addAll(PromQlNames.metricNames(expression));
    }
    // Labelled by tenant: its series appear with a tenant's first 429, not at start.
    named.remove("rate_limit_rejections_total");

    String metrics = http.get("/metrics", null).body();
    Set<String> exported =
        metrics
            .lines()
            .filter(line -> !line.startsWith("#") && !line.isBlank())
            .map(line -> line.split("[{ ]", 2)[0])
            .collect(Collectors.toCollection(TreeSet::new));

    // Every counter is registered at zero when the application starts, so that Prometheus sees
    // the first event: a fresh instance already exports each name.
    assertThat(exported).containsAll(named);
  }

  @Test
  void answersAPreflightFromTheConsoleOrigin() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("http://localhost:3000");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .get()
        .asString()
        .contains("Authorization");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void refusesAPreflightFromAnotherOrigin() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));

    assertProblem(response, 403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void sendsSecurityHeadersEvenOnErrors() throws Exception {
    HttpResponse<String> response = http.get("/api/v1/me", null);

    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("frame-ancestors 'none'");
  }

  @Test
  void refusesTheRequestPastTheTenantsLimitWithRetryAfter() throws Exception {
    waitForAFreshRateLimitWindow();
    String token = token().tenant("limited").build();
    List<HttpResponse<String>> allowed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      allowed.add(http.get("/api/v1/me", token));
    }

    HttpResponse<String> refused = http.get("/api/v1/me", token);
    HttpResponse<String> otherTenant = http.get("/api/v1/me", token().tenant("unlimited").build());

    assertThat(allowed).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
    assertThat(allowed.get(4).headers().firstValue("RateLimit")).get().asString().contains("r=0");
    assertProblem(refused, 429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("RateLimit-Policy"))
        .contains("\"read-per-minute\";q=5;w=60");
    assertThat(otherTenant.statusCode()).isEqualTo(200);
  }

  // The limit counts per one-minute window: start where all six requests fit in one.
  private static void waitForAFreshRateLimitWindow() throws InterruptedException {
    long secondOfMinute = Instant.now().getEpochSecond() % 60;
    if (secondOfMinute > 50) {
      Thread.sleep((61 - secondOfMinute) * 1000);
    }
  }

  @Test
  void documentsTheMeEndpointInOpenApi() throws Exception {
    HttpResponse<String> response = http.get("/openapi", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/me");
  }

  private static void assertUnauthorized(HttpResponse<String> response, String detailPart) {
    assertProblem(response, 401);
    assertThat(json(response).getString("detail")).containsIgnoringCase(detailPart);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.");
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
