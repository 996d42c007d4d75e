package com.trialsage.engine.rules.checks;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date/time as SDTM writes it (SDTMIG 4.4.2): the extended format {@code
 * YYYY-MM-DDThh:mm:ss.fff}, right-truncated for lower precision, with a hyphen for each unknown
 * component in the middle ({@code 2003---15}), optionally followed by a time zone.
 */
public final class IsoDateTime {
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}|-)(?:-(\\d{2}|-)(?:-(\\d{2}|-)"
              + "(?:T(\\d{2}|-)(?::(\\d{2}|-)(?::(\\d{2}(?:[.,]\\d+)?|-))?)?"
              + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
  private static final Pattern DURATION =
      Pattern.compile(
          "-?P(?:\\d+(?:[.,]\\d+)?W|(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?"
              + "(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?)?)");
  private static final int MISSING = -1;

  /** year, month, day, hour, minute, second; {@link #MISSING} for absent or unknown parts. */
  private final int[] parts;

  private IsoDateTime(int[] parts) {
    this.parts = parts;
  }

  /** Whether the text is a valid SDTM ISO 8601 date/time, duration or interval of them. */
  public static boolean isValid(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      return text.indexOf('/', slash + 1) < 0
          && isValidPoint(text.substring(0, slash))
          && isValidPoint(text.substring(slash + 1));
    }
    return isValidPoint(text);
  }

  private static boolean isValidPoint(String text) {
    return DURATION.matcher(text).matches() || parse(text).isPresent();
  }

  /** The date/time, when the text is a valid ISO 8601 date/time (not a duration or interval). */
  public static Optional<IsoDateTime> parse(String text) {
    int[] common = parseCommonShape(text);
    if (common != null) {
      return inRange(common) ? Optional.of(new IsoDateTime(common)) : Optional.empty();
    }
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches() || text.equals("-")) {
      return Optional.empty();
    }
    int[] parts = new int[6];
    for (int i = 0; i < 6; i++) {
      parts[i] = number(m.group(i + 1));
    }
    return inRange(parts) ? Optional.of(new IsoDateTime(parts)) : Optional.empty();
  }

  /**
   * The parts of the shapes nearly all SDTM dates have ({@code YYYY}, {@code YYYY-MM}, {@code
   * YYYY-MM-DD}, {@code YYYY-MM-DDThh:mm}, {@code YYYY-MM-DDThh:mm:ss}), read without a regular
   * expression because this runs for every date of every record; null for any other text.
   */
  private static int[] parseCommonShape(String text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10 && length != 16 && length != 19) {
      return null;
    }
    int[] parts = {MISSING, MISSING, MISSING, MISSING, MISSING, MISSING};
    char[] separators = {'-', '-', 'T', ':', ':'};
    int[] starts = {0, 5, 8, 11, 14, 17};
    for (int i = 0; i < starts.length && starts[i] < length; i++) {
      int start = starts[i];
      int width = i == 0 ? 4 : 2;
      if (i > 0 && text.charAt(start - 1) != separators[i - 1]) {
        return null;
      }
      int value = digits(text, start, width);
      if (value < 0) {
        return null;
      }
      parts[i] = value;
    }
    return parts;
  }

  private static int digits(String text, int start, int width) {
    int value = 0;
    for (int i = start; i < start + width; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int number(String group) {
    if (group == null || group.equals("-")) {
      return MISSING;
    }
    int end = group.indexOf('.') >= 0 ? group.indexOf('.') : group.indexOf(',');
    return Integer.parseInt(end >= 0 ? group.substring(0, end) : group);
  }

  private static boolean inRange(int[] p) {
    if (p[1] != MISSING && (p[1] < 1 || p[1] > 12)) {
      return false;
    }
    if (p[2] != MISSING && (p[2] < 1 || p[2] > maxDay(p[0], p[1]))) {
      return false;
    }
    return (p[3] == MISSING || p[3] <= 23)
        && (p[4] == MISSING || p[4] <= 59)
        && (p[5] == MISSING || p[5] <= 59);
  }

  private static int maxDay(int year, int month) {
    if (month == MISSING) {
      return 31;
    }
    // An unknown year: February may have 29 days.
    return year == MISSING
        ? YearMonth.of(2000, month).lengthOfMonth()
        : YearMonth.of(year, month).lengthOfMonth();
  }

  /** Whether year, month and day are all known (SDTMIG 4.4.4 computes study days only then). */
  public boolean hasCompleteDate() {
    return parts[0] != MISSING && parts[1] != MISSING && parts[2] != MISSING;
  }

  /** The date as an epoch day; only when {@link #hasCompleteDate()}. */
  public long epochDay() {
    return java.time.LocalDate.of(parts[0], parts[1], parts[2]).toEpochDay();
  }

  /**
   * Compares on the leading components both values know: {@code 2018-05-08} and {@code
   * 2018-05-08T09:00} are equal. Returns 0 when they share no leading component.
   */
  public int compareOnCommonPrecision(IsoDateTime other) {
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == MISSING || other.parts[i] == MISSING) {
        return 0;
      }
      if (parts[i] != other.parts[i]) {
        return Integer.compare(parts[i], other.parts[i]);
      }
    }
    return 0;
  }
}
