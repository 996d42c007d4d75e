package com.trialsage.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/** Where a newest-first page of events continues: after the event at this time and id. */
public record AuditCursor(Instant occurredAt, long id) {

  public AuditCursor {
    Objects.requireNonNull(occurredAt, "a cursor has the time of the last event given");
  }

  static AuditCursor after(AuditEvent event) {
    return new AuditCursor(event.occurredAt(), event.id());
  }

  /** The opaque form handed to clients. */
  public String token() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a token this API gave out.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static AuditCursor parse(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("a cursor has two parts");
      }
      return new AuditCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a cursor starts with a time", e);
    }
  }
}
