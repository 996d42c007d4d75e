package com.trialsage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine runs as its own process without Jakarta EE or MicroProfile on the class path: no class
 * under com/trialsage/engine may refer to them. Checked on the compiled classes' constant pools,
 * where every referenced class name appears in internal form (jakarta/ws/rs/...).
 */
class EngineIsolationTest {
  private static final List<String> FORBIDDEN =
      List.of("jakarta/", "javax/ws", "javax/enterprise", "org/eclipse/microprofile");

  @Test
  void noEngineClassRefersToJakartaOrMicroProfile() throws IOException {
    Path classes =
        Path.of(System.getProperty("trialsage.build.dir"), "classes/com/trialsage/engine");

    List<String> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .filter(EngineIsolationTest::mentionsForbiddenPackage)
              .map(p -> classes.relativize(p).toString())
              .toList();
    }

    assertThat(offenders).isEmpty();
    try (Stream<Path> files = Files.walk(classes)) {
      assertThat(files.filter(p -> p.toString().endsWith(".class")).count()).isGreaterThan(50);
    }
  }

  private static boolean mentionsForbiddenPackage(Path classFile) {
    try {
      // Class names in the constant pool are modified UTF-8; ASCII names read back unchanged.
      String pool = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return FORBIDDEN.stream().anyMatch(pool::contains);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + classFile, e);
    }
  }
}
