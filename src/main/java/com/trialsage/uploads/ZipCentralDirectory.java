package com.trialsage.uploads;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a package's central directory (PKWARE APPNOTE 4.3.12, 4.3.16), which is what most unzip
 * tools trust: no symbolic links (Unix mode in the external attributes), and the same entry names
 * as the local headers that were expanded, so no entry hides from the checks.
 */
final class ZipCentralDirectory {
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CEN_SIGNATURE = 0x02014b50;
  private static final int EOCD_BYTES = 22;
  private static final int CEN_BYTES = 46;
  private static final int UNIX_HOST = 3;
  private static final int FILE_TYPE_MASK = 0170000;
  private static final int SYMBOLIC_LINK = 0120000;

  private ZipCentralDirectory() {}

  static void check(byte[] tail, Set<String> localNames) throws UnsafePackageException {
    int eocd = findEndRecord(tail);
    long size = u32(tail, eocd + 12);
    int total = u16(tail, eocd + 10);
    if (size == 0xFFFFFFFFL || total == 0xFFFF) {
      throw new UnsafePackageException("zip64 packages are not supported; split the package");
    }
    if (size > eocd) {
      throw new UnsafePackageException("the package's central directory is too large");
    }
    Set<String> centralNames = new HashSet<>();
    int position = eocd - (int) size;
    for (int i = 0; i < total; i++) {
      position = checkEntry(tail, position, eocd, centralNames);
    }
    if (!centralNames.equals(localNames)) {
      throw new UnsafePackageException(
          "the package's central directory does not list the entries it contains");
    }
  }

  private static int checkEntry(byte[] tail, int position, int end, Set<String> names)
      throws UnsafePackageException {
    if (position + CEN_BYTES > end || (int) u32(tail, position) != CEN_SIGNATURE) {
      throw new UnsafePackageException("the package's central directory is damaged");
    }
    int host = u16(tail, position + 4) >>> 8;
    int nameLength = u16(tail, position + 28);
    int extraLength = u16(tail, position + 30);
    int commentLength = u16(tail, position + 32);
    long external = u32(tail, position + 38);
    if (position + CEN_BYTES + nameLength > end) {
      throw new UnsafePackageException("the package's central directory is damaged");
    }
    String name = new String(tail, position + CEN_BYTES, nameLength, StandardCharsets.UTF_8);
    if (host == UNIX_HOST && ((external >>> 16) & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
      throw new UnsafePackageException(
          "the entry '" + PackageExpander.printable(name) + "' is a symbolic link");
    }
    names.add(name.replaceAll("/+$", "").toLowerCase(Locale.ROOT));
    return position + CEN_BYTES + nameLength + extraLength + commentLength;
  }

  private static int findEndRecord(byte[] tail) throws UnsafePackageException {
    for (int i = tail.length - EOCD_BYTES; i >= 0 && i >= tail.length - EOCD_BYTES - 65535; i--) {
      if ((int) u32(tail, i) == EOCD_SIGNATURE) {
        return i;
      }
    }
    throw new UnsafePackageException("the package has no zip central directory");
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16) & 0xFFFFFFFFL;
  }
}
