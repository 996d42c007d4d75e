package com.trialsage.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical form of an audit row and its hash. Canonical form: each field in column order as
 * its length in UTF-8 bytes, ':', the bytes, '\n' (null as "-1:\n"), so no two rows share a form;
 * JSON values in {@link CanonicalJson}'s form (PostgreSQL's jsonb reorders keys, so a verifier
 * re-canonicalises what it reads the same way); {@code occurred_at} as ISO-8601 UTC. Plain Java:
 * the launcher's {@code audit-verify} command uses it outside any container.
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

  /** Compact JSON with sorted keys, or null for null (see {@link CanonicalJson}). */
  public static String canonicalJson(Map<String, ?> value) {
    return CanonicalJson.of(value);
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
