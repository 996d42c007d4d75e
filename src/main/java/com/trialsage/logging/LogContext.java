package com.trialsage.logging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant, request and run the current thread works for, added to every log line it writes.
 *
 * <p>Handlers that format on the logging thread (ConsoleHandler, StreamHandler) see these values; a
 * handler that formats on another thread does not.
 *
 * <pre>{@code
 * try (var tenant = LogContext.open(LogContext.Field.TENANT, tenantId)) {
 *   log.info("Run queued");
 * }
 * }</pre>
 */
public final class LogContext {

  /** The fields a log line can carry, with their JSON names. */
  public enum Field {
    TENANT("tenant"),
    REQUEST_ID("request_id"),
    RUN_ID("run_id");

    private final String jsonName;

    Field(String jsonName) {
      this.jsonName = jsonName;
    }

    public String jsonName() {
      return jsonName;
    }
  }

  /** Restores the field's previous value when closed; never throws. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private static final ThreadLocal<Map<Field, String>> FIELDS =
      ThreadLocal.withInitial(() -> new EnumMap<>(Field.class));

  private LogContext() {}

  /** Sets a field for the current thread; {@code null} removes it. */
  public static void set(Field field, String value) {
    Objects.requireNonNull(field, "field must not be null");
    if (value == null) {
      FIELDS.get().remove(field);
    } else {
      FIELDS.get().put(field, value);
    }
  }

  public static Optional<String> get(Field field) {
    Objects.requireNonNull(field, "field must not be null");
    return Optional.ofNullable(FIELDS.get().get(field));
  }

  /** Removes every field from the current thread, e.g. when a pooled thread finishes a request. */
  public static void clear() {
    FIELDS.remove();
  }

  /** Sets a field until the returned scope is closed, then restores what was there before. */
  public static Scope open(Field field, String value) {
    Objects.requireNonNull(field, "field must not be null");
    Optional<String> previous = get(field);
    set(field, value);
    return () -> set(field, previous.orElse(null));
  }
}
