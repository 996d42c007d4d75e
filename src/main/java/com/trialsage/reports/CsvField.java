package com.trialsage.reports;

import java.util.regex.Pattern;

/** One field of an RFC 4180 record, made safe to open in a spreadsheet. */
final class CsvField {
  // OWASP "CSV Injection": a spreadsheet evaluates a cell starting with one of these as a formula.
  private static final String FORMULA_STARTS = "=+-@\t\r";
  // A plain number ("-1.5", "+3", "-2E-3") is a number to a spreadsheet, never a formula.
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private CsvField() {}

  /** The field as it goes into the file: neutralised, then quoted if it must be (RFC 4180 §2). */
  static String of(String text) {
    if (text == null) {
      return "";
    }
    String safe = neutralised(text);
    return needsQuotes(safe) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** The text with a leading apostrophe if a spreadsheet would take it for a formula. */
  static String neutralised(String text) {
    boolean formulaLike = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    return formulaLike && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
