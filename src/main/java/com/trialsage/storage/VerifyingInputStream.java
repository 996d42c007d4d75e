package com.trialsage.uploads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Hashes what is read; at the end, a SHA-256 or size that differs from the upload's record calls
 * {@code onMismatch} and fails the read, so a download of changed bytes never ends cleanly.
 */
final class VerifyingInputStream extends FilterInputStream {
  private final MessageDigest digest = Hashing.sha256();
  private final Upload upload;
  private final Consumer<String> onMismatch;
  private long size;
  private boolean checked;

  VerifyingInputStream(InputStream in, Upload upload, Consumer<String> onMismatch) {
    super(in);
    this.upload = upload;
    this.onMismatch = onMismatch;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      digest.update(buffer, offset, read);
      size += read;
    } else if (read < 0 && !checked) {
      checked = true;
      String actual =
          size == upload.sizeBytes() ? HexFormat.of().formatHex(digest.digest()) : "size " + size;
      if (!actual.equals(upload.sha256().hex())) {
        onMismatch.accept(actual);
        throw new IntegrityIOException("upload " + upload.id() + " failed verification while read");
      }
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
  }
}
