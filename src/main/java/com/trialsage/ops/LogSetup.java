package com.trialsage.ops;

import com.trialsage.logging.JsonLogFormatter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Switches the server's log handlers to one JSON object per line when the application starts
 * ({@code trialsage.log.format=json}, the default; {@code payara} keeps Payara's own format, which
 * the Arquillian container adapter parses to find the deployed application), and quiets Payara's
 * MP-JWT identity store, which logs a multi-kilobyte stack trace at INFO for every token it
 * refuses: {@code RejectedTokens} logs one short line instead.
 */
@ApplicationScoped
public class LogSetup {
  // JUL holds loggers weakly: a level set on a logger nobody references is lost at the next GC.
  private static final List<Logger> QUIETED =
      List.of(
          Logger.getLogger("fish.payara.microprofile.jwtauth.eesecurity.SignedJWTIdentityStore"));

  @Inject
  @ConfigProperty(name = "trialsage.log.format", defaultValue = "json")
  String format;

  void configure(@Observes @Initialized(ApplicationScoped.class) Object started) {
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    if (!"json".equals(format)) {
      return;
    }
    JsonLogFormatter json = new JsonLogFormatter();
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setFormatter(json);
    }
  }
}
