package com.trialsage.ops.errors;

import com.trialsage.logging.LogContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Reports unexpected errors to Sentry when {@code sentry.dsn} is set, and does nothing otherwise.
 * Reporting never throws and never waits on the network: a failure to report is logged at FINE and
 * forgotten, so the request or run that failed ends as it would without it.
 */
@ApplicationScoped
public class ErrorReporting {
  private static final Logger LOG = Logger.getLogger(ErrorReporting.class.getName());

  @Inject Config config;

  private volatile SentryReporter reporter;

  @PostConstruct
  void start() {
    ErrorReportingSettings settings =
        ErrorReportingSettings.read(key -> config.getOptionalValue(key, String.class), version());
    if (settings.dsn().isEmpty()) {
      LOG.info("Error reporting: off (" + ErrorReportingSettings.DSN + " is not set)");
      return;
    }
    reporter =
        SentryReporter.connect(settings.dsn().get(), settings.environment(), settings.release());
    LOG.info(
        "Error reporting to Sentry at "
            + settings.target()
            + ": environment "
            + settings.environment()
            + ", release "
            + settings.release());
  }

  // Creates the bean at deployment, so an invalid DSN fails it then and not at the first error.
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  /** Whether events are sent anywhere. */
  public boolean enabled() {
    return reporter != null;
  }

  /** An exception that became a 500 while serving {@code method path}; the tenant is the log's. */
  public void requestFailed(Throwable error, String method, String path, String requestId) {
    send(r -> r.requestFailed(error, failedRequest(method, path, requestId)));
  }

  /** A 5xx the container answered on its own (error page), with or without its exception. */
  public void containerFailed(
      int status, Throwable error, String method, String path, String requestId) {
    send(
        r -> {
          SentryReporter.FailedRequest request = failedRequest(method, path, requestId);
          if (error == null) {
            r.requestFailed(status, request);
          } else {
            r.requestFailed(error, request);
          }
        });
  }

  /** A run the engine's infrastructure failed: crash, timeout, unreadable output. */
  public void runFailed(String tenant, String runId, String reason, String detail) {
    send(r -> r.runFailed(new SentryReporter.FailedRun(tenant, runId, reason, detail)));
  }

  /** An exception a background task caught only to carry on. */
  public void backgroundFailed(Throwable error, String task) {
    send(r -> r.backgroundFailed(error, task));
  }

  private void send(Consumer<SentryReporter> report) {
    SentryReporter current = reporter;
    if (current == null) {
      return;
    }
    try {
      report.accept(current);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "An error event could not be queued for Sentry", e);
    }
  }

  private static SentryReporter.FailedRequest failedRequest(
      String method, String path, String requestId) {
    LogContext.Fields fields = LogContext.current();
    String tenant = fields == null ? null : fields.tenant();
    String id = requestId != null || fields == null ? requestId : fields.requestId();
    return new SentryReporter.FailedRequest(method, path, id, tenant);
  }

  @PreDestroy
  void stop() {
    SentryReporter current = reporter;
    reporter = null;
    if (current != null) {
      current.close();
    }
  }

  /** This build's version, written into build.properties by the build. */
  static String version() {
    try (InputStream in = ErrorReporting.class.getResourceAsStream("build.properties")) {
      Objects.requireNonNull(in, "build.properties is missing from the build");
      Properties properties = new Properties();
      properties.load(in);
      return Objects.requireNonNull(
          properties.getProperty("version"), "build.properties has no version");
    } catch (IOException e) {
      throw new UncheckedIOException("build.properties cannot be read", e);
    }
  }
}
