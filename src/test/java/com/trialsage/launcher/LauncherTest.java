package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's early exits, which happen before anything is started. */
class LauncherTest {

  @TempDir Path home;
  @TempDir Path dataDir;

  private Installation installation;

  @BeforeEach
  void fakeInstallation() throws IOException {
    Files.createDirectories(home.resolve("lib"));
    Files.write(home.resolve("lib").resolve("payara-micro.jar"), new byte[0]);
    Files.write(home.resolve("trialsage.war"), new byte[0]);
    installation = new Installation(home);
  }

  @Test
  void productionWithoutSettingsExitsWithTheConfigurationCode() throws Exception {
    LauncherConfig config =
        new LauncherConfig(Map.of(), Map.of("TRIALSAGE_DATA_DIR", dataDir.toString()));

    int exitCode = new Launcher(config, installation, false).run();

    assertThat(exitCode).isEqualTo(Launcher.EXIT_BAD_CONFIGURATION);
    assertThat(dataDir).isEmptyDirectory();
  }

  @Test
  void invalidLauncherSettingsStopEvenADevelopmentStart() throws Exception {
    LauncherConfig config =
        new LauncherConfig(
            Map.of(), Map.of("TRIALSAGE_DATA_DIR", dataDir.toString(), "TRIALSAGE_PORT", "eighty"));

    int exitCode = new Launcher(config, installation, true).run();

    assertThat(exitCode).isEqualTo(Launcher.EXIT_BAD_CONFIGURATION);
  }

  @Test
  void refusesADataFolderThatAnotherLauncherUses() throws Exception {
    LauncherConfig config =
        new LauncherConfig(Map.of(), Map.of("TRIALSAGE_DATA_DIR", dataDir.toString()));

    int exitCode;
    try (FileChannel channel =
            FileChannel.open(
                dataDir.resolve("launcher.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      exitCode = new Launcher(config, installation, true).run();
    }

    assertThat(exitCode).isEqualTo(Launcher.EXIT_START_FAILED);
    assertThat(dataDir.resolve("dev-keys")).doesNotExist();
    assertThat(dataDir.resolve("postgres")).doesNotExist();
  }
}
