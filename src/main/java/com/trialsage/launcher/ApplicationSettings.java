package com.trialsage.launcher;

import static com.trialsage.config.RequiredSettings.DB_PASSWORD;
import static com.trialsage.config.RequiredSettings.DB_URL;
import static com.trialsage.config.RequiredSettings.DB_USER;
import static com.trialsage.config.RequiredSettings.ENGINE_PATH;
import static com.trialsage.config.RequiredSettings.FRONTEND_URL;
import static com.trialsage.config.RequiredSettings.JWT_ISSUER;
import static com.trialsage.config.RequiredSettings.JWT_KEY_LOCATION;

import com.trialsage.config.RequiredSettings;
import com.trialsage.config.SettingProblem;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The settings the launcher hands to the application: what is configured, and in development the
 * defaults for the rest. Without a database URL in development, the embedded database supplies URL,
 * user and password later, once it runs.
 */
final class ApplicationSettings {

  static final String DEV_ISSUER = "https://trialsage.dev.local";
  static final String DEFAULT_TENANT_CLAIM = "tenant";

  private static final Logger LOG = Logger.getLogger(ApplicationSettings.class.getName());
  private static final List<String> KEYS =
      List.of(
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          JWT_KEY_LOCATION,
          JWT_ISSUER,
          ENGINE_PATH,
          FRONTEND_URL,
          LauncherConfig.TENANT_CLAIM);

  private ApplicationSettings() {}

  /** The configured values of the keys the application reads. */
  static Map<String, String> configured(LauncherConfig config) {
    Map<String, String> settings = new HashMap<>();
    for (String key : KEYS) {
      config.get(key).ifPresent(value -> settings.put(key, value));
    }
    settings.putIfAbsent(LauncherConfig.TENANT_CLAIM, DEFAULT_TENANT_CLAIM);
    return settings;
  }

  /** Configured values where there are some, development defaults for the rest. */
  static Map<String, String> withDevDefaults(
      LauncherConfig config, Installation installation, LaunchSettings launch) throws IOException {
    Map<String, String> settings = configured(config);
    if (!settings.containsKey(DB_URL)) {
      // The embedded database will provide all three; stray values would not fit it.
      settings.remove(DB_USER);
      settings.remove(DB_PASSWORD);
    }
    settings.putIfAbsent(JWT_ISSUER, DEV_ISSUER);
    settings.putIfAbsent(ENGINE_PATH, installation.engineJar().toString());
    settings.putIfAbsent(FRONTEND_URL, "http://localhost:" + launch.port());
    if (!settings.containsKey(JWT_KEY_LOCATION)) {
      DevSigningKey key = DevSigningKey.ensure(launch.dataDir());
      settings.put(JWT_KEY_LOCATION, key.publicKeyFile().toUri().toString());
      LOG.warning(
          "A development signing key is in use: "
              + key.privateKeyFile()
              + " signs and "
              + key.publicKeyFile()
              + " verifies tokens. Anyone with this file can sign tokens: never use it in"
              + " production.");
    }
    return settings;
  }

  /** Checks development settings; the embedded database's settings do not exist yet. */
  static List<SettingProblem> checkWithDevDefaults(Map<String, String> settings) {
    boolean embedded = !settings.containsKey(DB_URL);
    return RequiredSettings.check(key -> Optional.ofNullable(settings.get(key))).stream()
        .filter(problem -> !embedded || !List.of(DB_URL, DB_USER).contains(problem.key()))
        .toList();
  }
}
