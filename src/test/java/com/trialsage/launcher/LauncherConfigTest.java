package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

  @Test
  void readsTheUpperCaseEnvironmentVariable() {
    LauncherConfig config = new LauncherConfig(Map.of(), Map.of("TRIALSAGE_DB_URL", "jdbc:x"));

    assertThat(config.get("trialsage.db.url")).contains("jdbc:x");
  }

  @Test
  void prefersASystemPropertyToTheEnvironment() {
    LauncherConfig config =
        new LauncherConfig(Map.of("trialsage.port", "9000"), Map.of("TRIALSAGE_PORT", "8081"));

    assertThat(config.get("trialsage.port")).contains("9000");
  }

  @Test
  void triesTheExactAndSanitizedNamesBeforeTheUpperCaseOne() {
    LauncherConfig config =
        new LauncherConfig(
            Map.of(),
            Map.of("frontend_url", "http://a.example", "FRONTEND_URL", "http://b.example"));

    assertThat(config.get("frontend.url")).contains("http://a.example");
  }

  @Test
  void treatsABlankValueAsUnset() {
    LauncherConfig config = new LauncherConfig(Map.of("trialsage.heap", " "), Map.of());

    assertThat(config.getOrDefault("trialsage.heap", "512m")).isEqualTo("512m");
  }
}
