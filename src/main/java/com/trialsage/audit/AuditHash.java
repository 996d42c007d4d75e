package com.trialsage.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of an audit row and its hash. Canonical form: each field in column order as
 * its length in UTF-8 bytes, ':', the bytes, '\n' (null as "-1:\n"), so no two rows share a form;
 * JSON values compact with object keys sorted (PostgreSQL's jsonb reorders keys, so a verifier
 * re-canonicalises what it reads the same way); {@code occurred_at} as ISO-8601 UTC.
 */
public final class AuditHash {

  /** The hashed fields of a row. */
  public record Row(
      String tenant,
      Instant occurredAt,
      String subject,
      String action,
      String objectType,
      String objectId,
      String oldValue,
      String newValue,
      String reason,
      String requestId,
      String prevHash) {}

  private AuditHash() {}

  public static String of(Row row) {
    StringBuilder form = new StringBuilder();
    for (String field :
        new String[] {
          row.tenant(),
          row.occurredAt().toString(),
          row.subject(),
          row.action(),
          row.objectType(),
          row.objectId(),
          row.oldValue(),
          row.newValue(),
          row.reason(),
          row.requestId(),
          row.prevHash()
        }) {
      append(form, field);
    }
    return sha256Hex(form.toString());
  }

  private static void append(StringBuilder form, String field) {
    if (field == null) {
      form.append("-1:\n");
      return;
    }
    form.append(field.getBytes(StandardCharsets.UTF_8).length)
        .append(':')
        .append(field)
        .append('\n');
  }

  /** Compact JSON with sorted keys, or null for null. */
  public static String canonicalJson(Map<String, ?> value) {
    return value == null ? null : objectOf(value).build().toString();
  }

  private static JsonObjectBuilder objectOf(Map<String, ?> map) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    new TreeMap<>(map).forEach((key, value) -> object.add(key, valueOf(value)));
    return object;
  }

  @SuppressWarnings("unchecked")
  private static JsonValue valueOf(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      return objectOf((Map<String, ?>) map).build();
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(valueOf(item)));
      return array.build();
    }
    if (value instanceof Long || value instanceof Integer) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    return Json.createValue(String.valueOf(value));
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
