package com.trialsage.launcher;

import com.trialsage.config.RequiredSettings;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;

/** Entry point of trialsage.jar. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    LauncherLogging.selectLogManager();
    System.exit(run(args));
  }

  static int run(String... args) {
    Command command;
    try {
      command = Command.parse(args);
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.err.println();
      System.err.print(Usage.TEXT);
      return Launcher.EXIT_BAD_CONFIGURATION;
    }
    if (command instanceof Command.Help) {
      System.out.print(Usage.TEXT);
      return 0;
    }
    if (command instanceof Command.Token token) {
      return printToken(token);
    }
    if (command instanceof Command.AuditVerify verify) {
      return AuditVerifyCommand.run(LauncherConfig.fromProcess(), verify, System.out, System.err);
    }
    LauncherLogging.install();
    boolean dev = ((Command.Start) command).dev();
    try {
      return new Launcher(LauncherConfig.fromProcess(), Installation.ofRunningJar(), dev).run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Launcher.EXIT_START_FAILED;
    }
  }

  /** Only the token goes to stdout, so that {@code TOKEN=$(java -jar … token …)} works. */
  private static int printToken(Command.Token request) {
    LauncherConfig config = LauncherConfig.fromProcess();
    LaunchSettings launch = LaunchSettings.read(config, new ArrayList<>());
    try {
      DevSigningKey key = DevSigningKey.load(launch.dataDir());
      warnIfTheServiceVerifiesWithAnotherKey(config, key);
      String issuer =
          config.getOrDefault(RequiredSettings.JWT_ISSUER, ApplicationSettings.DEV_ISSUER);
      String tenantClaim =
          config.getOrDefault(
              LauncherConfig.TENANT_CLAIM, ApplicationSettings.DEFAULT_TENANT_CLAIM);
      System.out.println(
          new DevTokenIssuer(key, issuer, tenantClaim, Clock.systemUTC()).issue(request));
      return 0;
    } catch (IOException e) {
      System.err.println(e.getMessage());
      return Launcher.EXIT_BAD_CONFIGURATION;
    }
  }

  private static void warnIfTheServiceVerifiesWithAnotherKey(
      LauncherConfig config, DevSigningKey key) {
    config
        .get(RequiredSettings.JWT_KEY_LOCATION)
        .filter(location -> !location.equals(key.publicKeyFile().toUri().toString()))
        .ifPresent(
            location ->
                System.err.println(
                    "Warning: "
                        + RequiredSettings.JWT_KEY_LOCATION
                        + " is "
                        + location
                        + ", not the development key; a service using it will reject this"
                        + " token."));
  }
}
