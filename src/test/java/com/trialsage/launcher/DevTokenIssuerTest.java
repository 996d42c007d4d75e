package com.trialsage.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00.750Z");

  @TempDir Path dataDir;

  private DevSigningKey key;

  @BeforeEach
  void createKey() throws Exception {
    key = DevSigningKey.ensure(dataDir);
  }

  @Test
  void signsAnRs256TokenThatThePublicKeyFileVerifies() throws Exception {
    SignedJWT token = SignedJWT.parse(issue("acme", List.of("reviewer"), Duration.ofHours(1)));

    String pem = Files.readString(key.publicKeyFile());
    byte[] der =
        Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", ""));
    RSAPublicKey publicKey =
        (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));

    assertThat(token.verify(new RSASSAVerifier(publicKey))).isTrue();
    assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(token.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(token.getHeader().getKeyID()).isEqualTo(key.keyId());
  }

  @Test
  void carriesTheClaimsMicroProfileJwtReads() throws Exception {
    JWTClaimsSet claims =
        SignedJWT.parse(issue("acme", List.of("submitter", "admin"), Duration.ofMinutes(30)))
            .getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo("https://trialsage.dev.local");
    assertThat(claims.getSubject()).isEqualTo("ann");
    assertThat(claims.getStringClaim("upn")).isEqualTo("ann");
    assertThat(claims.getStringListClaim("groups")).containsExactly("submitter", "admin");
    assertThat(claims.getStringClaim("org")).isEqualTo("acme");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-12-03T12:00:00Z"));
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(Instant.parse("2026-12-03T12:30:00Z"));
    assertThat(claims.getJWTID()).isNotBlank();
  }

  @Test
  void givesEveryTokenItsOwnId() throws Exception {
    String first = issue("acme", List.of("admin"), Duration.ofHours(1));
    String second = issue("acme", List.of("admin"), Duration.ofHours(1));

    assertThat(SignedJWT.parse(first).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
  }

  private String issue(String tenant, List<String> roles, Duration lifetime) {
    DevTokenIssuer issuer =
        new DevTokenIssuer(
            key, "https://trialsage.dev.local", "org", Clock.fixed(NOW, ZoneOffset.UTC));
    return issuer.issue(new Command.Token(tenant, roles, lifetime, "ann"));
  }
}
