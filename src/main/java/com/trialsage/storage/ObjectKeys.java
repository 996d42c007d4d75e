package com.trialsage.storage;

import com.trialsage.tenancy.TenantId;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Object keys: {@code <tenant>/<two hex digits>/<uuid>}, made from a random UUID so no part of a
 * key ever comes from user input. The two-digit fan-out keeps folders small.
 */
public final class ObjectKeys {
  private static final Pattern FORM =
      Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}/[0-9a-f]{2}/[0-9a-f-]{36}");

  private ObjectKeys() {}

  public static String newKey(TenantId tenant) {
    String id = UUID.randomUUID().toString();
    return tenant.value() + "/" + id.substring(0, 2) + "/" + id;
  }

  /** Refuses anything that is not a key this class made (a tampered row, a path trick). */
  public static String checked(String key) {
    if (key == null || !FORM.matcher(key).matches()) {
      throw new IllegalArgumentException("not an object key: " + key);
    }
    return key;
  }

  public static boolean isKey(String candidate) {
    return candidate != null && FORM.matcher(candidate).matches();
  }
}
