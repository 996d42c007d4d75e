package com.trialsage.ops.errors;

import io.sentry.SentryClient;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Sends error events to one Sentry project through the SDK's own client, without its global state:
 * no JVM-wide uncaught-exception handler or shutdown hook is installed, so it lives and dies with
 * the application that owns it. Each report only queues the event; the SDK's sender thread delivers
 * it, and drops it when its queue is full or the project cannot be reached.
 */
final class SentryReporter implements AutoCloseable {
  /**
   * How long {@link #close} waits for queued events, twice at most: once to flush, once for the
   * sender to stop.
   */
  static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(2);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
  private static final int DETAIL_LIMIT = 1000;

  /** A request that ended in an unexpected error; tenant and request id may be null. */
  record FailedRequest(String method, String path, String requestId, String tenant) {}

  /** A validation run the engine's infrastructure failed. */
  record FailedRun(String tenant, String runId, String reason, String detail) {
    FailedRun {
      Objects.requireNonNull(tenant, "tenant must not be null");
      Objects.requireNonNull(runId, "runId must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(detail, "detail must not be null");
    }
  }

  private final SentryClient client;

  private SentryReporter(SentryClient client) {
    this.client = client;
  }

  /** A reporter to the project of the DSN, or an IllegalArgumentException naming what is wrong. */
  static SentryReporter connect(URI dsn, String environment, String release) {
    Objects.requireNonNull(dsn, "dsn must not be null");
    SentryOptions options = new SentryOptions();
    options.setDsn(dsn.toString());
    options.setEnvironment(Objects.requireNonNull(environment, "environment must not be null"));
    options.setRelease(Objects.requireNonNull(release, "release must not be null"));
    options.setSendDefaultPii(false);
    options.setBeforeSend(new EventScrubber());
    options.setEnableExternalConfiguration(false);
    options.setEnableUncaughtExceptionHandler(false);
    options.setEnableShutdownHook(false);
    // Resolving the host name may block the reporting thread on a slow resolver.
    options.setAttachServerName(false);
    options.setSendModules(false);
    // An exception carries its own stack; a run failure is no code path worth a thread dump.
    options.setAttachStacktrace(false);
    options.addInAppInclude("com.trialsage");
    options.setConnectionTimeoutMillis((int) CONNECT_TIMEOUT.toMillis());
    options.setReadTimeoutMillis((int) READ_TIMEOUT.toMillis());
    options.setFlushTimeoutMillis(FLUSH_TIMEOUT.toMillis());
    options.setShutdownTimeoutMillis(FLUSH_TIMEOUT.toMillis());
    return new SentryReporter(new SentryClient(options));
  }

  /** Reports an exception that became a 500: its type, message and stack, the method and path. */
  void requestFailed(Throwable error, FailedRequest request) {
    Objects.requireNonNull(error, "error must not be null");
    Objects.requireNonNull(request, "request must not be null");
    SentryEvent event = new SentryEvent(error);
    event.setLevel(SentryLevel.ERROR);
    describe(event, request);
    event.setTransaction(request.method() + " " + request.path());
    client.captureEvent(event);
  }

  /** Reports a 5xx the container answered without an exception of its own (error page). */
  void requestFailed(int status, FailedRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    SentryEvent event = new SentryEvent();
    event.setLevel(SentryLevel.ERROR);
    event.setMessage(message("HTTP " + status + " from the container"));
    describe(event, request);
    event.setFingerprints(List.of("container-error", Integer.toString(status)));
    tag(event, "status", Integer.toString(status));
    client.captureEvent(event);
  }

  /**
   * Reports a failed run as one event per run, grouped in Sentry by failure reason (the engine's
   * detail differs from run to run and would split one cause into many issues).
   */
  void runFailed(FailedRun run) {
    Objects.requireNonNull(run, "run must not be null");
    SentryEvent event = new SentryEvent();
    event.setLevel(SentryLevel.ERROR);
    event.setMessage(message("Validation run failed: " + run.reason()));
    event.setFingerprints(List.of("run-failed", run.reason()));
    event.setTag("tenant", run.tenant());
    event.setTag("run_id", run.runId());
    event.setTag("failure_reason", run.reason());
    String detail = run.detail();
    event.setExtra(
        "detail", detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail);
    client.captureEvent(event);
  }

  /** Reports an exception a background worker caught only to carry on. */
  void backgroundFailed(Throwable error, String task) {
    Objects.requireNonNull(error, "error must not be null");
    SentryEvent event = new SentryEvent(error);
    event.setLevel(SentryLevel.ERROR);
    tag(event, "task", task);
    client.captureEvent(event);
  }

  /** Sends what is queued and stops the sender, dropping what is left after the timeouts. */
  @Override
  public void close() {
    client.close();
  }

  // Method and path only: headers, query and body may hold credentials or patient data.
  private static void describe(SentryEvent event, FailedRequest request) {
    Request facts = new Request();
    facts.setMethod(request.method());
    facts.setUrl(request.path());
    event.setRequest(facts);
    tag(event, "request_id", request.requestId());
    tag(event, "tenant", request.tenant());
  }

  private static Message message(String text) {
    Message message = new Message();
    message.setFormatted(text);
    return message;
  }

  private static void tag(SentryEvent event, String name, String value) {
    if (value != null && !value.isBlank()) {
      event.setTag(name, value);
    }
  }
}
