package com.trialsage.launcher;

/**
 * Tells whether a line is one complete JSON object (RFC 8259), so that log lines a child process
 * already writes as JSON pass through unchanged. A validator only: nothing is built.
 */
final class JsonObjectLine {

  private final String text;
  private int position;

  private JsonObjectLine(String text) {
    this.text = text;
  }

  static boolean isObject(String line) {
    String trimmed = line.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      return false;
    }
    JsonObjectLine parser = new JsonObjectLine(trimmed);
    try {
      parser.object();
      parser.whitespace();
      return parser.position == trimmed.length();
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      return false;
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
    whitespace();
    if (peek() == '}') {
      position++;
      return;
    }
    do {
      whitespace();
      string();
      whitespace();
      expect(':');
      value();
      whitespace();
    } while (tryConsume(','));
    expect('}');
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

  private void string() {
    expect('"');
    while (true) {
      char c = text.charAt(position++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("control character in string");
      }
      if (c == '\\') {
        char escaped = text.charAt(position++);
        if (escaped == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(position++), 16) < 0) {
              throw new IllegalArgumentException("bad unicode escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(escaped) < 0) {
          throw new IllegalArgumentException("bad escape");
        }
      }
    }
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
