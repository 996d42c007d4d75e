package com.trialsage.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs development tokens the way MicroProfile JWT on Payara expects them: RS256, header {@code
 * typ: JWT}, roles in {@code groups}, the caller in {@code upn} and {@code sub}.
 */
final class DevTokenIssuer {

  private final DevSigningKey key;
  private final String issuer;
  private final String tenantClaim;
  private final Clock clock;

  DevTokenIssuer(DevSigningKey key, String issuer, String tenantClaim, Clock clock) {
    this.key = Objects.requireNonNull(key, "key must not be null");
    this.issuer = Objects.requireNonNull(issuer, "issuer must not be null");
    this.tenantClaim = Objects.requireNonNull(tenantClaim, "tenantClaim must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  String issue(Command.Token request) {
    // JWT times are whole seconds (RFC 7519, NumericDate).
    Instant issuedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(request.subject())
            .claim("upn", request.subject())
            .claim("groups", request.roles())
            .claim(tenantClaim, request.tenant())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(issuedAt.plus(request.lifetime())))
            .jwtID(UUID.randomUUID().toString())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(key.keyId())
            .build();
    SignedJWT token = new SignedJWT(header, claims);
    try {
      token.sign(new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the token: " + e.getMessage(), e);
    }
    return token.serialize();
  }
}
