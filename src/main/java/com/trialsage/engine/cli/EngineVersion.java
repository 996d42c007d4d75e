package com.trialsage.engine.cli;

/** The engine's version, from the jar manifest when there is one. */
final class EngineVersion {
  private static final String DEVELOPMENT = "0.1.0";

  private EngineVersion() {}

  static String current() {
    String fromManifest = EngineVersion.class.getPackage().getImplementationVersion();
    return fromManifest == null ? DEVELOPMENT : fromManifest;
  }
}
