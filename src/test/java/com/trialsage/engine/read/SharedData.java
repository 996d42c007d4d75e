package com.trialsage.engine.read;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference data folder (see shared/data/README.md), as Surefire names it. */
public final class SharedData {
  private SharedData() {}

  public static Path folder() {
    String property = System.getProperty("trialsage.shared.data");
    if (property == null) {
      throw new IllegalStateException(
          "system property trialsage.shared.data is not set; run the tests through Maven");
    }
    Path folder = Path.of(property);
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("shared data folder " + folder + " does not exist");
    }
    return folder;
  }

  public static Path file(String relativePath) {
    return folder().resolve(relativePath);
  }
}
