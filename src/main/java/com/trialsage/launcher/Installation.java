package com.trialsage.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the launcher was installed: the folder of trialsage.jar, which also holds trialsage.war,
 * trialsage-engine.jar and lib/payara-micro.jar, as the build lays them out in target/.
 */
record Installation(Path home) {

  static Installation ofRunningJar() {
    try {
      Path location =
          Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new Installation(location.toAbsolutePath().getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate trialsage.jar: " + e.getMessage(), e);
    }
  }

  Path war() {
    return home.resolve("trialsage.war");
  }

  Path payaraMicro() {
    return home.resolve("lib").resolve("payara-micro.jar");
  }

  Path engineJar() {
    return home.resolve("trialsage-engine.jar");
  }

  /** Files the launcher needs next to it, described for an operator; empty when all are there. */
  List<String> missingFiles() {
    List<String> missing = new ArrayList<>();
    for (Path file : List.of(war(), payaraMicro())) {
      if (!Files.isRegularFile(file)) {
        missing.add(file.toString());
      }
    }
    return missing;
  }
}
