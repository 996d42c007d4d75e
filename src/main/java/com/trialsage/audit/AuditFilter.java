package com.trialsage.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a tenant's events to read; a null field does not filter. An {@code action} ending in '.'
 * (such as {@code run.}) matches every action it begins; any other matches exactly. {@code from} is
 * inclusive, {@code to} exclusive.
 */
public record AuditFilter(
    String action, String objectType, String objectId, String subject, Instant from, Instant to) {

  public AuditFilter {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** Matches every event. */
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  boolean actionIsPrefix() {
    return action != null && action.endsWith(".");
  }

  /** SQL conditions after the tenant's, each starting with " AND ", with their parameters. */
  String conditions(List<Object> parameters) {
    StringBuilder sql = new StringBuilder();
    if (action != null) {
      sql.append(actionIsPrefix() ? " AND action LIKE ? ESCAPE '\\'" : " AND action = ?");
      parameters.add(actionIsPrefix() ? likePrefix(action) : action);
    }
    equal(sql, parameters, "object_type", objectType);
    equal(sql, parameters, "object_id", objectId);
    equal(sql, parameters, "subject", subject);
    if (from != null) {
      sql.append(" AND occurred_at >= ?");
      parameters.add(from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" AND occurred_at < ?");
      parameters.add(to.atOffset(ZoneOffset.UTC));
    }
    return sql.toString();
  }

  private static void equal(
      StringBuilder sql, List<Object> parameters, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      parameters.add(value);
    }
  }

  private static String likePrefix(String prefix) {
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** The filters that are set, by their query parameter names (for the export's audit event). */
  public Map<String, Object> asMap() {
    Map<String, Object> set = new LinkedHashMap<>();
    putIfSet(set, "action", action);
    putIfSet(set, "objectType", objectType);
    putIfSet(set, "objectId", objectId);
    putIfSet(set, "subject", subject);
    putIfSet(set, "from", from);
    putIfSet(set, "to", to);
    return set;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value.toString());
    }
  }
}
