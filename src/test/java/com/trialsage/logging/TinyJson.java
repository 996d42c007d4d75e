package com.trialsage.logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for tests: objects become maps, arrays lists, strings strings, numbers
 * BigDecimal-free doubles, literals Boolean or null. Throws on anything RFC 8259 does not allow.
 */
final class TinyJson {

  private final String text;
  private int position;

  private TinyJson(String text) {
    this.text = text;
  }

  static Map<String, Object> parseObject(String json) {
    TinyJson reader = new TinyJson(json);
    Object value = reader.value();
    reader.skipWhitespace();
    if (reader.position != json.length()) {
      throw new IllegalArgumentException("Trailing text at " + reader.position + ": " + json);
    }
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("Not an object: " + json);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) value;
    return object;
  }

  private Object value() {
    skipWhitespace();
    char c = text.charAt(position);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    for (String literal : List.of("true", "false", "null")) {
      if (text.startsWith(literal, position)) {
        position += literal.length();
        return literal.equals("null") ? null : Boolean.valueOf(literal);
      }
    }
    int start = position;
    while (position < text.length() && "+-.eE0123456789".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    return Double.parseDouble(text.substring(start, position));
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    expect('{');
    skipWhitespace();
    if (text.charAt(position) == '}') {
      position++;
      return object;
    }
    while (true) {
      skipWhitespace();
      String key = string();
      skipWhitespace();
      expect(':');
      if (object.put(key, value()) != null) {
        throw new IllegalArgumentException("Duplicate key " + key);
      }
      skipWhitespace();
      if (text.charAt(position) == ',') {
        position++;
        continue;
      }
      expect('}');
      return object;
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    expect('[');
    skipWhitespace();
    if (text.charAt(position) == ']') {
      position++;
      return array;
    }
    while (true) {
      array.add(value());
      skipWhitespace();
      if (text.charAt(position) == ',') {
        position++;
        continue;
      }
      expect(']');
      return array;
    }
  }

  private String string() {
    expect('"');
    StringBuilder result = new StringBuilder();
    while (true) {
      char c = text.charAt(position++);
      if (c == '"') {
        return result.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("Unescaped control character at " + (position - 1));
      }
      if (c != '\\') {
        result.append(c);
        continue;
      }
      char escape = text.charAt(position++);
      switch (escape) {
        case '"', '\\', '/' -> result.append(escape);
        case 'b' -> result.append('\b');
        case 'f' -> result.append('\f');
        case 'n' -> result.append('\n');
        case 'r' -> result.append('\r');
        case 't' -> result.append('\t');
        case 'u' -> {
          result.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
          position += 4;
        }
        default -> throw new IllegalArgumentException("Bad escape \\" + escape);
      }
    }
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private void expect(char c) {
    if (text.charAt(position) != c) {
      throw new IllegalArgumentException("Expected " + c + " at " + position + ": " + text);
    }
    position++;
  }
}
