package com.trialsage.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads optional settings and collects every problem, so the deployment can fail once naming each
 * bad key. Values are never echoed in a problem: several of these keys are credentials.
 */
public final class SettingReader {
  private final Function<String, Optional<String>> lookup;
  private final List<SettingProblem> problems = new ArrayList<>();

  public SettingReader(Function<String, Optional<String>> lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup must not be null");
  }

  /** The stripped value, empty when the key is unset or blank. */
  public Optional<String> text(String key) {
    return Objects.requireNonNull(lookup.apply(key), "lookup returned null for " + key)
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  /** An absolute http(s) URL with a host, or empty when unset or invalid (a problem then). */
  public Optional<URI> url(String key, String purpose) {
    return text(key).flatMap(value -> parseUrl(key, purpose, value));
  }

  private Optional<URI> parseUrl(String key, String purpose, String value) {
    try {
      URI uri = new URI(value);
      if (isHttpUrl(uri)) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // Reported below without the value, which may be a credential.
    }
    problem(key, purpose, "must be an absolute http:// or https:// URL with a host");
    return Optional.empty();
  }

  /** Whether the URI is absolute, http or https, and names a host. */
  public static boolean isHttpUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return uri.isAbsolute()
        && (scheme.equals("http") || scheme.equals("https"))
        && uri.getHost() != null;
  }

  /** A whole number in [min, max], the default when unset. */
  public long number(String key, String purpose, long defaultValue, long min, long max) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      long number = Long.parseLong(value.get());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    problem(key, purpose, "must be a whole number from " + min + " to " + max);
    return defaultValue;
  }

  public Duration millis(String key, String purpose, long defaultMillis, long min, long max) {
    return Duration.ofMillis(number(key, purpose, defaultMillis, min, max));
  }

  /**
   * A decimal number above {@code minExclusive} and at most {@code max}, the default when unset.
   */
  public double decimal(
      String key, String purpose, double defaultValue, double minExclusive, double max) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      double number = Double.parseDouble(value.get());
      if (number > minExclusive && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    problem(key, purpose, "must be a number above " + minExclusive + " and at most " + max);
    return defaultValue;
  }

  public void problem(String key, String purpose, String problem) {
    problems.add(new SettingProblem(key, ConfigNames.environmentVariable(key), purpose, problem));
  }

  public List<SettingProblem> problems() {
    return List.copyOf(problems);
  }
}
