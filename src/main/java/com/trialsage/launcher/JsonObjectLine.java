package com.trialsage.launcher;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether a line is one complete JSON object (RFC 8259), so that log lines a child process
 * already writes as JSON pass through unchanged, and reads its top-level string members (level,
 * message, error) so they can be watched like any other output.
 */
final class JsonObjectLine {

  private final String text;
  private final Map<String, String> topLevelStrings = new HashMap<>();
  private int position;
  private int depth;

  private JsonObjectLine(String text) {
    this.text = text;
  }

  static boolean isObject(String line) {
    return topLevelStrings(line).isPresent();
  }

  /** The object's string members (not nested ones); empty if the line is not a JSON object. */
  static Optional<Map<String, String>> topLevelStrings(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      return Optional.empty();
    }
    JsonObjectLine parser = new JsonObjectLine(trimmed);
    try {
      parser.object();
      parser.whitespace();
      return parser.position == trimmed.length()
          ? Optional.of(Map.copyOf(parser.topLevelStrings))
          : Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private void value() {
    whitespace();
    char c = peek();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  private void object() {
    expect('{');
    depth++;
    whitespace();
    if (peek() == '}') {
      position++;
      depth--;
      return;
    }
    do {
      whitespace();
      String name = string();
      whitespace();
      expect(':');
      whitespace();
      if (depth == 1 && peek() == '"') {
        topLevelStrings.put(name, string());
      } else {
        value();
      }
      whitespace();
    } while (tryConsume(','));
    expect('}');
    depth--;
  }

  private void array() {
    expect('[');
    whitespace();
    if (peek() == ']') {
      position++;
      return;
    }
    do {
      value();
      whitespace();
    } while (tryConsume(','));
    expect(']');
  }

  private String string() {
    expect('"');
    StringBuilder decoded = new StringBuilder();
    while (true) {
      char c = text.charAt(position++);
      if (c == '"') {
        return decoded.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in string");
      }
      if (c != '\\') {
        decoded.append(c);
        continue;
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case '"', '\\', '/' -> decoded.append(escaped);
        case 'b' -> decoded.append('\b');
        case 'f' -> decoded.append('\f');
        case 'n' -> decoded.append('\n');
        case 'r' -> decoded.append('\r');
        case 't' -> decoded.append('\t');
        case 'u' -> decoded.append(hexChar());
        default -> throw new IllegalArgumentException("bad escape");
      }
    }
  }

  private char hexChar() {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(position++), 16);
      if (digit < 0) {
        throw new IllegalArgumentException("bad unicode escape");
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  private void number() {
    int start = position;
    while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    String number = text.substring(start, position);
    if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      throw new IllegalArgumentException("bad number");
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, position)) {
      throw new IllegalArgumentException("expected " + word);
    }
    position += word.length();
  }

  private void whitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private char peek() {
    return text.charAt(position);
  }

  private void expect(char c) {
    if (text.charAt(position++) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
  }

  private boolean tryConsume(char c) {
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }
}
