package com.trialsage.engine.cli;

/** Entry point of {@code trialsage-engine.jar}. */
public final class EngineMain {
  private EngineMain() {}

  public static void main(String[] args) {
    System.exit(2);
  }
}
