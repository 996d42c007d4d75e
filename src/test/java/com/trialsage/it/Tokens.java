package com.trialsage.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Builds JWTs for container tests: valid by default, each part changeable. */
public final class Tokens {
  private RSAKey key = TestEnvironment.signingKey();
  private String issuer = TestEnvironment.ISSUER;
  private String tenant = "acme";
  private List<String> groups = List.of("submitter", "reviewer");
  private Instant issuedAt = Instant.now();
  private Duration lifetime = Duration.ofMinutes(10);
  private Instant notBefore;

  public static Tokens token() {
    return new Tokens();
  }

  public Tokens signedBy(RSAKey otherKey) {
    this.key = otherKey;
    return this;
  }

  public Tokens issuer(String value) {
    this.issuer = value;
    return this;
  }

  public Tokens tenant(String value) {
    this.tenant = value;
    return this;
  }

  public Tokens groups(String... values) {
    this.groups = List.of(values);
    return this;
  }

  public Tokens issuedAt(Instant value) {
    this.issuedAt = value;
    return this;
  }

  public Tokens lifetime(Duration value) {
    this.lifetime = value;
    return this;
  }

  public Tokens notBefore(Instant value) {
    this.notBefore = value;
    return this;
  }

  public String build() {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(key.getKeyID())
                  .build(),
              claims());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
  }

  private JWTClaimsSet claims() {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject("alice")
            .claim("upn", "alice@example.com")
            .claim("groups", groups)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(lifetime)));
    if (tenant != null) {
      claims.claim("tenant", tenant);
    }
    if (notBefore != null) {
      claims.notBeforeTime(Date.from(notBefore));
    }
    return claims.build();
  }
}
