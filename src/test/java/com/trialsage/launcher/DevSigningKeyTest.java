package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSigningKeyTest {

  @TempDir Path dataDir;

  @Test
  void createsAPrivateKeyOnlyItsOwnerCanRead() throws IOException {
    DevSigningKey key = DevSigningKey.ensure(dataDir);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.privateKeyFile())))
        .isEqualTo("rw-------");
    assertThat(Files.readString(key.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(key.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(key.privateKey().getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void reusesTheKeyOnTheNextStart() throws IOException {
    DevSigningKey first = DevSigningKey.ensure(dataDir);
    String publicPem = Files.readString(first.publicKeyFile());

    DevSigningKey second = DevSigningKey.ensure(dataDir);

    assertThat(second.keyId()).isEqualTo(first.keyId());
    assertThat(Files.readString(second.publicKeyFile())).isEqualTo(publicPem);
  }

  @Test
  void restoresAMissingPublicKeyFromThePrivateKey() throws IOException {
    DevSigningKey first = DevSigningKey.ensure(dataDir);
    String publicPem = Files.readString(first.publicKeyFile());
    Files.delete(first.publicKeyFile());

    DevSigningKey.ensure(dataDir);

    assertThat(Files.readString(first.publicKeyFile())).isEqualTo(publicPem);
  }

  @Test
  void explainsHowToCreateAMissingKey() {
    assertThatThrownBy(() -> DevSigningKey.load(dataDir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("private.pem")
        .hasMessageContaining("--dev");
  }
}
