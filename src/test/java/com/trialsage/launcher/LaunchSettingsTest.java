package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.config.SettingProblem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

  @Test
  void usesTheDefaultsWhenNothingIsSet() {
    List<SettingProblem> problems = new ArrayList<>();

    LaunchSettings settings = LaunchSettings.read(new LauncherConfig(Map.of(), Map.of()), problems);

    assertThat(problems).isEmpty();
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(settings.heap()).isEqualTo("512m");
    assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(settings.embeddedDatabasePort()).isZero();
  }

  @Test
  void reportsEveryInvalidValueAtOnce() {
    LauncherConfig config =
        new LauncherConfig(
            Map.of(),
            Map.of(
                "TRIALSAGE_PORT", "80800",
                "TRIALSAGE_HEAP", "lots",
                "TRIALSAGE_START_TIMEOUT", "soon",
                "TRIALSAGE_DB_EMBEDDED_PORT", "-1"));
    List<SettingProblem> problems = new ArrayList<>();

    LaunchSettings.read(config, problems);

    assertThat(problems)
        .extracting(SettingProblem::environmentVariable)
        .containsExactly(
            "TRIALSAGE_PORT",
            "TRIALSAGE_HEAP",
            "TRIALSAGE_START_TIMEOUT",
            "TRIALSAGE_DB_EMBEDDED_PORT");
  }
}
