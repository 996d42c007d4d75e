package com.trialsage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredSettingsTest {

  @TempDir Path dir;

  private Map<String, String> settings;
  private Path publicKey;
  private Path engineJar;

  @BeforeEach
  void validProductionSettings() throws IOException {
    publicKey = Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n");
    engineJar = Files.write(dir.resolve("engine.jar"), new byte[] {'P', 'K'});
    settings = new HashMap<>();
    settings.put("trialsage.db.url", "jdbc:postgresql://db.example:5432/trialsage");
    settings.put("trialsage.db.user", "trialsage");
    settings.put("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
    settings.put("mp.jwt.verify.issuer", "https://login.example");
    settings.put("regintel.engine.path", engineJar.toString());
    settings.put("frontend.url", "https://app.example, http://localhost:3000");
  }

  @Test
  void acceptsACompleteProductionConfiguration() {
    List<SettingProblem> problems = RequiredSettings.check(lookup());

    assertThat(problems).isEmpty();
  }

  @Test
  void reportsEveryMissingKeyWithItsEnvironmentVariable() {
    settings.clear();

    List<SettingProblem> problems = RequiredSettings.check(lookup());

    assertThat(problems)
        .extracting(SettingProblem::key, SettingProblem::environmentVariable)
        .containsExactly(
            tuple("trialsage.db.url", "TRIALSAGE_DB_URL"),
            tuple("trialsage.db.user", "TRIALSAGE_DB_USER"),
            tuple("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
            tuple("mp.jwt.verify.issuer", "MP_JWT_VERIFY_ISSUER"),
            tuple("regintel.engine.path", "REGINTEL_ENGINE_PATH"),
            tuple("frontend.url", "FRONTEND_URL"));
    assertThat(problems).allSatisfy(problem -> assertThat(problem.problem()).isEqualTo("missing"));
  }

  @Test
  void treatsABlankValueAsMissing() {
    settings.put("mp.jwt.verify.issuer", "   ");

    assertThat(problemFor("mp.jwt.verify.issuer")).contains("missing");
  }

  @Test
  void doesNotRequireADatabasePassword() {
    settings.remove("trialsage.db.password");

    assertThat(RequiredSettings.check(lookup())).isEmpty();
  }

  @Test
  void rejectsANonPostgresJdbcUrlWithoutEchoingIt() {
    settings.put("trialsage.db.url", "jdbc:mysql://db.example/x?password=s3cret");

    assertThat(problemFor("trialsage.db.url"))
        .hasValueSatisfying(
            problem -> assertThat(problem).contains("jdbc:postgresql:").doesNotContain("s3cret"));
  }

  @Test
  void rejectsAKeyLocationGivenAsAPlainPath() {
    settings.put("mp.jwt.verify.publickey.location", publicKey.toString());

    assertThat(problemFor("mp.jwt.verify.publickey.location"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("plain path", "file://"));
  }

  @Test
  void rejectsAKeyFileThatDoesNotExist() {
    settings.put("mp.jwt.verify.publickey.location", dir.resolve("absent.pem").toUri().toString());

    assertThat(problemFor("mp.jwt.verify.publickey.location"))
        .hasValueSatisfying(
            problem -> assertThat(problem).contains("absent.pem", "does not exist"));
  }

  @Test
  void rejectsAFileUrlWhoseFirstSegmentParsesAsAHost() {
    settings.put("mp.jwt.verify.publickey.location", "file://keys/public.pem");

    assertThat(problemFor("mp.jwt.verify.publickey.location"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("file:///absolute"));
  }

  @Test
  void acceptsAJwksUrl() {
    settings.put("mp.jwt.verify.publickey.location", "https://login.example/.well-known/jwks.json");

    assertThat(problemFor("mp.jwt.verify.publickey.location")).isEmpty();
  }

  @Test
  void rejectsAnUnsupportedKeyLocationScheme() {
    settings.put("mp.jwt.verify.publickey.location", "ftp://keys.example/public.pem");

    assertThat(problemFor("mp.jwt.verify.publickey.location"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("'ftp'"));
  }

  @Test
  void rejectsAnEngineThatDoesNotExist() {
    settings.put("regintel.engine.path", dir.resolve("missing-engine").toString());

    assertThat(problemFor("regintel.engine.path"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("does not exist"));
  }

  @Test
  void rejectsAnEngineThatIsAFolder() {
    settings.put("regintel.engine.path", dir.toString());

    assertThat(problemFor("regintel.engine.path"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("not a regular file"));
  }

  @Test
  void rejectsAnEngineThatIsNeitherExecutableNorAJar() throws IOException {
    Path script = Files.writeString(dir.resolve("engine.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
    settings.put("regintel.engine.path", script.toString());

    assertThat(problemFor("regintel.engine.path"))
        .hasValueSatisfying(problem -> assertThat(problem).contains("neither executable"));
  }

  @Test
  void acceptsAnExecutableEngine() throws IOException {
    Path script = Files.writeString(dir.resolve("engine.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    settings.put("regintel.engine.path", script.toString());

    assertThat(problemFor("regintel.engine.path")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        "https://*.example",
        "https://app.example/",
        "https://app.example/ui",
        "app.example",
        "ftp://app.example",
        "https://app.example?x=1",
        "https://app.example,",
        "https://user@app.example"
      })
  void rejectsAFrontendUrlThatIsNotAListOfOrigins(String value) {
    settings.put("frontend.url", value);

    assertThat(problemFor("frontend.url")).isPresent();
  }

  @Test
  void namesEachBadOriginInTheFrontendList() {
    settings.put("frontend.url", "https://ok.example,https://bad.example/app,*");

    assertThat(problemFor("frontend.url"))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .contains("https://bad.example/app", "'*'")
                    .doesNotContain("ok.example"));
  }

  @Test
  void describesEveryProblemInOneMessage() {
    settings.clear();
    List<SettingProblem> problems = RequiredSettings.check(lookup());

    String message = RequiredSettings.describe(problems);

    assertThat(message)
        .startsWith("6 settings are missing or invalid:")
        .contains(
            "TRIALSAGE_DB_URL",
            "TRIALSAGE_DB_USER",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "MP_JWT_VERIFY_ISSUER",
            "REGINTEL_ENGINE_PATH",
            "FRONTEND_URL",
            "Purpose: browser origins allowed to call the API");
    assertThat(message.lines()).hasSize(7);
  }

  @Test
  void refusesToDescribeNoProblems() {
    assertThatThrownBy(() -> RequiredSettings.describe(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Optional<String> problemFor(String key) {
    return RequiredSettings.check(lookup()).stream()
        .filter(problem -> problem.key().equals(key))
        .map(SettingProblem::problem)
        .findFirst();
  }

  private Function<String, Optional<String>> lookup() {
    return key -> Optional.ofNullable(settings.get(key));
  }
}
