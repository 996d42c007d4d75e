package com.trialsage.audit;

import java.util.TreeMap;

/** Reads one JSON value (RFC 8259) and writes it back in {@link CanonicalJson}'s form. */
final class JsonTextReader {
  private final String text;
  private int position;

  private JsonTextReader(String text) {
    this.text = text;
  }

  static String canonicalForm(String json) {
    JsonTextReader reader = new JsonTextReader(json);
    StringBuilder canonical = new StringBuilder(json.length());
    try {
      reader.value(canonical);
      reader.whitespace();
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("JSON text ends too early", e);
    }
    if (reader.position != json.length()) {
      throw reader.error("text after the JSON value");
    }
    return canonical.toString();
  }

  private void value(StringBuilder out) {
    whitespace();
    char c = text.charAt(position);
    switch (c) {
      case '{' -> object(out);
      case '[' -> array(out);
      case '"' -> CanonicalJson.writeString(out, string());
      case 't' -> literal(out, "true");
      case 'f' -> literal(out, "false");
      case 'n' -> literal(out, "null");
      default -> number(out);
    }
  }

  private void object(StringBuilder out) {
    expect('{');
    TreeMap<String, String> members = new TreeMap<>();
    whitespace();
    if (!consume('}')) {
      do {
        whitespace();
        String key = string();
        whitespace();
        expect(':');
        StringBuilder member = new StringBuilder();
        value(member);
        members.put(key, member.toString());
        whitespace();
      } while (consume(','));
      expect('}');
    }
    out.append('{');
    String separator = "";
    for (var member : members.entrySet()) {
      out.append(separator);
      CanonicalJson.writeString(out, member.getKey());
      out.append(':').append(member.getValue());
      separator = ",";
    }
    out.append('}');
  }

  private void array(StringBuilder out) {
    expect('[');
    out.append('[');
    whitespace();
    if (!consume(']')) {
      String separator = "";
      do {
        out.append(separator);
        value(out);
        whitespace();
        separator = ",";
      } while (consume(','));
      expect(']');
    }
    out.append(']');
  }

  private String string() {
    expect('"');
    StringBuilder decoded = new StringBuilder();
    for (char c = text.charAt(position++); c != '"'; c = text.charAt(position++)) {
      if (c < 0x20) {
        throw error("an unescaped control character in a string");
      }
      decoded.append(c == '\\' ? escaped() : c);
    }
    return decoded.toString();
  }

  private char escaped() {
    char c = text.charAt(position++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape();
      default -> throw error("an unknown escape \\" + c);
    };
  }

  private char unicodeEscape() {
    String hex = text.substring(position, position + 4);
    position += 4;
    try {
      return (char) Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      throw error("a bad \\u escape");
    }
  }

  // Numbers are copied as written: the trail writes only integers, and any other rendering of a
  // number than the one hashed is a change the verifier must report.
  private void number(StringBuilder out) {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    String number = text.substring(start, position);
    if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      throw error("a bad number");
    }
    out.append(number);
  }

  private void literal(StringBuilder out, String word) {
    if (!text.startsWith(word, position)) {
      throw error("an unknown literal");
    }
    position += word.length();
    out.append(word);
  }

  private void whitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private void expect(char c) {
    if (text.charAt(position++) != c) {
      throw error("'" + c + "' expected");
    }
  }

  private boolean consume(char c) {
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not JSON: " + what + " at offset " + position);
  }
}
