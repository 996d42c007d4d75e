package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandTest {

  @Test
  void startsInProductionModeWithoutArguments() throws UsageException {
    assertThat(Command.parse()).isEqualTo(new Command.Start(false));
  }

  @Test
  void startsInDevelopmentModeWithDev() throws UsageException {
    assertThat(Command.parse("--dev")).isEqualTo(new Command.Start(true));
  }

  @Test
  void readsATokenRequestWithDefaults() throws UsageException {
    Command command = Command.parse("token", "--tenant", "acme", "--roles", "reviewer,admin");

    assertThat(command)
        .isEqualTo(
            new Command.Token(
                "acme", java.util.List.of("reviewer", "admin"), Duration.ofHours(1), "dev-user"));
  }

  @Test
  void readsEveryTokenOption() throws UsageException {
    Command command =
        Command.parse(
            "token", "--subject", "ann", "--ttl", "30m", "--roles", "submitter", "--tenant", "t1");

    assertThat(command)
        .isEqualTo(
            new Command.Token("t1", java.util.List.of("submitter"), Duration.ofMinutes(30), "ann"));
  }

  @ParameterizedTest
  @CsvSource({"30m, PT30M", "1h, PT1H", "2d, PT48H", "3600s, PT1H"})
  void parsesTokenLifetimes(String value, Duration expected) throws UsageException {
    assertThat(Command.parseLifetime(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0h", "1", "h", "1w", "-1h", "1.5h", ""})
  void rejectsMalformedLifetimes(String value) {
    assertThatThrownBy(() -> Command.parseLifetime(value))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("30m, 1h, 2d or 3600s");
  }

  @Test
  void rejectsAnUnknownRoleNamingTheAllowedOnes() {
    assertThatThrownBy(
            () -> Command.parse("token", "--tenant", "acme", "--roles", "reviewer,superuser"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("superuser")
        .hasMessageContaining("submitter, reviewer, operator, admin");
  }

  @Test
  void requiresTenantAndRoles() {
    assertThatThrownBy(() -> Command.parse("token", "--roles", "admin"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--tenant");
  }

  @Test
  void rejectsAnOptionWithoutValue() {
    assertThatThrownBy(() -> Command.parse("token", "--tenant"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("needs a value");
  }

  @Test
  void rejectsUnknownArguments() {
    assertThatThrownBy(() -> Command.parse("--dev", "--verbose"))
        .isInstanceOf(UsageException.class);
  }
}
