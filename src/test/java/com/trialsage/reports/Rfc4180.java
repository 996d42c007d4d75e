package com.trialsage.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: records end with CRLF, a quoted field may hold commas,
 * CR, LF and doubled quotes. Anything else is a failure, so the writer's output is checked too.
 */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '"') {
        i = quoted(text, i + 1, field);
      }
      char c = i < text.length() ? text.charAt(i) : '\0';
      if (c == ',' || c == '\r') {
        record.add(field.toString());
        field.setLength(0);
        if (c == '\r') {
          expect(text, i + 1, '\n');
          records.add(record);
          record = new ArrayList<>();
          i++;
        }
      } else if (c == '"' || c == '\n') {
        throw new IllegalArgumentException("bare " + c + " at " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("last record does not end with CRLF");
    }
    return records;
  }

  private static int quoted(String text, int start, StringBuilder field) {
    int i = start;
    while (true) {
      int quote = text.indexOf('"', i);
      if (quote < 0) {
        throw new IllegalArgumentException("unterminated quote from " + start);
      }
      field.append(text, i, quote);
      if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
        field.append('"');
        i = quote + 2;
      } else {
        return quote + 1;
      }
    }
  }

  private static void expect(String text, int at, char wanted) {
    if (at >= text.length() || text.charAt(at) != wanted) {
      throw new IllegalArgumentException("expected " + (int) wanted + " at " + at);
    }
  }
}
