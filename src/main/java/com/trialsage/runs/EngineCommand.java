package com.trialsage.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's command line for one run. A {@code .jar} engine runs on this JVM's {@code java} with
 * a small, fixed memory footprint (the sandbox's address-space limit must hold it); any other path
 * is executed as it is.
 */
final class EngineCommand {
  private EngineCommand() {}

  /** The command, for the engine at {@code engine}, reading {@code inputs}, writing {@code out}. */
  static List<String> validate(
      Path engine,
      int heapMb,
      String standard,
      String version,
      Path ctFile,
      Path define,
      int maxFindingsPerRule,
      Path out,
      Path inputs) {
    List<String> command = new ArrayList<>(launch(engine, heapMb));
    command.addAll(
        List.of(
            "validate",
            "--standard",
            standard.toLowerCase(Locale.ROOT),
            "--version",
            version,
            "--ct",
            ctFile.toString()));
    if (define != null) {
      command.addAll(List.of("--define", define.toString()));
    }
    command.addAll(
        List.of(
            "--max-findings-per-rule",
            Integer.toString(maxFindingsPerRule),
            "--out",
            out.toString(),
            inputs.toString()));
    return command;
  }

  static List<String> launch(Path engine, int heapMb) {
    if (!isJar(engine)) {
      return List.of(engine.toString());
    }
    return List.of(
        javaHome().resolve("bin").resolve("java").toString(),
        "-Xmx" + heapMb + "m",
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-XX:ReservedCodeCacheSize=64m",
        "-XX:MaxMetaspaceSize=128m",
        "-XX:CompressedClassSpaceSize=64m",
        "-Xss1m",
        "-jar",
        engine.toString());
  }

  /**
   * What the child reads outside the system folders: the engine, the JDK (if elsewhere), the CT.
   */
  static List<Path> readOnly(Path engine, Path ctFile) {
    // The engine's folder, not just its file: an engine may be a launcher script beside its jar.
    Path engineFolder = engine.toAbsolutePath().getParent();
    List<Path> paths = new ArrayList<>(List.of(engineFolder, ctFile.toAbsolutePath()));
    if (isJar(engine) && !javaHome().startsWith("/usr")) {
      paths.add(javaHome());
    }
    return paths;
  }

  /** The child's whole environment: nothing of this process's is inherited. */
  static Map<String, String> environment(Path folder) {
    return Map.of(
        "PATH", "/usr/local/bin:/usr/bin:/bin",
        "LANG", "C.UTF-8",
        "TZ", "UTC",
        "HOME", folder.toString());
  }

  static boolean isJar(Path engine) {
    return engine.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home")).toAbsolutePath();
  }
}
