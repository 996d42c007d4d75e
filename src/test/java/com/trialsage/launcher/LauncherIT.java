package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Black-box tests of {@code java -jar target/trialsage.jar}. Every Payara boot costs seconds and
 * half a gigabyte, so the development launcher started by the first test is reused by the next ones
 * while it runs; each test starts its own when it finds none, so any one runs alone too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

  private static final double TIMEOUT_FACTOR =
      Double.parseDouble(System.getProperty("it.timeout.factor", "1"));
  private static final Duration READY_TIMEOUT = scaled(Duration.ofSeconds(90));
  private static final Duration EXIT_TIMEOUT = scaled(Duration.ofSeconds(60));

  private final Path buildDir = Path.of(System.getProperty("it.build.dir", "target"));
  private final Path workDir =
      Path.of(System.getProperty("it.work.dir", "target/it")).resolve("launcher");
  private final int launcherPort = Integer.getInteger("it.launcher.port", 18080);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<LaunchedJar> launched = new ArrayList<>();
  private final List<ProcessHandle> seenChildren = new ArrayList<>();
  private final List<Path> dataDirs = new ArrayList<>();

  private int embeddedDbPort;
  private Path devDataDir;
  private LaunchedJar devLauncher;

  @BeforeAll
  void reserveADatabasePortAndAFreshDataFolder() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      embeddedDbPort = socket.getLocalPort();
    }
    devDataDir = freshDataDir("dev");
  }

  @AfterAll
  void stopEveryProcessThisTestStarted() {
    launched.forEach(jar -> jar.process().destroyForcibly());
    seenChildren.forEach(ProcessHandle::destroyForcibly);
    for (Path dataDir : dataDirs) {
      postmasterOf(dataDir).ifPresent(LauncherIT::stopPostgres);
    }
  }

  @Test
  @Order(1)
  void devStartWithFreshDataBecomesReadyAndMintsTokensTheServiceAccepts() throws Exception {
    LaunchedJar launcher = devLauncher();

    LaunchedJar token =
        startJar(
            Map.of("TRIALSAGE_DATA_DIR", devDataDir.toString()),
            "token",
            "--tenant",
            "acme",
            "--roles",
            "reviewer,admin");

    assertThat(token.awaitExit(EXIT_TIMEOUT)).as(token.output()).contains(0);
    String jwt = token.stdout().strip();
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0])).contains("\"alg\":\"RS256\"", "\"typ\":\"JWT\"");
    assertThat(decode(parts[1]))
        .contains("\"tenant\":\"acme\"", "\"groups\":[\"reviewer\",\"admin\"]");
    HttpResponse<String> me = get("/api/v1/me", jwt);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(me.body()).contains("\"tenant\":\"acme\"");
    assertThat(launcher.stdout()).contains("A development signing key is in use");
  }

  @Test
  @Order(2)
  void committedRowsAndNoPayaraSurviveAKillOfTheLauncher() throws Exception {
    LaunchedJar launcher = devLauncher();
    String marker = UUID.randomUUID().toString();
    insertMarker(marker);
    List<ProcessHandle> children = launcher.descendants();
    assertThat(children).as("Payara Micro runs as a child of the launcher").isNotEmpty();

    launcher.process().destroyForcibly();
    assertThat(launcher.awaitExit(EXIT_TIMEOUT)).isPresent();
    devLauncher = null;

    await("Payara Micro to die with its launcher")
        .atMost(scaled(Duration.ofSeconds(15)))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
    LaunchedJar restarted = devLauncher();
    assertThat(restarted.stdout()).contains("Stopped orphaned PostgreSQL");
    assertThat(markerExists(marker)).isTrue();
    assertThat(
            restarted
                .stdout()
                .lines()
                .filter(line -> line.contains("Loading application [trialsage]")))
        .as("the WAR is deployed once, not the previous run's copy first")
        .hasSize(1);
  }

  @Test
  @Order(3)
  void sigtermStopsPayaraAndTheEmbeddedDatabase() throws Exception {
    LaunchedJar launcher = devLauncher();
    List<ProcessHandle> children = launcher.descendants();
    ProcessHandle postgres = postmasterOf(devDataDir).orElseThrow();

    launcher.process().destroy();

    assertThat(launcher.awaitExit(EXIT_TIMEOUT)).as("launcher exits after SIGTERM").isPresent();
    devLauncher = null;
    assertThat(children).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    assertThat(postgres.isAlive()).as("embedded PostgreSQL still running").isFalse();
    assertThat(launcher.stdout())
        .contains("Stopping Payara Micro", "Payara Micro stopped", "Embedded PostgreSQL stopped");
    assertThat(launcher.stdout().lines())
        .as("every line on stdout, the launcher's and Payara's, is one JSON object")
        .isNotEmpty()
        .allMatch(JsonObjectLine::isObject);
  }

  @Test
  @Order(4)
  void productionStartWithoutConfigurationNamesEveryRequiredSetting() throws Exception {
    Map<String, String> environment = Map.of("TRIALSAGE_DATA_DIR", freshDataDir("prod").toString());

    LaunchedJar launcher = startJar(environment);

    assertThat(launcher.awaitExit(scaled(Duration.ofSeconds(15))))
        .as("exit code")
        .hasValueSatisfying(code -> assertThat(code).isNotZero());
    assertThat(launcher.stderr())
        .contains(
            "TRIALSAGE_DB_URL",
            "TRIALSAGE_DB_USER",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "REGINTEL_ENGINE_PATH",
            "FRONTEND_URL");
  }

  @Test
  @Order(5)
  void failedMigrationStopsTheLauncherWithTheReason() throws Exception {
    stopDevLauncher();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE tenants (x int)");
      }
      Map<String, String> environment = new HashMap<>();
      environment.put("TRIALSAGE_DATA_DIR", freshDataDir("migration").toString());
      environment.put("TRIALSAGE_PORT", Integer.toString(launcherPort));
      environment.put(
          "TRIALSAGE_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
      environment.put("TRIALSAGE_DB_USER", "postgres");

      LaunchedJar launcher = startJar(environment, "--dev");

      Set<ProcessHandle> children = new HashSet<>();
      await("the launcher to give up")
          .atMost(scaled(Duration.ofSeconds(150)))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                children.addAll(launcher.descendants());
                return !launcher.process().isAlive();
              });
      seenChildren.addAll(children);
      assertThat(launcher.process().exitValue()).as(launcher.stdout()).isNotZero();
      assertThat(launcher.stdout().lines().filter(line -> line.contains("failed")))
          .as(launcher.stdout())
          .anySatisfy(
              line -> assertThat(line).contains("Deployment of TrialSage failed", "tenants"));
      assertThat(children).as("Payara Micro was started").isNotEmpty();
      assertThat(children).noneMatch(ProcessHandle::isAlive);
    }
  }

  /** The running development launcher, started and awaited if there is none. */
  private LaunchedJar devLauncher() throws Exception {
    if (devLauncher != null && devLauncher.process().isAlive()) {
      return devLauncher;
    }
    Map<String, String> environment = new HashMap<>();
    environment.put("TRIALSAGE_DATA_DIR", devDataDir.toString());
    environment.put("TRIALSAGE_PORT", Integer.toString(launcherPort));
    environment.put("TRIALSAGE_DB_EMBEDDED_PORT", Integer.toString(embeddedDbPort));
    devLauncher = startJar(environment, "--dev");
    awaitReady(devLauncher);
    seenChildren.addAll(devLauncher.descendants());
    return devLauncher;
  }

  private void stopDevLauncher() throws InterruptedException {
    if (devLauncher != null && devLauncher.process().isAlive()) {
      devLauncher.process().destroy();
      devLauncher.awaitExit(EXIT_TIMEOUT);
    }
    devLauncher = null;
  }

  /** Ready means both: the service answers, and the launcher has said so. */
  private void awaitReady(LaunchedJar launcher) {
    await("/health/ready to answer 200 and the launcher to log that TrialSage is ready")
        .atMost(READY_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              if (!launcher.process().isAlive()) {
                throw new AssertionError(
                    "Launcher exited with "
                        + launcher.process().exitValue()
                        + ":\n"
                        + launcher.output());
              }
              return isReady()
                  && launcher
                      .stdout()
                      .contains("TrialSage ready on http://localhost:" + launcherPort);
            });
  }

  private boolean isReady() throws InterruptedException {
    try {
      return get("/health/ready", null).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private HttpResponse<String> get(String path, String bearerToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + launcherPort + path))
            .timeout(Duration.ofSeconds(5));
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private LaunchedJar startJar(Map<String, String> environment, String... args) throws IOException {
    LaunchedJar jar =
        LaunchedJar.start(
            buildDir.resolve("trialsage.jar"), workDir.resolve("logs"), environment, args);
    launched.add(jar);
    return jar;
  }

  private Path freshDataDir(String purpose) throws IOException {
    Path dir = Files.createDirectories(workDir.resolve(purpose + "-" + System.nanoTime()));
    dataDirs.add(dir);
    return dir;
  }

  private void insertMarker(String marker) throws SQLException {
    try (Connection connection = embeddedDatabase();
        Statement create = connection.createStatement();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO launcher_it_marker (id) VALUES (?)")) {
      create.execute("CREATE TABLE IF NOT EXISTS launcher_it_marker (id text PRIMARY KEY)");
      insert.setString(1, marker);
      insert.executeUpdate();
    }
  }

  private boolean markerExists(String marker) throws SQLException {
    try (Connection connection = embeddedDatabase();
        PreparedStatement select =
            connection.prepareStatement("SELECT 1 FROM launcher_it_marker WHERE id = ?")) {
      select.setString(1, marker);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private Connection embeddedDatabase() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + embeddedDbPort + "/trialsage", "postgres", "postgres");
  }

  private static Optional<ProcessHandle> postmasterOf(Path dataDir) {
    try {
      Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip();
      return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void stopPostgres(ProcessHandle postgres) {
    postgres.destroy(); // SIGTERM: PostgreSQL's smart shutdown; nothing is connected any more.
    try {
      postgres.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      postgres.destroyForcibly();
    }
  }

  private static String decode(String base64Url) {
    return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
  }

  private static Duration scaled(Duration duration) {
    return Duration.ofMillis((long) (duration.toMillis() * TIMEOUT_FACTOR));
  }
}
