package com.trialsage.launcher;

import java.util.logging.LogManager;

/**
 * The JDK's LogManager closes every handler from its own shutdown hook, which races with the
 * launcher's hook and would swallow the "stopping Payara Micro" lines. Keeping the handlers is
 * safe: the launcher's handler only writes to stdout and holds nothing to release.
 *
 * <p>Public because LogManager instantiates it by name (system property {@code
 * java.util.logging.manager}).
 */
public final class ShutdownSafeLogManager extends LogManager {

  @Override
  public void reset() {
    // Deliberately keeps the handlers; see the class comment.
  }
}
