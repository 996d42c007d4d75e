package com.trialsage.reports;

import org.apache.poi.ss.SpreadsheetVersion;

/** Text as an Excel cell can hold it. */
final class CellText {
  /** Excel's limit: a cell holds at most 32,767 characters. */
  static final int MAX_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  static final String TRUNCATED = "… [truncated]";

  private CellText() {}

  /** The text, or its start and {@link #TRUNCATED} when it is over {@link #MAX_CHARS}. */
  static String fitted(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int keep = MAX_CHARS - TRUNCATED.length();
    // Never keep half of a surrogate pair.
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + TRUNCATED;
  }
}
