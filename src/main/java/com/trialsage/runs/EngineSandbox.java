package com.trialsage.runs;

import com.trialsage.sandbox.Isolation;
import com.trialsage.sandbox.Sandbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The sandbox runs use, built once from the settings and the isolation this machine offers. When
 * isolation is weaker than full, the log says what is missing once; with {@code
 * trialsage.sandbox.require-full-isolation} the engine is refused instead.
 */
@ApplicationScoped
public class EngineSandbox {
  private static final Logger LOG = Logger.getLogger(EngineSandbox.class.getName());

  @Inject RunSettings settings;

  private volatile Sandbox sandbox;

  Sandbox get() {
    Sandbox current = sandbox;
    if (current == null) {
      synchronized (this) {
        if (sandbox == null) {
          Isolation isolation = Isolation.detect();
          if (!isolation.full()) {
            LOG.warning(
                "The engine sandbox is weaker than full isolation: "
                    + String.join("; ", isolation.weaknesses())
                    + (settings.requireFullIsolation()
                        ? ". trialsage.sandbox.require-full-isolation is set: runs will fail."
                        : "."));
          }
          sandbox = new Sandbox(isolation, settings.sandboxLimits());
        }
        current = sandbox;
      }
    }
    return current;
  }

  /** Whether runs may start here: isolation is full, or full isolation is not required. */
  public boolean permitted() {
    return get().isolation().full() || !settings.requireFullIsolation();
  }

  public Isolation isolation() {
    return get().isolation();
  }
}
