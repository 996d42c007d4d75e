package com.trialsage.uploads;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original file name, kept as metadata only (it never becomes a storage key): taken from {@code
 * Content-Disposition} ({@code filename*} before {@code filename}, RFC 6266) or the {@code name}
 * query parameter, reduced to its last path segment, without control characters, at most 255
 * characters.
 */
public final class FileNames {
  static final int MAX_LENGTH = 255;
  private static final Pattern EXTENDED =
      Pattern.compile("filename\\*\\s*=\\s*(?i:UTF-8)''([^;]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN =
      Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);

  private FileNames() {}

  public static String of(String contentDisposition, String nameParameter, String fallback) {
    String raw = fromDisposition(contentDisposition);
    if (raw == null || raw.isBlank()) {
      raw = nameParameter;
    }
    String cleaned = clean(raw);
    return cleaned.isEmpty() ? fallback : cleaned;
  }

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String name = raw.replaceAll("\\p{Cntrl}", "");
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).strip();
    if (name.equals(".") || name.equals("..")) {
      return "";
    }
    return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
  }

  private static String fromDisposition(String header) {
    if (header == null) {
      return null;
    }
    Matcher extended = EXTENDED.matcher(header);
    if (extended.find()) {
      try {
        return URLDecoder.decode(extended.group(1).strip(), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    Matcher plain = PLAIN.matcher(header);
    if (plain.find()) {
      return plain.group(2) != null ? plain.group(2) : plain.group(1);
    }
    return null;
  }
}
