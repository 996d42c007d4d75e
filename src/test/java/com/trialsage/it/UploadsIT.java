package com.trialsage.it;

import static com.trialsage.it.Http.json;
import static com.trialsage.it.Tokens.token;
import static com.trialsage.it.Uploads.bytes;
import static com.trialsage.it.Uploads.execute;
import static com.trialsage.it.Uploads.post;
import static com.trialsage.it.Uploads.rows;
import static com.trialsage.it.Uploads.storedFiles;
import static com.trialsage.it.Uploads.text;
import static com.trialsage.it.Uploads.upload;
import static com.trialsage.it.Uploads.zip;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads over real HTTP against the production WAR, a real PostgreSQL and the filesystem object
 * store: acceptance, every refusal leaving no row and no object, packages, reads, deletion,
 * integrity checks, lifecycle cleanup and the orphan scan. Each test uses its own tenant. Failsafe
 * sets a 4 MiB size limit for these tests.
 */
@ContainerTest
@RunAsClient
class UploadsIT {
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
  void storesAnXportFileAndAnswersItsMetadata() throws Exception {
    byte[] content = bytes(DM_XPT);

    HttpResponse<String> response = upload(http, "store-co", "dm.xpt", content);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject body = json(response);
    assertThat(body.getString("name")).isEqualTo("dm.xpt");
    assertThat(body.getString("format")).isEqualTo("xport");
    assertThat(body.getJsonNumber("size").longValue()).isEqualTo(content.length);
    assertThat(body.getString("sha256")).isEqualTo(sha256Hex(content));
    assertThat(response.headers().firstValue("Location"))
        .get()
        .asString()
        .endsWith("/api/v1/uploads/" + body.getString("id"));
    assertThat(rows("SELECT count(*) FROM uploads WHERE tenant_id = 'store-co'")).isEqualTo(1);
    assertThat(storedFiles("store-co")).hasSize(1);
    assertThat(Files.readAllBytes(storedFiles("store-co").get(0))).isEqualTo(content);
  }

  @Test
  void refusesTheUploadPastTheTenantsLimitAndKeepsNothingOfIt() throws Exception {
    byte[] content = bytes(DM_XPT);
    long secondOfMinute = java.time.Instant.now().getEpochSecond() % 60;
    if (secondOfMinute > 50) {
      // The limit counts per one-minute window: start where all three uploads fit in one.
      Thread.sleep((61 - secondOfMinute) * 1000);
    }

    HttpResponse<String> first = upload(http, "upload-limited", "a.xpt", content);
    HttpResponse<String> second = upload(http, "upload-limited", "b.xpt", content);
    HttpResponse<String> third = upload(http, "upload-limited", "c.xpt", content);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    assertThat(rows("SELECT count(*) FROM uploads WHERE tenant_id = 'upload-limited'"))
        .isEqualTo(2);
    assertThat(storedFiles("upload-limited")).hasSize(2);
  }

  @Test
  void recognisesEachDatasetFormatFromItsContent() throws Exception {
    String[][] cases = {
      {"datasetjson/sdtm/dm.json", "dataset-json"},
      {"datasetjson/sdtm/dm.ndjson", "ndjson"},
      {"datasetjson/sdtm/dm.dsjc", "dsjc"},
      {"datasetjson/sdtm/define.xml", "define-xml"},
      {"sdtm/cdiscpilot01/define.xml", "define-xml"}
    };

    for (String[] each : cases) {
      HttpResponse<String> response = upload(http, "formats-co", "renamed.bin", bytes(each[0]));

      assertThat(response.statusCode()).as(each[0]).isEqualTo(201);
      assertThat(json(response).getString("format")).as(each[0]).isEqualTo(each[1]);
    }
  }

