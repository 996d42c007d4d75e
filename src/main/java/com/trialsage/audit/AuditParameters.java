package com.trialsage.audit;

import com.trialsage.web.Problem;
import com.trialsage.web.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters of {@code /api/v1/audit}, checked at the boundary: every bad one is named in
 * a single 400 problem, so a client fixes them all at once.
 */
final class AuditParameters {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;
  private static final int MAX_TEXT_LENGTH = 255;

  private final List<String> problems = new ArrayList<>();

  /** The filter the parameters ask for; throws a 400 problem naming every bad one. */
  static AuditFilter filter(
      String action, String objectType, String objectId, String subject, String from, String to) {
    AuditParameters parameters = new AuditParameters();
    AuditFilter filter = parameters.readFilter(action, objectType, objectId, subject, from, to);
    parameters.throwIfBad();
    return filter;
  }

  /** The page size: {@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT}. */
  static int limit(String limit) {
    if (limit == null || limit.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(limit);
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw bad(
        "limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + clip(limit) + "'.");
  }

  /** The cursor of a {@code next} link, or null for the first page. */
  static AuditCursor cursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      return AuditCursor.parse(cursor);
    } catch (IllegalArgumentException e) {
      throw bad("cursor is not one this API gave out; follow a 'next' link or start without it.");
    }
  }

  private AuditFilter readFilter(
      String action, String objectType, String objectId, String subject, String from, String to) {
    Instant fromInstant = instant("from", from);
    Instant toInstant = instant("to", to);
    if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
      problems.add("from (" + from + ") must be before to (" + to + ").");
      toInstant = null;
    }
    return new AuditFilter(
        text("action", action),
        text("objectType", objectType),
        text("objectId", objectId),
        text("subject", subject),
        fromInstant,
        toInstant);
  }

  private Instant instant(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          name
              + " must be an ISO-8601 instant in UTC such as 2026-01-31T00:00:00Z, was '"
              + clip(value)
              + "'.");
      return null;
    }
  }

  private String text(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > MAX_TEXT_LENGTH) {
      problems.add(name + " must be at most " + MAX_TEXT_LENGTH + " characters.");
      return null;
    }
    return value;
  }

  private void throwIfBad() {
    if (!problems.isEmpty()) {
      throw bad(String.join(" ", problems));
    }
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static ProblemException bad(String detail) {
    return new ProblemException(Problem.of(400, "bad-parameter", "Bad Parameter", detail));
  }
}
