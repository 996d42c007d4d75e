package com.trialsage.ops.errors;

import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and as what errors are reported: the Sentry DSN ({@code sentry.dsn}, off when unset), the
 * environment ({@code sentry.environment}) and the release ({@code trialsage@<version>}).
 *
 * @param dsn the project's DSN, {@code http(s)://<public key>@<host>/<project id>}
 * @param environment the deployment's name in Sentry, e.g. {@code production}
 * @param release this build, e.g. {@code trialsage@0.1.0}
 */
public record ErrorReportingSettings(Optional<URI> dsn, String environment, String release) {
  public static final String DSN = "sentry.dsn";
  public static final String ENVIRONMENT = "sentry.environment";
  static final String DEV = "trialsage.dev";

  private static final String DSN_PURPOSE =
      "Sentry project that receives unexpected errors: http(s)://<public key>@<host>/<project id>";

  public ErrorReportingSettings {
    Objects.requireNonNull(dsn, "dsn must not be null (Optional.empty() turns reporting off)");
    requireText(environment, "environment");
    requireText(release, "release");
  }

  /**
   * Reads and checks the settings.
   *
   * @param lookup the value of a configuration key, empty when it is not set
   * @param version this build's version, for the release
   * @throws IllegalStateException naming the invalid DSN key, without its value
   */
  public static ErrorReportingSettings read(
      Function<String, Optional<String>> lookup, String version) {
    Objects.requireNonNull(lookup, "lookup must not be null");
    requireText(version, "version");
    SettingReader reader = new SettingReader(lookup);
    Optional<URI> dsn = reader.text(DSN).flatMap(value -> parseDsn(value, reader));
    if (!reader.problems().isEmpty()) {
      throw new IllegalStateException(
          "Error reporting will not start: " + RequiredSettings.describe(reader.problems()));
    }
    boolean dev = reader.text(DEV).map(Boolean::parseBoolean).orElse(false);
    String environment = reader.text(ENVIRONMENT).orElse(dev ? "development" : "production");
    return new ErrorReportingSettings(dsn, environment, "trialsage@" + version);
  }

  /** The DSN's host and port, for the start-up log line; the key is left out. */
  String target() {
    return dsn.map(uri -> uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
        .orElse("none");
  }

  // The value is never echoed: it carries the project's key.
  private static Optional<URI> parseDsn(String value, SettingReader reader) {
    try {
      URI uri = new URI(value);
      String path = uri.getPath() == null ? "" : uri.getPath();
      boolean valid =
          SettingReader.isHttpUrl(uri)
              && uri.getRawUserInfo() != null
              && !uri.getRawUserInfo().isBlank()
              && path.matches("(/[^/]+)*/[^/]+/?")
              && uri.getRawQuery() == null;
      if (valid) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // Reported below, without the value.
    }
    reader.problem(
        DSN, DSN_PURPOSE, "is not a Sentry DSN (a public key, a host and a project id are needed)");
    return Optional.empty();
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
