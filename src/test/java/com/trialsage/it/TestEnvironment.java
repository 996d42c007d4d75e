package com.trialsage.it;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the container tests need before Payara Micro starts, created once per test run: a real
 * PostgreSQL on the port failsafe reserved ({@code it.db.port}), and an RSA key pair whose public
 * half is where failsafe told Payara to find it ({@code it.work.dir/jwt-public.pem}). Register it
 * before the Arquillian extension, see {@link ContainerTest}.
 */
public final class TestEnvironment implements BeforeAllCallback {
  public static final String ISSUER = "https://issuer.test.trialsage";

  private static Resources resources;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (TestEnvironment.class) {
      if (resources == null) {
        resources = Resources.start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("trialsage", resources);
      }
    }
  }

  /** The key that signs the tokens Payara trusts. */
  public static RSAKey signingKey() {
    return resources.signingKey;
  }

  /** A new connection to the database the container uses. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + dbPort() + "/postgres", "postgres", "postgres");
  }

  private static int dbPort() {
    return Integer.parseInt(required("it.db.port"));
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          property + " is not set: run container tests through failsafe (mvn verify)");
    }
    return value;
  }

  private record Resources(EmbeddedPostgres postgres, RSAKey signingKey)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    static Resources start() throws Exception {
      Path workDir = Path.of(required("it.work.dir"));
      // The database starts empty each run: so must the stored objects that belong to its rows.
      for (String leftover : new String[] {"data", "s3", "crash-data"}) {
        deleteRecursively(workDir.resolve(leftover));
      }
      Files.createDirectories(workDir.resolve("data"));
      installTestEngine(workDir.resolve("engine"));
      RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      writePublicKey(key, workDir.resolve("jwt-public.pem"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(dbPort())
              .setCleanDataDirectory(true)
              .setServerConfig("synchronous_commit", "on")
              .start();
      return new Resources(postgres, key);
    }

    // REGINTEL_ENGINE_PATH of the container tests: a script that misbehaves on request, beside
    // the real engine jar it otherwise runs (see it-engine/trialsage-test-engine.sh).
    private static void installTestEngine(Path folder) throws IOException {
      deleteRecursively(folder);
      Files.createDirectories(folder);
      Path script = folder.resolve("trialsage-test-engine.sh");
      try (var in =
          TestEnvironment.class.getResourceAsStream("/it-engine/trialsage-test-engine.sh")) {
        Files.copy(java.util.Objects.requireNonNull(in, "test engine script"), script);
      }
      Files.setPosixFilePermissions(
          script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.copy(
          Path.of(required("it.build.dir"), "trialsage-engine.jar"),
          folder.resolve("trialsage-engine.jar"));
    }

    private static void deleteRecursively(Path folder) throws IOException {
      if (!Files.exists(folder)) {
        return;
      }
      try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }

    private static void writePublicKey(RSAKey key, Path file) throws Exception {
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(key.toRSAPublicKey().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      Files.writeString(file, pem);
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
