package com.trialsage.launcher;

import com.trialsage.config.ConfigNames;
import com.trialsage.config.SettingProblem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The launcher's own settings, each with a default, checked before anything starts. */
record LaunchSettings(
    int port, Path dataDir, String heap, Duration startTimeout, int embeddedDatabasePort) {

  static final int DEFAULT_PORT = 8080;
  static final String DEFAULT_DATA_DIR = "./data";
  static final String DEFAULT_HEAP = "512m";
  static final int DEFAULT_START_TIMEOUT_IN_SECONDS = 120;

  private static final Pattern HEAP_SIZE = Pattern.compile("[1-9]\\d{0,6}[kKmMgG]?");

  /** Reads the settings; adds a problem for each invalid one and uses its default meanwhile. */
  static LaunchSettings read(LauncherConfig config, List<SettingProblem> problems) {
    int port =
        integer(
            config,
            LauncherConfig.PORT,
            DEFAULT_PORT,
            1,
            65535,
            "HTTP port of the service",
            problems);
    Path dataDir = dataDir(config, problems);
    String heap = config.getOrDefault(LauncherConfig.HEAP, DEFAULT_HEAP);
    if (!HEAP_SIZE.matcher(heap).matches()) {
      problems.add(
          problem(
              LauncherConfig.HEAP,
              "maximum heap of Payara Micro (java -Xmx)",
              "'" + heap + "' is not a size like 512m or 2g"));
      heap = DEFAULT_HEAP;
    }
    int timeoutInSeconds =
        integer(
            config,
            LauncherConfig.START_TIMEOUT,
            DEFAULT_START_TIMEOUT_IN_SECONDS,
            1,
            3600,
            "seconds to wait for the service to become ready",
            problems);
    int embeddedPort =
        integer(
            config,
            LauncherConfig.EMBEDDED_DB_PORT,
            0,
            0,
            65535,
            "port of the embedded development PostgreSQL (0: any free port)",
            problems);
    return new LaunchSettings(
        port, dataDir, heap, Duration.ofSeconds(timeoutInSeconds), embeddedPort);
  }

  private static Path dataDir(LauncherConfig config, List<SettingProblem> problems) {
    String value = config.getOrDefault(LauncherConfig.DATA_DIR, DEFAULT_DATA_DIR);
    try {
      return Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      problems.add(
          problem(
              LauncherConfig.DATA_DIR,
              "folder for the embedded database, development keys and Payara's files",
              "'" + value + "' is not a valid path"));
      return Path.of(DEFAULT_DATA_DIR).toAbsolutePath().normalize();
    }
  }

  private static int integer(
      LauncherConfig config,
      String key,
      int defaultValue,
      int min,
      int max,
      String purpose,
      List<SettingProblem> problems) {
    Optional<String> value = config.get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the allowed range.
    }
    problems.add(
        problem(key, purpose, "'" + value.get() + "' is not a number from " + min + " to " + max));
    return defaultValue;
  }

  private static SettingProblem problem(String key, String purpose, String problem) {
    return new SettingProblem(key, ConfigNames.environmentVariable(key), purpose, problem);
  }
}
