package com.trialsage.launcher;

import com.trialsage.config.ConfigNames;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads configuration keys the way MicroProfile Config does for the application: a system property
 * first, then an environment variable under any of the names MicroProfile Config tries. Blank
 * values count as unset.
 */
final class LauncherConfig {

  static final String PORT = "trialsage.port";
  static final String DATA_DIR = "trialsage.data.dir";
  static final String HEAP = "trialsage.heap";
  static final String START_TIMEOUT = "trialsage.start.timeout";
  static final String EMBEDDED_DB_PORT = "trialsage.db.embedded-port";
  static final String TENANT_CLAIM = "trialsage.jwt.tenant-claim";

  private final Map<String, String> systemProperties;
  private final Map<String, String> environment;

  LauncherConfig(Map<String, String> systemProperties, Map<String, String> environment) {
    this.systemProperties = Map.copyOf(systemProperties);
    this.environment = Map.copyOf(environment);
  }

  static LauncherConfig fromProcess() {
    Map<String, String> properties = new java.util.HashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(name -> properties.put(name, System.getProperty(name)));
    return new LauncherConfig(properties, System.getenv());
  }

  Optional<String> get(String key) {
    Objects.requireNonNull(key, "key must not be null");
    Optional<String> property = nonBlank(systemProperties.get(key));
    if (property.isPresent()) {
      return property;
    }
    for (String name : ConfigNames.environmentCandidates(key)) {
      Optional<String> value = nonBlank(environment.get(name));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  String getOrDefault(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
  }
}
