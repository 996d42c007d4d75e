package com.trialsage.launcher;

import com.trialsage.audit.AuditChainVerifier;
import com.trialsage.audit.ChainVerification;
import com.trialsage.config.ConfigNames;
import com.trialsage.config.RequiredSettings;
import com.trialsage.tenancy.TenantId;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code audit-verify}: verifies the audit hash chains straight in the database, without Payara, so
 * an operator or a scheduled job can check the trail while the service is down or suspected.
 * Verdicts go to stdout, one JSON object a line; a summary goes to stderr.
 */
final class AuditVerifyCommand {
  static final int EXIT_INTACT = 0;
  static final int EXIT_BROKEN = 1;
  static final int EXIT_CANNOT_VERIFY = 3;

  private AuditVerifyCommand() {}

  static int run(
      LauncherConfig config, Command.AuditVerify command, PrintStream out, PrintStream err) {
    Optional<String> url = config.get(RequiredSettings.DB_URL);
    if (url.isEmpty()) {
      err.println(
          "audit-verify needs the database: set "
              + RequiredSettings.DB_URL
              + " ("
              + ConfigNames.environmentCandidates(RequiredSettings.DB_URL).get(2)
              + "), and the user and password to connect as.");
      return Launcher.EXIT_BAD_CONFIGURATION;
    }
    try (Connection connection = DriverManager.getConnection(url.get(), credentials(config))) {
      return verify(new AuditChainVerifier(connection), command, out, err);
    } catch (SQLException e) {
      err.println("Could not verify the audit trail: " + e.getMessage());
      return EXIT_CANNOT_VERIFY;
    }
  }

  private static int verify(
      AuditChainVerifier verifier, Command.AuditVerify command, PrintStream out, PrintStream err)
      throws SQLException {
    List<ChainVerification> verdicts;
    if (command.tenant().isPresent()) {
      Optional<ChainVerification> one = verifier.verify(new TenantId(command.tenant().get()));
      if (one.isEmpty()) {
        err.println("There is no tenant '" + command.tenant().get() + "' in this database.");
        return Launcher.EXIT_BAD_CONFIGURATION;
      }
      verdicts = List.of(one.get());
    } else {
      verdicts = verifier.verifyAll();
    }
    verdicts.forEach(verdict -> out.println(verdict.toJson()));
    return summarise(verdicts, err);
  }

  private static int summarise(List<ChainVerification> verdicts, PrintStream err) {
    List<ChainVerification> broken = verdicts.stream().filter(v -> !v.intact()).toList();
    long events = verdicts.stream().mapToLong(ChainVerification::eventsChecked).sum();
    if (broken.isEmpty()) {
      err.println(
          "Audit trail intact: "
              + verdicts.size()
              + " tenant(s), "
              + events
              + " event(s) checked.");
      return EXIT_INTACT;
    }
    for (ChainVerification verdict : broken) {
      err.println(
          "BROKEN: tenant "
              + verdict.tenant()
              + " at event "
              + verdict.firstBrokenEventId()
              + ": "
              + verdict.reason().description()
              + ".");
    }
    return EXIT_BROKEN;
  }

  private static Properties credentials(LauncherConfig config) {
    Properties credentials = new Properties();
    config.get(RequiredSettings.DB_USER).ifPresent(user -> credentials.setProperty("user", user));
    config
        .get(RequiredSettings.DB_PASSWORD)
        .ifPresent(password -> credentials.setProperty("password", password));
    return credentials;
  }
}
