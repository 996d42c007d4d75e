package com.trialsage.uploads;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SHA-256 a client sent in {@code Content-Digest} or {@code Repr-Digest} (RFC 9530: a
 * structured-field dictionary such as {@code sha-256=:<base64>:, sha-512=:…:}). Rule: a {@code
 * sha-256} member is checked; a header with only other algorithms is ignored, because SHA-256 is
 * the only one TrialSage computes; a header that is not a valid dictionary, or a {@code sha-256}
 * that is not 32 bytes of base64, is refused.
 */
public final class ContentDigests {
  private static final Pattern MEMBER =
      Pattern.compile("\\s*([a-z][a-z0-9_.*-]*)\\s*=\\s*:([A-Za-z0-9+/=]*):\\s*");

  private ContentDigests() {}

  /**
   * The SHA-256 in a digest field, empty when the header is absent or names other algorithms only.
   *
   * @throws IllegalArgumentException with a message for the client when the field is malformed
   */
  public static Optional<Sha256> sha256(String headerName, String field) {
    if (field == null || field.isBlank()) {
      return Optional.empty();
    }
    Optional<Sha256> found = Optional.empty();
    for (String member : field.split(",")) {
      Matcher matcher = MEMBER.matcher(member);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            headerName + " is not an RFC 9530 digest field; send sha-256=:<base64 of 32 bytes>:");
      }
      if (matcher.group(1).equals("sha-256")) {
        found = Optional.of(decode(headerName, matcher.group(2)));
      }
    }
    return found;
  }

  private static Sha256 decode(String headerName, String base64) {
    try {
      return Sha256.ofBytes(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          headerName + " sha-256 must be the base64 of the 32-byte digest", e);
    }
  }
}
