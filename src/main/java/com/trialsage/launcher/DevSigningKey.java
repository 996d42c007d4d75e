package com.trialsage.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The development RSA key pair under {@code <data>/dev-keys/}: private.pem (PKCS #8, mode 0600)
 * signs tokens from the {@code token} command, public.pem (X.509 SubjectPublicKeyInfo) is what
 * MicroProfile JWT verifies them with. Created once, then reused so tokens survive restarts.
 */
final class DevSigningKey {

  static final int KEY_SIZE_IN_BITS = 2048;

  private final Path directory;
  private final RSAPrivateCrtKey privateKey;
  private final RSAPublicKey publicKey;

  private DevSigningKey(Path directory, RSAPrivateCrtKey privateKey) {
    this.directory = directory;
    this.privateKey = privateKey;
    this.publicKey = publicKeyOf(privateKey);
  }

  static Path directoryIn(Path dataDir) {
    return dataDir.resolve("dev-keys");
  }

  /** Loads the key pair, creating it first when there is no private key yet. */
  static DevSigningKey ensure(Path dataDir) throws IOException {
    Path directory = directoryIn(dataDir);
    if (!Files.exists(directory.resolve("private.pem"))) {
      create(directory);
    }
    DevSigningKey key = load(dataDir);
    if (!Files.exists(key.publicKeyFile())) {
      // A crash between the two writes leaves the private key alone; its public half is derived.
      writeAtomically(
          key.publicKeyFile(), pem("PUBLIC KEY", key.publicKey.getEncoded()), "rw-r--r--");
    }
    return key;
  }

  /** Loads an existing private key; fails with a message saying how to create one. */
  static DevSigningKey load(Path dataDir) throws IOException {
    Path directory = directoryIn(dataDir);
    Path file = directory.resolve("private.pem");
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "No development signing key at "
              + file
              + ". Run `java -jar trialsage.jar --dev` once with the same data folder to create it.");
    }
    try {
      byte[] der = fromPem(Files.readString(file, StandardCharsets.US_ASCII));
      KeyFactory factory = KeyFactory.getInstance("RSA");
      return new DevSigningKey(
          directory, (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IOException("Cannot read the RSA private key in " + file + ": " + e, e);
    }
  }

  Path privateKeyFile() {
    return directory.resolve("private.pem");
  }

  Path publicKeyFile() {
    return directory.resolve("public.pem");
  }

  RSAPrivateCrtKey privateKey() {
    return privateKey;
  }

  /** RFC 7638 thumbprint of the public key, so a verifier can tell keys apart. */
  String keyId() {
    try {
      return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot compute the key thumbprint", e);
    }
  }

  private static void create(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_SIZE_IN_BITS);
      byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
      writeAtomically(directory.resolve("private.pem"), pem("PRIVATE KEY", encoded), "rw-------");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }

  private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
    try {
      RSAPublicKeySpec spec =
          new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent());
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot derive the public key", e);
    }
  }

  /** The file appears complete or not at all, and never with wider permissions than given. */
  private static void writeAtomically(Path file, String content, String permissions)
      throws IOException {
    Path temporary =
        Files.createTempFile(
            file.getParent(),
            file.getFileName().toString(),
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
    try {
      Files.writeString(temporary, content, StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] fromPem(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
