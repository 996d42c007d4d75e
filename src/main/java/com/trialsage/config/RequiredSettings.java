package com.trialsage.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings a production instance cannot start without. The launcher checks them before it
 * starts anything, and the application checks them again at deployment, so both fail with the same
 * message naming every missing or invalid key at once.
 */
public final class RequiredSettings {

  public static final String DB_URL = "trialsage.db.url";
  public static final String DB_USER = "trialsage.db.user";
  public static final String DB_PASSWORD = "trialsage.db.password";
  public static final String JWT_KEY_LOCATION = "mp.jwt.verify.publickey.location";
  public static final String JWT_ISSUER = "mp.jwt.verify.issuer";
  public static final String ENGINE_PATH = "regintel.engine.path";
  public static final String FRONTEND_URL = "frontend.url";

  private static final List<Requirement> REQUIREMENTS =
      List.of(
          new Requirement(
              DB_URL,
              "JDBC URL of the PostgreSQL database that holds tenants, runs and findings",
              RequiredSettings::checkDatabaseUrl),
          new Requirement(
              DB_USER, "database account the service connects as", value -> Optional.empty()),
          new Requirement(
              JWT_KEY_LOCATION,
              "public key that verifies every bearer token: a file:// URL of a PEM file"
                  + " or the https:// URL of a JWKS",
              RequiredSettings::checkKeyLocation),
          new Requirement(
              JWT_ISSUER,
              "issuer (iss claim) that bearer tokens must carry",
              value -> Optional.empty()),
          new Requirement(
              ENGINE_PATH,
              "validator engine started for each validation run: an executable or a .jar",
              RequiredSettings::checkEnginePath),
          new Requirement(
              FRONTEND_URL,
              "browser origins allowed to call the API (CORS), comma-separated",
              FrontendOrigins::check));

  private RequiredSettings() {}

  /**
   * Checks every required setting.
   *
   * @param lookup the value of a configuration key, empty when it is not set
   * @return one problem per missing or invalid key, in a stable order; empty when all are fine
   */
  public static List<SettingProblem> check(Function<String, Optional<String>> lookup) {
    Objects.requireNonNull(lookup, "lookup must not be null");
    List<SettingProblem> problems = new ArrayList<>();
    for (Requirement requirement : REQUIREMENTS) {
      requirement.check(lookup).ifPresent(problems::add);
    }
    return List.copyOf(problems);
  }

  /** One message, one line per problem, naming the key, its environment variable and purpose. */
  public static String describe(List<SettingProblem> problems) {
    Objects.requireNonNull(problems, "problems must not be null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("describe needs at least one problem");
    }
    StringBuilder message =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " setting is" : " settings are")
            .append(" missing or invalid:");
    for (SettingProblem problem : problems) {
      message
          .append("\n  - ")
          .append(problem.key())
          .append(" (environment variable ")
          .append(problem.environmentVariable())
          .append("): ")
          .append(problem.problem())
          .append(". Purpose: ")
          .append(problem.purpose())
          .append('.');
    }
    return message.toString();
  }

  private static Optional<String> checkDatabaseUrl(String value) {
    // The value is not echoed: a JDBC URL may carry a password in its query string.
    if (!value.startsWith("jdbc:postgresql:")) {
      return Optional.of("must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
    }
    return Optional.empty();
  }

  private static Optional<String> checkKeyLocation(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return Optional.of("'" + value + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "file":
        return checkKeyFile(uri, value);
      case "http":
      case "https":
        return uri.getHost() == null
            ? Optional.of("'" + value + "' has no host")
            : Optional.empty();
      case "":
        return Optional.of(
            "'"
                + value
                + "' is a plain path; MicroProfile JWT needs a URL such as file://"
                + Path.of(value).toAbsolutePath());
      default:
        return Optional.of(
            "scheme '" + scheme + "' is not supported; use file:// (PEM) or https:// (JWKS)");
    }
  }

  private static Optional<String> checkKeyFile(URI uri, String value) {
    Path path;
    try {
      path = Path.of(uri);
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      // file://relative/x parses "relative" as a host name; say how to write it instead.
      return Optional.of(
          "'" + value + "' is not a usable file URL; write file:///absolute/path/public.pem");
    }
    if (!Files.isRegularFile(path)) {
      return Optional.of("file " + path + " does not exist or is not a regular file");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("file " + path + " is not readable");
    }
    return Optional.empty();
  }

  private static Optional<String> checkEnginePath(String value) {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      return Optional.of("'" + value + "' is not a valid path: " + e.getReason());
    }
    if (!Files.exists(path)) {
      return Optional.of("file " + path + " does not exist");
    }
    if (!Files.isRegularFile(path)) {
      return Optional.of(path + " is not a regular file");
    }
    boolean jar = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    if (jar ? !Files.isReadable(path) : !Files.isExecutable(path)) {
      return Optional.of(path + " is neither executable nor a readable .jar");
    }
    return Optional.empty();
  }

  private record Requirement(
      String key, String purpose, Function<String, Optional<String>> validator) {

    Optional<SettingProblem> check(Function<String, Optional<String>> lookup) {
      Optional<String> value =
          Objects.requireNonNull(lookup.apply(key), "lookup returned null for " + key)
              .map(String::strip)
              .filter(text -> !text.isEmpty());
      Optional<String> problem =
          value.isEmpty() ? Optional.of("missing") : validator.apply(value.get());
      return problem.map(
          text -> new SettingProblem(key, ConfigNames.environmentVariable(key), purpose, text));
    }
  }
}
