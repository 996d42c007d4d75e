package com.trialsage.logging;

/**
 * The tenant, request id and run id of the work the current thread is doing, for log lines. Opened
 * per request (or per run) with try-with-resources, so a pooled thread never carries a previous
 * request's fields.
 */
public final class LogContext {
  private static final ThreadLocal<Fields> CURRENT = new ThreadLocal<>();

  private LogContext() {}

  /** The fields of the current thread; every field may be null. */
  public record Fields(String tenant, String requestId, String runId) {}

  /** Starts a context with this request id; closing the scope restores the previous one. */
  public static Scope open(String requestId) {
    return replace(new Fields(null, requestId, null));
  }

  /** Starts a context for background work on one run of one tenant. */
  public static Scope openRun(String tenant, String runId) {
    return replace(new Fields(tenant, null, runId));
  }

  /**
   * Names a run in the current context (keeping its tenant and request id) for the lines written
   * about it, e.g. while a request queues or cancels it; closing the scope restores the previous.
   */
  public static Scope withRun(String runId) {
    Fields fields = fieldsOrEmpty();
    return replace(new Fields(fields.tenant(), fields.requestId(), runId));
  }

  /**
   * Names the tenant whose data the current work touches (keeping the request and run ids), e.g.
   * for background work over many tenants; closing the scope restores the previous context.
   */
  public static Scope withTenant(String tenant) {
    Fields fields = fieldsOrEmpty();
    return replace(new Fields(tenant, fields.requestId(), fields.runId()));
  }

  /** Adds the tenant once the caller is known. */
  public static void setTenant(String tenant) {
    Fields fields = fieldsOrEmpty();
    CURRENT.set(new Fields(tenant, fields.requestId(), fields.runId()));
  }

  private static Fields fieldsOrEmpty() {
    Fields fields = CURRENT.get();
    return fields == null ? new Fields(null, null, null) : fields;
  }

  private static Scope replace(Fields next) {
    Fields previous = CURRENT.get();
    CURRENT.set(next);
    return new Scope(previous);
  }

  /** Forgets every field of the current thread, e.g. before a pooled thread takes new work. */
  public static void clear() {
    CURRENT.remove();
  }

  /** The current fields, or null outside any context. */
  public static Fields current() {
    return CURRENT.get();
  }

  /** Restores the context that was current when it was opened. */
  public static final class Scope implements AutoCloseable {
    private final Fields previous;

    private Scope(Fields previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
