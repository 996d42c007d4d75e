package com.trialsage.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's identifier, as the identity provider writes it in the token's tenant claim: 1 to 64
 * lower-case letters, digits, '-', '_' or '.', starting with a letter or digit.
 */
public record TenantId(String value) {
  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public TenantId {
    Objects.requireNonNull(value, "tenant id");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a tenant id is 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a"
              + " letter or digit");
    }
  }

  /** Whether {@code candidate} has the form of a tenant id. */
  public static boolean isValid(String candidate) {
    return candidate != null && FORM.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
