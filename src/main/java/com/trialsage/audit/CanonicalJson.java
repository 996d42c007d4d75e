package com.trialsage.audit;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of an audit value: compact, object members sorted by key (Java's String
 * order), strings escaped exactly as Eclipse Parsson writes them, which is how every row already in
 * the trail was hashed. Plain Java, so that the launcher can verify a chain without a JSON library.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * Writes Java values: maps (String keys), collections, Long and Integer as numbers, Boolean,
   * null; anything else as the string of its {@code toString()}.
   */
  public static String of(Map<String, ?> value) {
    if (value == null) {
      return null;
    }
    StringBuilder json = new StringBuilder();
    writeValue(json, value);
    return json.toString();
  }

  /**
   * Re-canonicalises JSON text, such as PostgreSQL's rendering of a {@code jsonb} column (which
   * adds spaces and orders keys by length).
   *
   * @throws IllegalArgumentException when the text is not one JSON value
   */
  public static String canonicalise(String json) {
    return json == null ? null : JsonTextReader.canonicalForm(json);
  }

  /** The JSON string literal of {@code text}, quotes included. */
  public static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2);
    writeString(json, text);
    return json.toString();
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(StringBuilder json, Object value) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof Map<?, ?> map) {
      writeObject(json, new TreeMap<>((Map<String, ?>) map));
    } else if (value instanceof Collection<?> items) {
      writeArray(json, items);
    } else if (value instanceof Long || value instanceof Integer) {
      json.append(((Number) value).longValue());
    } else if (value instanceof Boolean bool) {
      json.append(bool);
    } else {
      writeString(json, String.valueOf(value));
    }
  }

  private static void writeObject(StringBuilder json, TreeMap<String, ?> members) {
    json.append('{');
    String separator = "";
    for (Map.Entry<String, ?> member : members.entrySet()) {
      json.append(separator);
      writeString(json, member.getKey());
      json.append(':');
      writeValue(json, member.getValue());
      separator = ",";
    }
    json.append('}');
  }

  private static void writeArray(StringBuilder json, Collection<?> items) {
    json.append('[');
    String separator = "";
    for (Object item : items) {
      json.append(separator);
      writeValue(json, item);
      separator = ",";
    }
    json.append(']');
  }

  // RFC 8259 §7 requires escaping only '"', '\' and controls; Parsson uses the short forms where
  // they exist and lower-case \\u00xx otherwise, and so must we, or old rows would stop verifying.
  static void writeString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> appendPlainOrEscaped(json, c);
      }
    }
    json.append('"');
  }

  private static void appendPlainOrEscaped(StringBuilder json, char c) {
    if (c >= 0x20) {
      json.append(c);
      return;
    }
    String hex = "000" + Integer.toHexString(c);
    json.append("\\u").append(hex, hex.length() - 4, hex.length());
  }
}
