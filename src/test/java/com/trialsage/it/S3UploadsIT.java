package com.trialsage.it;

import static com.trialsage.it.Tokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The upload API over real HTTP with the S3 backend, against s3proxy started by the harness: its
 * own Payara Micro process (the Arquillian container runs the filesystem backend), 5 MiB parts, a
 * 64 MiB size limit and a 48 MiB reported capacity.
 */
@ExtendWith(TestEnvironment.class)
@ExtendWith(S3ProxyServer.class)
class S3UploadsIT {
  private static final String BUCKET = "trialsage-it";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Process server;
  private static S3Client s3;

  /** Distinct enough that LogScanIT can look for it in every log (s3proxy accepts any key). */
  static final String SECRET_KEY = "it-s3-secret-5c1e9b27d4";

  @BeforeAll
  static void start() throws Exception {
    s3 = S3ProxyServer.client();
    s3.createBucket(b -> b.bucket(BUCKET));
    server =
        PayaraProcess.start(
            "s3-uploads-payara.log",
            Map.of(
                "TRIALSAGE_STORAGE_BACKEND",
                "s3",
                "TRIALSAGE_STORAGE_S3_BUCKET",
                BUCKET,
                "TRIALSAGE_STORAGE_S3_ENDPOINT",
                S3ProxyServer.endpoint().toString(),
                "TRIALSAGE_STORAGE_S3_PATH_STYLE",
                "true",
                "TRIALSAGE_STORAGE_S3_ACCESS_KEY",
                "test",
                "TRIALSAGE_STORAGE_S3_SECRET_KEY",
                SECRET_KEY,
                "TRIALSAGE_STORAGE_S3_PART_SIZE_MB",
                "5",
                "TRIALSAGE_STORAGE_S3_CAPACITY_BYTES",
                String.valueOf(48L * 1024 * 1024),
                "TRIALSAGE_UPLOADS_MAX_BYTES",
                String.valueOf(64L * 1024 * 1024)));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void storesALargeUploadInPartsAndStreamsItBack() throws Exception {
    byte[] content = xport(12 * 1024 * 1024);

    HttpResponse<String> created = upload("s3-store-co", content, null);
    String id = json(created).getString("id");
    HttpResponse<byte[]> read =
        HTTP.send(
            request("/api/v1/uploads/" + id + "/content", "s3-store-co").build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).getString("sha256")).isEqualTo(sha256Hex(content));
    assertThat(objects("s3-store-co"))
        .singleElement()
        .extracting(S3Object::size)
        .isEqualTo((long) content.length);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(content);
  }

  @Test
  void rejectsAWrongDigestAndLeavesNoObjectInTheBucket() throws Exception {
    byte[] content = xport(6 * 1024 * 1024);
    String wrong = Base64.getEncoder().encodeToString(new byte[32]);

    HttpResponse<String> response = upload("s3-digest-co", content, "sha-256=:" + wrong + ":");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    assertThat(Uploads.rows("SELECT count(*) FROM uploads WHERE tenant_id = 's3-digest-co'"))
        .isZero();
    assertThat(objects("s3-digest-co")).isEmpty();
  }

  @Test
  void catchesAnObjectChangedInTheBucketBeforeUse() throws Exception {
    byte[] content = xport(100_000);
    String id = json(upload("s3-flip-co", content, null)).getString("id");
    String key = Uploads.text("SELECT storage_key FROM uploads WHERE id = ?", UUID.fromString(id));
    content[50_000] ^= 1;
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(content));

    HttpResponse<String> response =
        HTTP.send(
            request("/api/v1/uploads/" + id + "/verification", "s3-flip-co")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(json(response).getString("type")).endsWith("/integrity-failure");
  }

  @Test
  void reportsStorageDegradedOnceEightyPercentIsUsed() throws Exception {
    upload("s3-full-co", xport(40 * 1024 * 1024), null);

    HttpResponse<String> ready =
        HTTP.send(
            HttpRequest.newBuilder(PayaraProcess.base().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"degraded\"").contains("\"backend\":\"s3\"");
  }

  private static HttpResponse<String> upload(String tenant, byte[] content, String digest)
      throws Exception {
    HttpRequest.Builder request =
        request("/api/v1/uploads?name=big.xpt", tenant)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content));
    if (digest != null) {
      request.header("Content-Digest", digest);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path, String tenant) {
    return HttpRequest.newBuilder(PayaraProcess.base().resolve(path))
        .header("Authorization", "Bearer " + token().tenant(tenant).build());
  }

  private static List<S3Object> objects(String tenant) {
    return s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(tenant + "/")).contents();
  }

  private static byte[] xport(int size) throws Exception {
    byte[] content = new byte[size];
    new Random(size).nextBytes(content);
    byte[] header = Uploads.bytes("sdtm/cdiscpilot01/dm.xpt");
    System.arraycopy(header, 0, content, 0, 240);
    return content;
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
