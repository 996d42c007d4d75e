package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.config.SettingProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsTest {

  @TempDir Path home;
  @TempDir Path dataDir;

  private Installation installation;

  @BeforeEach
  void installationWithEngine() throws IOException {
    Files.write(home.resolve("trialsage-engine.jar"), new byte[] {'P', 'K'});
    installation = new Installation(home);
  }

  @Test
  void fillsEveryMissingSettingInDevelopment() throws IOException {
    LauncherConfig config = config(Map.of("TRIALSAGE_PORT", "9090"));

    Map<String, String> settings =
        ApplicationSettings.withDevDefaults(config, installation, launch(config));

    assertThat(settings)
        .containsEntry("mp.jwt.verify.issuer", "https://trialsage.dev.local")
        .containsEntry("regintel.engine.path", home.resolve("trialsage-engine.jar").toString())
        .containsEntry("frontend.url", "http://localhost:9090")
        .containsEntry(
            "mp.jwt.verify.publickey.location",
            dataDir.resolve("dev-keys/public.pem").toUri().toString())
        .containsEntry("trialsage.jwt.tenant-claim", "tenant")
        .doesNotContainKeys("trialsage.db.url", "trialsage.db.user");
    assertThat(ApplicationSettings.checkWithDevDefaults(settings)).isEmpty();
  }

  @Test
  void keepsConfiguredValuesInDevelopment() throws IOException {
    LauncherConfig config =
        config(
            Map.of(
                "MP_JWT_VERIFY_ISSUER", "https://login.example",
                "FRONTEND_URL", "https://app.example"));

    Map<String, String> settings =
        ApplicationSettings.withDevDefaults(config, installation, launch(config));

    assertThat(settings)
        .containsEntry("mp.jwt.verify.issuer", "https://login.example")
        .containsEntry("frontend.url", "https://app.example");
  }

  @Test
  void stillReportsAnInvalidConfiguredValueInDevelopment() throws IOException {
    LauncherConfig config = config(Map.of("FRONTEND_URL", "*"));

    Map<String, String> settings =
        ApplicationSettings.withDevDefaults(config, installation, launch(config));

    assertThat(ApplicationSettings.checkWithDevDefaults(settings))
        .extracting(SettingProblem::key)
        .containsExactly("frontend.url");
  }

  @Test
  void dropsAStrayDatabaseUserWhenTheEmbeddedDatabaseIsUsed() throws IOException {
    LauncherConfig config = config(Map.of("TRIALSAGE_DB_USER", "someone"));

    Map<String, String> settings =
        ApplicationSettings.withDevDefaults(config, installation, launch(config));

    assertThat(settings).doesNotContainKey("trialsage.db.user");
  }

  private LauncherConfig config(Map<String, String> environment) {
    Map<String, String> all = new java.util.HashMap<>(environment);
    all.put("TRIALSAGE_DATA_DIR", dataDir.toString());
    return new LauncherConfig(Map.of(), all);
  }

  private static LaunchSettings launch(LauncherConfig config) {
    return LaunchSettings.read(config, new ArrayList<>());
  }
}
