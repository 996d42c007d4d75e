import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Upload throughput and memory benchmark (issue 4). Starts PostgreSQL and Payara Micro with the
 * built WAR at -Xmx256m, then for each size: writes a test file (an XPORT header and random
 * bytes), times `sha256sum` plus `dd conv=fsync` of the same file (the baseline), times the upload
 * through POST /api/v1/uploads, and reports both throughputs, their ratio and the server's heap.
 *
 * <p>Run from the repository root after `mvn -B -q -DskipTests package`: `bench/upload.sh [GiB…]`.
 */
public class UploadBenchmark {
  private static final long GIB = 1024L * 1024 * 1024;

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of("target/bench"));
    List<Long> sizes =
        args.length == 0 ? List.of(1L) : java.util.Arrays.stream(args).map(Long::parseLong).toList();
    int dbPort = freePort();
    int httpPort = freePort();
    RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
    Path publicKey = work.resolve("jwt-public.pem");
    Files.writeString(
        publicKey,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    try (EmbeddedPostgres db = EmbeddedPostgres.builder().setPort(dbPort).setCleanDataDirectory(true).start()) {
      Process payara = startPayara(work, dbPort, httpPort, publicKey);
      try {
        URI base = URI.create("http://127.0.0.1:" + httpPort);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        awaitReady(http, base, payara);
        String token = token(key);
        System.out.println("| Size | sha256sum + dd fsync | Upload via API | Ratio | Server heap used after |");
        System.out.println("|---|---|---|---|---|");
        for (long gib : sizes) {
          measure(http, base, token, work, gib * GIB);
        }
      } finally {
        payara.destroy();
        payara.waitFor();
      }
    }
  }

  private static void measure(HttpClient http, URI base, String token, Path work, long size)
      throws Exception {
    Path file = work.resolve("upload.xpt");
    writeTestFile(file, size);
    Path copy = work.resolve("copy.xpt");

    long start = System.nanoTime();
    run("sha256sum", file.toString());
    run("dd", "if=" + file, "of=" + copy, "bs=1M", "conv=fsync", "status=none");
    double baselineSeconds = (System.nanoTime() - start) / 1e9;
    Files.delete(copy);

    start = System.nanoTime();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/uploads?name=bench.xpt"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double uploadSeconds = (System.nanoTime() - start) / 1e9;
    if (response.statusCode() != 201) {
      throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
    }
    String heap = heapUsed(http, base);
    String id = response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    http.send(
        HttpRequest.newBuilder(base.resolve("/api/v1/uploads/" + id))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.discarding());
    Files.delete(file);

    double mib = size / (1024.0 * 1024);
    System.out.printf(
        "| %d GiB | %.0f MiB/s (%.1f s) | %.0f MiB/s (%.1f s) | %.0f%% | %s |%n",
        size / GIB,
        mib / baselineSeconds,
        baselineSeconds,
        mib / uploadSeconds,
        uploadSeconds,
        100 * baselineSeconds / uploadSeconds,
        heap);
  }

  private static String heapUsed(HttpClient http, URI base) throws Exception {
    String metrics =
        http.send(
                HttpRequest.newBuilder(base.resolve("/metrics?scope=base")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("memory_usedHeap_bytes"))
        .map(line -> String.format("%.0f MiB", Double.parseDouble(line.split(" ")[1]) / 1048576))
        .findFirst()
        .orElse("n/a");
  }

  private static void writeTestFile(Path file, long size) throws IOException {
    byte[] header = Files.readAllBytes(Path.of("../shared/data/sdtm/cdiscpilot01/dm.xpt"));
    byte[] block = new byte[1024 * 1024];
    new Random(42).nextBytes(block);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(header, 0, 240);
      long written = 240;
      while (written < size) {
        int length = (int) Math.min(block.length, size - written);
        out.write(block, 0, length);
        written += length;
      }
    }
  }

  private static Process startPayara(Path work, int dbPort, int httpPort, Path publicKey)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            "java", "-Xmx256m", "-jar", "target/lib/payara-micro.jar",
            "--deploy", "target/trialsage.war", "--contextroot", "/",
            "--port", String.valueOf(httpPort), "--nohazelcast")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("payara.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("TRIALSAGE_DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres");
    env.put("TRIALSAGE_DB_USER", "postgres");
    env.put("TRIALSAGE_DB_PASSWORD", "postgres");
    env.put("TRIALSAGE_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file://" + publicKey.toAbsolutePath());
    env.put("MP_JWT_VERIFY_ISSUER", "https://bench.trialsage");
    env.put("REGINTEL_ENGINE_PATH", Path.of("target/trialsage-engine.jar").toAbsolutePath().toString());
    env.put("FRONTEND_URL", "http://localhost:3000");
    return builder.start();
  }

  private static void awaitReady(HttpClient http, URI base, Process payara) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline) && payara.isAlive()) {
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500); // polling a server that is starting: no condition to wait on here
    }
    throw new IllegalStateException("Payara did not become ready; see target/bench/payara.log");
  }

  private static String token(RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("bench").build(),
            new JWTClaimsSet.Builder()
                .issuer("https://bench.trialsage")
                .subject("bench")
                .jwtID(java.util.UUID.randomUUID().toString())
                .claim("upn", "bench@example.com")
                .claim("groups", List.of("submitter", "reviewer"))
                .claim("tenant", "bench")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().transferTo(OutputStream.nullOutputStream());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