  @Test
  void acceptsAMatchingContentDigest() throws Exception {
    byte[] content = bytes(DM_XPT);

    HttpResponse<String> response =
        http.send(
            post(http, "digest-ok-co", "dm.xpt", content)
                .header("Content-Digest", "sha-256=:" + sha256Base64(content) + ":"));

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void rejectsUploadWhoseDigestDoesNotMatch() throws Exception {
    byte[] content = bytes(DM_XPT);
    byte[] other = "something else".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response =
        http.send(
            post(http, "digest-bad-co", "dm.xpt", content)
                .header("Repr-Digest", "sha-256=:" + sha256Base64(other) + ":"));

    assertProblem(response, 422, "digest-mismatch");
    assertNothingKept("digest-bad-co");
  }

  @Test
  void rejectsAMalformedDigestHeader() throws Exception {
    HttpResponse<String> response =
        http.send(
            post(http, "digest-malformed-co", "dm.xpt", bytes(DM_XPT))
                .header("Content-Digest", "sha-256=not-base64"));

    assertProblem(response, 400, "bad-digest-header");
    assertNothingKept("digest-malformed-co");
  }

  @Test
  void rejectsUploadOverTheSizeLimit() throws Exception {
    byte[] content = new byte[5 * 1024 * 1024];
    byte[] header = bytes(DM_XPT);
    System.arraycopy(header, 0, content, 0, header.length);

    HttpResponse<String> response = upload(http, "large-co", "big.xpt", content);

    assertProblem(response, 413, "upload-too-large");
    assertThat(json(response).getJsonNumber("maxBytes").longValue()).isEqualTo(4 * 1024 * 1024);
    assertNothingKept("large-co");
  }

  @Test
  void rejectsContentOfAnUnknownFormat() throws Exception {
    HttpResponse<String> response = upload(http, "format-co", "dm.xpt", bytes("bad/xport-v8.xpt"));

    assertProblem(response, 415, "unsupported-format");
    assertNothingKept("format-co");
  }

  @Test
  void rejectsUploadBeyondTheTenantQuota() throws Exception {
    http.get("/api/v1/me", token().tenant("quota-co").build());
    execute("UPDATE tenants SET upload_quota_bytes = 1000 WHERE id = 'quota-co'");

    HttpResponse<String> response = upload(http, "quota-co", "dm.xpt", bytes(DM_XPT));

    assertProblem(response, 413, "upload-quota-exceeded");
    JsonObject problem = json(response);
    assertThat(problem.getJsonNumber("quotaBytes").longValue()).isEqualTo(1000);
    assertThat(problem.getJsonNumber("usedBytes").longValue()).isZero();
    assertThat(problem.getJsonNumber("requestedBytes").longValue()).isGreaterThan(1000);
    assertNothingKept("quota-co");
  }

  @Test
  void rejectsAZipBomb() throws Exception {
    byte[] header = bytes(DM_XPT);
    byte[] inflated = new byte[32 * 1024 * 1024];
    System.arraycopy(header, 0, inflated, 0, header.length);

    HttpResponse<String> response = upload(http, "bomb-co", "bomb.zip", zip("dm.xpt", inflated));

    assertProblem(response, 422, "unsafe-package");
    assertThat(json(response).getString("detail")).contains("expands more than");
    assertNothingKept("bomb-co");
  }

  @Test
  void rejectsAZipThatClimbsOutWithDotDot() throws Exception {
    byte[] zip =
        zip("dm.xpt", bytes(DM_XPT), "../../etc/ae.xpt", bytes("sdtm/cdiscpilot01/ae.xpt"));

    HttpResponse<String> response = upload(http, "slip-co", "slip.zip", zip);

    assertProblem(response, 422, "unsafe-package");
    assertThat(json(response).getString("detail")).contains("..");
    assertNothingKept("slip-co");
  }

  @Test
  void rejectsAZipWithTheSameEntryTwice() throws Exception {
    byte[] zip = zip("dm.xpt", bytes(DM_XPT), "DM.xpt", bytes(DM_XPT));

    HttpResponse<String> response = upload(http, "twice-co", "twice.zip", zip);

    assertProblem(response, 422, "unsafe-package");
    assertNothingKept("twice-co");
  }

  @Test
  void expandsAStudyPackageIntoUploadsOfItsDatasets() throws Exception {
    byte[] zip =
        zip(
            "study/dm.xpt", bytes(DM_XPT),
            "study/ae.json", bytes("datasetjson/sdtm/ae.json"),
            "study/define.xml", bytes("datasetjson/sdtm/define.xml"),
            "study/readme.txt", "notes".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = upload(http, "package-co", "study.zip", zip);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject body = json(response);
    assertThat(body.getString("format")).isEqualTo("zip");
    assertThat(body.getJsonArray("entries")).hasSize(3);
    assertThat(body.getInt("skippedEntries")).isEqualTo(1);
    assertThat(
            rows(
                "SELECT count(*) FROM uploads WHERE tenant_id = 'package-co' AND package_id = ?",
                UUID.fromString(body.getString("id"))))
        .isEqualTo(3);
    assertThat(storedFiles("package-co")).hasSize(4);
  }

  @Test
  void listsUploadsNewestFirstWithFiltersAndPages() throws Exception {
    upload(http, "list-co", "dm.xpt", bytes(DM_XPT));
    upload(http, "list-co", "ae.json", bytes("datasetjson/sdtm/ae.json"));
    upload(http, "list-co", "ae.xpt", bytes("sdtm/cdiscpilot01/ae.xpt"));
    String reader = token().tenant("list-co").groups("reviewer").build();

    JsonObject all = json(http.get("/api/v1/uploads?size=2", reader));
    JsonObject xpt = json(http.get("/api/v1/uploads?format=xport&name=ae", reader));
    HttpResponse<String> tooBig = http.get("/api/v1/uploads?size=101", reader);

    assertThat(all.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(all.getJsonArray("items")).hasSize(2);
    assertThat(all.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("ae.xpt");
    assertThat(xpt.getJsonArray("items")).hasSize(1);
    assertThat(xpt.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("ae.xpt");
    assertProblem(tooBig, 400, "bad-parameter");
  }

  @Test
  void streamsContentWithEtagAndReprDigest() throws Exception {
    byte[] content = bytes(DM_XPT);
    String id = json(upload(http, "read-co", "dm.xpt", content)).getString("id");

    HttpResponse<byte[]> response =
        http.sendForBytes(
            HttpRequest.newBuilder(http.uri("/api/v1/uploads/" + id + "/content"))
                .header("Authorization", "Bearer " + token().tenant("read-co").build()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(content);
    assertThat(response.headers().firstValue("ETag")).contains("\"" + sha256Hex(content) + "\"");
    assertThat(response.headers().firstValue("Repr-Digest"))
        .contains("sha-256=:" + sha256Base64(content) + ":");
  }

  @Test
  void answersAnotherTenantsUploadAsNotFound() throws Exception {
    String id = json(upload(http, "owner-co", "dm.xpt", bytes(DM_XPT))).getString("id");
    String stranger = token().tenant("stranger-co").build();

    HttpResponse<String> metadata = http.get("/api/v1/uploads/" + id, stranger);
    HttpResponse<String> content = http.get("/api/v1/uploads/" + id + "/content", stranger);
    HttpResponse<String> delete = http.send("DELETE", "/api/v1/uploads/" + id, stranger);

    assertProblem(metadata, 404, "not-found");
    assertProblem(content, 404, "not-found");
    assertProblem(delete, 404, "not-found");
    assertThat(rows("SELECT count(*) FROM uploads WHERE id = ?", UUID.fromString(id))).isEqualTo(1);
  }

  @Test
  void deletesAnUploadWithItsObjectAndAnAuditRecord() throws Exception {
    String id = json(upload(http, "delete-co", "dm.xpt", bytes(DM_XPT))).getString("id");

    HttpResponse<String> response =
        http.send("DELETE", "/api/v1/uploads/" + id, token().tenant("delete-co").build());

    assertThat(response.statusCode()).isEqualTo(204);
    assertNothingKept("delete-co");
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE tenant_id = 'delete-co'"
                    + " AND action = 'upload.deleted' AND object_id = ? AND old_value->>'sha256'"
                    + " IS NOT NULL",
                id))
        .isEqualTo(1);
  }

  @Test
  void forbidsAReviewerToUpload() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/uploads?name=dm.xpt"))
                .expectContinue(true)
                .header(
                    "Authorization",
                    "Bearer " + token().tenant("reviewer-co").groups("reviewer").build())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(DM_XPT))));

    assertProblem(response, 403, "forbidden");
    assertNothingKept("reviewer-co");
  }

  @Test
  void catchesAFlippedByteBeforeUse() throws Exception {
    String id = json(upload(http, "flip-co", "dm.xpt", bytes(DM_XPT))).getString("id");
    flipAByte(id);

    HttpResponse<String> response =
        http.send(
            "POST", "/api/v1/uploads/" + id + "/verification", token().tenant("flip-co").build());

    assertProblem(response, 409, "integrity-failure");
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE tenant_id = 'flip-co'"
                    + " AND action = 'upload.integrity-failed' AND object_id = ?",
                id))
        .isEqualTo(1);
    assertThat(http.get("/metrics?scope=application", null).body())
        .containsPattern("uploads_integrity_failures_total\\S* [1-9]");
  }

  @Test
  void passesVerificationOfUnchangedBytes() throws Exception {
    String id = json(upload(http, "intact-co", "dm.xpt", bytes(DM_XPT))).getString("id");

    HttpResponse<String> response =
        http.send(
            "POST", "/api/v1/uploads/" + id + "/verification", token().tenant("intact-co").build());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void scrubberFindsAFlippedByteAtRest() throws Exception {
    String id = json(upload(http, "scrub-co", "dm.xpt", bytes(DM_XPT))).getString("id");
    flipAByte(id);

    HttpResponse<String> response =
        http.send("POST", "/api/v1/ops/storage/scrub", token().groups("operator").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).getInt("acted")).isPositive();
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE action = 'upload.integrity-failed'"
                    + " AND object_id = ? AND new_value->>'context' = 'scrub'",
                id))
        .isEqualTo(1);
  }

  @Test
  void cleanupDeletesExpiredUploadsAndAuditsEach() throws Exception {
    String expired = json(upload(http, "expiry-co", "dm.xpt", bytes(DM_XPT))).getString("id");
    String current =
        json(upload(http, "expiry-co", "ae.xpt", bytes("sdtm/cdiscpilot01/ae.xpt")))
            .getString("id");
    execute(
        "UPDATE uploads SET expires_at = now() - interval '1 day' WHERE id = ?",
        UUID.fromString(expired));

    HttpResponse<String> response =
        http.send("POST", "/api/v1/ops/uploads/cleanup", token().groups("operator").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(rows("SELECT count(*) FROM uploads WHERE id = ?", UUID.fromString(expired)))
        .isZero();
    assertThat(rows("SELECT count(*) FROM uploads WHERE id = ?", UUID.fromString(current)))
        .isEqualTo(1);
    assertThat(storedFiles("expiry-co")).hasSize(1);
    assertThat(
            rows(
                "SELECT count(*) FROM audit_events WHERE action = 'upload.expired'"
                    + " AND object_id = ? AND subject = 'system'",
                expired))
        .isEqualTo(1);
  }

  @Test
  void setsExpiryFromTheTenantsRetention() throws Exception {
    http.get("/api/v1/me", token().tenant("retention-co").build());
    execute("UPDATE tenants SET upload_retention_days = 7 WHERE id = 'retention-co'");

    JsonObject body = json(upload(http, "retention-co", "dm.xpt", bytes(DM_XPT)));

    Duration kept =
        Duration.between(
            Instant.parse(body.getString("createdAt")), Instant.parse(body.getString("expiresAt")));
    assertThat(kept).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void orphanScanRemovesWhatACrashedUploadLeft() throws Exception {
    // What a kill -9 leaves: a temporary file mid-write, and an object published just before the
    // row was inserted. Both are older than the grace period.
    String id = json(upload(http, "crash-co", "dm.xpt", bytes(DM_XPT))).getString("id");
    Path folder = Uploads.objects("crash-co").resolve("ab");
    Files.createDirectories(folder);
    Path partial = folder.resolve(".tmp-" + UUID.randomUUID());
    Path unreferenced = folder.resolve("ab" + UUID.randomUUID().toString().substring(2));
    Files.write(partial, new byte[] {1, 2, 3});
    Files.write(unreferenced, bytes(DM_XPT));
    FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofHours(3)));
    Files.setLastModifiedTime(partial, longAgo);
    Files.setLastModifiedTime(unreferenced, longAgo);

    HttpResponse<String> response =
        http.send("POST", "/api/v1/ops/storage/orphans", token().groups("operator").build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(partial).doesNotExist();
    assertThat(unreferenced).doesNotExist();
    assertThat(Uploads.rows("SELECT count(*) FROM audit_events WHERE action = 'ops.orphans'"))
        .isPositive();
    assertThat(storedFiles("crash-co")).hasSize(1);
    assertThat(
            http.get("/api/v1/uploads/" + id + "/content", token().tenant("crash-co").build())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void countsAcceptedAndRejectedUploadsAndReportsStorage() throws Exception {
    upload(http, "metrics-co", "dm.xpt", bytes(DM_XPT));
    upload(http, "metrics-co", "bad.xpt", bytes("bad/xport-v8.xpt"));

    String metrics = http.get("/metrics?scope=application", null).body();

    assertThat(metrics)
        .containsPattern("uploads_accepted_total\\S* [1-9]")
        .containsPattern("uploads_rejected_total\\{[^}]*reason=\"format\"[^}]*\\} [1-9]")
        .containsPattern("storage_capacity_bytes\\S* [1-9]")
        .containsPattern("storage_used_bytes\\S* [1-9]");
  }

  private static void flipAByte(String id) throws Exception {
    String key = text("SELECT storage_key FROM uploads WHERE id = ?", UUID.fromString(id));
    Path file = Path.of(TestEnvironment.required("it.work.dir"), "data", "objects").resolve(key);
    byte[] content = Files.readAllBytes(file);
    content[content.length / 2] ^= 0x01;
    Files.write(file, content);
  }

  private static void assertNothingKept(String tenant) throws Exception {
    assertThat(rows("SELECT count(*) FROM uploads WHERE tenant_id = ?", tenant)).isZero();
    assertThat(storedFiles(tenant)).isEmpty();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String kind) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("type")).endsWith("/" + kind);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static String sha256Base64(byte[] content) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
