package com.trialsage.it;

import static com.trialsage.it.Http.json;
import static com.trialsage.it.Tokens.token;
import static com.trialsage.it.Uploads.bytes;
import static com.trialsage.it.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over real HTTP against the production WAR: events the application wrote are read
 * back per tenant, filtered, paged and exported as CSV, and the chain verification finds a row
 * changed behind the application's back. Each test uses its own tenants.
 */
@ContainerTest
@RunAsClient
class AuditIT {
  private static final String DM_XPT = "sdtm/cdiscpilot01/dm.xpt";

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
  void showsAnUploadsEventsToItsTenantAndNotToAnother() throws Exception {
    String upload = uploadDm("audit-own");

    List<JsonObject> own = items(reviewerGet("audit-own", "/api/v1/audit"));
    List<JsonObject> other = items(reviewerGet("audit-other", "/api/v1/audit?objectId=" + upload));

    assertThat(own)
        .filteredOn(event -> upload.equals(event.getString("objectId")))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getString("action")).isEqualTo("upload.created");
              assertThat(event.getString("subject")).isEqualTo("alice");
              assertThat(event.getString("objectType")).isEqualTo("upload");
              assertThat(event.getJsonObject("newValue").getString("name")).isEqualTo("dm.xpt");
              assertThat(event.get("oldValue")).isEqualTo(JsonValue.NULL);
              assertThat(event.getString("occurredAt")).endsWith("Z");
              assertThat(event.getString("hash")).hasSize(64);
              assertThat(event.getString("requestId")).isNotBlank();
            });
    assertThat(other).isEmpty();
  }

  @Test
  void filtersByActionPrefixAndObjectAndPagesWithANextLink() throws Exception {
    List<String> uploads = List.of(uploadDm("audit-pages"), uploadDm("audit-pages"));
    deleteUpload("audit-pages", uploads.get(0), "duplicate");

    HttpResponse<String> first = reviewerGet("audit-pages", "/api/v1/audit?action=upload.&limit=2");
    String next = json(first).getString("next");
    HttpResponse<String> second = http.get(next, reviewerToken("audit-pages"));
    List<JsonObject> ofFirstUpload =
        items(reviewerGet("audit-pages", "/api/v1/audit?objectId=" + uploads.get(0)));

    assertThat(first.headers().firstValue("Link")).get().asString().contains("rel=\"next\"");
    assertThat(actions(items(first))).containsExactly("upload.deleted", "upload.created");
    assertThat(actions(items(second))).containsExactly("upload.created");
    assertThat(json(second).isNull("next")).isTrue();
    assertThat(ids(items(first)).get(1)).isGreaterThan(ids(items(second)).get(0));
    assertThat(actions(ofFirstUpload)).containsExactly("upload.deleted", "upload.created");
    assertThat(ofFirstUpload.get(0).getString("reason")).isEqualTo("duplicate");
    assertThat(ofFirstUpload.get(0).getJsonObject("oldValue").getString("id"))
        .isEqualTo(uploads.get(0));
  }

  @Test
  void exportsTheSameEventsAsCsvInChainOrder() throws Exception {
    String upload = uploadDm("audit-export");
    deleteUpload("audit-export", upload, "=HYPERLINK(\"http://evil\")");
    List<Long> listed = ids(items(reviewerGet("audit-export", "/api/v1/audit?objectId=" + upload)));

    HttpResponse<byte[]> export =
        http.sendForBytes(
            HttpRequest.newBuilder(http.uri("/api/v1/audit/export?objectId=" + upload))
                .header("Authorization", "Bearer " + reviewerToken("audit-export")));

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(export.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment; filename=\"audit-audit-export-");
    assertThat(export.body()).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(export.body(), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
    assertThat(lines.get(0)).startsWith("id,occurredAt,subject,action,");
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
        .containsExactly(listed.get(1), listed.get(0));
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
  }

  @Test
  void verificationFindsARowChangedBehindTheApplicationsBack() throws Exception {
    uploadDm("audit-tamper");
    String changed = uploadDm("audit-tamper");
    uploadDm("audit-tamper");
    long changedId =
        ids(items(reviewerGet("audit-tamper", "/api/v1/audit?objectId=" + changed))).get(0);
    JsonObject before = verify("audit-tamper");
    double breaksBefore = breaks();

    tamper(
        "UPDATE audit_events SET new_value = jsonb_set(new_value, '{name}', '\"ae.xpt\"')"
            + " WHERE id = "
            + changedId);
    JsonObject after = verify("audit-tamper");

    assertThat(before.getBoolean("intact")).isTrue();
    assertThat(before.getJsonArray("tenants").getJsonObject(0).getInt("eventsChecked"))
        .isEqualTo(3);
    assertThat(after.getBoolean("intact")).isFalse();
    JsonObject verdict = after.getJsonArray("tenants").getJsonObject(0);
    assertThat(verdict.getString("tenant")).isEqualTo("audit-tamper");
    assertThat(verdict.getJsonNumber("firstBrokenEventId").longValue()).isEqualTo(changedId);
    assertThat(verdict.getString("reason")).isEqualTo("row-changed");
    assertThat(verdict.getInt("eventsChecked")).isEqualTo(2);
    assertThat(breaks()).isEqualTo(breaksBefore + 1);
  }

  private double breaks() throws Exception {
    return RunsIT.metric(
        http.get("/metrics?scope=application", null).body(), "audit_chain_breaks_total");
  }

  @Test
  void verificationOfAllTenantsReportsEachAndIsItselfAudited() throws Exception {
    uploadDm("audit-all");

    HttpResponse<String> response =
        http.send("POST", "/api/v1/ops/audit/verification", operatorToken("audit-ops-all"));
    List<JsonObject> audited =
        items(reviewerGet("audit-ops-all", "/api/v1/audit?action=audit.verified"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getJsonArray("tenants").getValuesAs(JsonObject.class))
        .filteredOn(verdict -> verdict.getString("tenant").equals("audit-all"))
        .singleElement()
        .satisfies(verdict -> assertThat(verdict.getBoolean("intact")).isTrue());
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).getJsonObject("newValue").getString("scope"))
        .isEqualTo("all tenants");
  }

  @Test
  void answersABadFilterWithAProblemNamingIt() throws Exception {
    HttpResponse<String> response =
        reviewerGet("audit-bad", "/api/v1/audit?from=yesterday&limit=501");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(json(response).getString("detail")).contains("from", "ISO-8601");
  }

  @Test
  void answersAnUnknownTenantsVerificationWithNotFound() throws Exception {
    HttpResponse<String> response =
        http.send(
            "POST", "/api/v1/ops/audit/verification?tenant=no-such-co", operatorToken("audit-ops"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getString("detail")).contains("no-such-co");
  }

  private String uploadDm(String tenant) throws Exception {
    HttpResponse<String> created = upload(http, tenant, "dm.xpt", bytes(DM_XPT));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getString("id");
  }

  private void deleteUpload(String tenant, String id, String reason) throws Exception {
    String path =
        "/api/v1/uploads/" + id + "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
    HttpResponse<String> deleted =
        http.send("DELETE", path, token().tenant(tenant).groups("submitter").build());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
  }

  private HttpResponse<String> reviewerGet(String tenant, String path) throws Exception {
    return http.get(path, reviewerToken(tenant));
  }

  private JsonObject verify(String tenant) throws Exception {
    HttpResponse<String> response =
        http.send(
            "POST", "/api/v1/ops/audit/verification?tenant=" + tenant, operatorToken("audit-ops"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static String reviewerToken(String tenant) {
    return token().tenant(tenant).groups("reviewer").build();
  }

  private static String operatorToken(String tenant) {
    return token().tenant(tenant).groups("operator", "reviewer").build();
  }

  /** Changes a row as the table owner could: with triggers off for this session only. */
  private static void tamper(String sql) throws SQLException {
    try (Connection db = TestEnvironment.database();
        Statement statement = db.createStatement()) {
      statement.execute("SET session_replication_role = replica");
      statement.execute(sql);
    }
  }

  private static List<JsonObject> items(HttpResponse<String> response) {
    return json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> actions(List<JsonObject> events) {
    return events.stream().map(event -> event.getString("action")).toList();
  }

  private static List<Long> ids(List<JsonObject> events) {
    List<Long> ids = new ArrayList<>();
    events.forEach(event -> ids.add(event.getJsonNumber("id").longValue()));
    return ids;
  }
}
