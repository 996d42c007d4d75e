package com.trialsage.launcher;

import static com.trialsage.config.RequiredSettings.DB_PASSWORD;
import static com.trialsage.config.RequiredSettings.DB_URL;
import static com.trialsage.config.RequiredSettings.DB_USER;

import com.trialsage.config.ConfigNames;
import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Starts the service: settings, database, Payara Micro, readiness; and stops it again. */
final class Launcher {

  static final int EXIT_START_FAILED = 1;
  static final int EXIT_BAD_CONFIGURATION = 2;

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
  private static final Duration PAYARA_STOP_GRACE = Duration.ofSeconds(30);
  private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

  /** After Payara reports a failed deployment, time to let it print the exception too. */
  private static final Duration FAILURE_DETAIL_WAIT = Duration.ofSeconds(5);

  private final LauncherConfig config;
  private final Installation installation;
  private final boolean dev;

  private EmbeddedDatabase database;
  private PayaraProcess payara;
  private boolean stopped;
  private volatile boolean shuttingDown;
  private FileLock dataDirLock;

  Launcher(LauncherConfig config, Installation installation, boolean dev) {
    this.config = config;
    this.installation = installation;
    this.dev = dev;
  }

  /** Runs until Payara Micro exits or the JVM shuts down; returns the exit code. */
  int run() throws InterruptedException {
    List<SettingProblem> problems = new ArrayList<>();
    LaunchSettings launch = LaunchSettings.read(config, problems);
    if (!dev) {
      problems.addAll(RequiredSettings.check(config::get));
    }
    if (!problems.isEmpty()) {
      return reportConfigurationProblems(problems);
    }
    List<String> missing = installation.missingFiles();
    if (!missing.isEmpty()) {
      LOG.severe("Incomplete installation, missing next to trialsage.jar: " + missing);
      return EXIT_START_FAILED;
    }
    try {
      lockDataDir(launch.dataDir());
      Map<String, String> settings =
          dev
              ? ApplicationSettings.withDevDefaults(config, installation, launch)
              : ApplicationSettings.configured(config);
      if (dev) {
        List<SettingProblem> devProblems = ApplicationSettings.checkWithDevDefaults(settings);
        if (!devProblems.isEmpty()) {
          return reportConfigurationProblems(devProblems);
        }
      }
      Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "trialsage-shutdown"));
      return startAndSupervise(launch, settings);
    } catch (IOException e) {
      // An environment problem (folder in use, port taken, disk full): the message says it all.
      return failedToStart(e.getMessage(), null);
    } catch (RuntimeException e) {
      return failedToStart(e.toString(), e);
    }
  }

  private int failedToStart(String reason, Throwable bug) {
    if (!shuttingDown) {
      LOG.log(Level.SEVERE, "TrialSage did not start: " + reason, bug);
      stopAll();
    }
    return EXIT_START_FAILED;
  }

  private int startAndSupervise(LaunchSettings launch, Map<String, String> settings)
      throws IOException, InterruptedException {
    String databaseDescription;
    if (settings.get(DB_URL) == null) {
      EmbeddedDatabase started = startDatabase(launch);
      if (started == null) {
        return EXIT_START_FAILED;
      }
      settings.put(DB_URL, started.jdbcUrl());
      settings.put(DB_USER, EmbeddedDatabase.USER);
      // Trust authentication ignores it, but an empty value reads as "not set" in MP Config.
      settings.put(DB_PASSWORD, "postgres");
      databaseDescription = "embedded at " + started.dataDirectory();
    } else {
      databaseDescription = "external " + DatabaseUrls.describe(settings.get(DB_URL));
    }
    if (!startPayara(launch, settings)) {
      return EXIT_START_FAILED;
    }
    Optional<String> failure =
        new StartupWatch(payara, launch.port(), launch.startTimeout())
            .awaitReady(() -> shuttingDown);
    if (shuttingDown) {
      return EXIT_START_FAILED;
    }
    if (failure.isPresent()) {
      // One line: Payara's exception messages often span several (SQL, "Reason:").
      LOG.severe(failure.get().replaceAll("\\s*\\R\\s*", " "));
      stopAll();
      return EXIT_START_FAILED;
    }
    LOG.info(
        "TrialSage ready on http://localhost:"
            + launch.port()
            + " (database: "
            + databaseDescription
            + ")");
    int exitCode = payara.awaitExit();
    if (shuttingDown) {
      return 0;
    }
    LOG.severe("Payara Micro exited unexpectedly (exit code " + exitCode + "); stopping");
    stopAll();
    return EXIT_START_FAILED;
  }

  /** Null when a shutdown began meanwhile; the hook then owns stopping what was started. */
  private synchronized EmbeddedDatabase startDatabase(LaunchSettings launch) throws IOException {
    if (shuttingDown) {
      return null;
    }
    database = EmbeddedDatabase.start(launch.dataDir(), launch.embeddedDatabasePort());
    return database;
  }

  private synchronized boolean startPayara(LaunchSettings launch, Map<String, String> settings)
      throws IOException {
    if (shuttingDown) {
      return false;
    }
    Path rootDir = launch.dataDir().resolve("payara");
    clearPayaraState(rootDir);
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + launch.heap(),
            "-jar",
            installation.payaraMicro().toString(),
            "--deploy",
            installation.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(launch.port()),
            "--nocluster",
            "--rootdir",
            rootDir.toString(),
            "--disablephonehome");
    payara = PayaraProcess.start(command, childEnvironment(launch, settings));
    return true;
  }

  /**
   * Payara Micro keeps the applications of its last run in its root folder and starts them again
   * before it deploys {@code --deploy}: the previous WAR would answer /health/ready first (and keep
   * serving if the new one fails). Its runtime is unpacked afresh at every start anyway, so nothing
   * of value is lost.
   */
  private static void clearPayaraState(Path rootDir) throws IOException {
    if (!Files.exists(rootDir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(rootDir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    LOG.fine("Cleared Payara Micro's previous state in " + rootDir);
  }

  private Map<String, String> childEnvironment(
      LaunchSettings launch, Map<String, String> settings) {
    Map<String, String> environment = new HashMap<>();
    settings.forEach((key, value) -> environment.put(ConfigNames.environmentVariable(key), value));
    environment.put(
        ConfigNames.environmentVariable(LauncherConfig.DATA_DIR), launch.dataDir().toString());
    environment.put("TRIALSAGE_DEV", Boolean.toString(dev));
    return environment;
  }

  private int reportConfigurationProblems(List<SettingProblem> problems) {
    String message =
        "TrialSage cannot start: "
            + RequiredSettings.describe(problems)
            + "\nSet each as an environment variable or as a system property (-Dkey=value)"
            + (dev ? "." : ", or start with --dev for development defaults.");
    System.err.println(message);
    LOG.severe(message);
    return EXIT_BAD_CONFIGURATION;
  }

  /**
   * Two launchers on one data folder would fight over its database; a lock that the kernel releases
   * even on SIGKILL lets the second one stop early.
   */
  private void lockDataDir(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    FileChannel channel =
        FileChannel.open(
            dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      dataDirLock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      dataDirLock = null;
    }
    if (dataDirLock == null) {
      channel.close();
      throw new IOException("Another TrialSage launcher is running with data folder " + dataDir);
    }
  }

  private void shutdown() {
    shuttingDown = true;
    LOG.info("Shutdown requested; stopping TrialSage");
    stopAll();
  }

  /** Payara first, so it can close its database connections; then the database. Idempotent. */
  private synchronized void stopAll() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (payara != null) {
      try {
        payara.stop(PAYARA_STOP_GRACE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.warning("Interrupted while stopping Payara Micro");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Stopping Payara Micro failed: " + e.getMessage(), e);
      }
    }
    if (database != null) {
      LOG.info("Stopping embedded PostgreSQL");
      try {
        database.close();
        LOG.info("Embedded PostgreSQL stopped");
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Stopping embedded PostgreSQL failed: " + e.getMessage(), e);
      }
    }
  }
}
