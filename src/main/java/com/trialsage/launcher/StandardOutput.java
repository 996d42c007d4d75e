package com.trialsage.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The launcher's stdout as whole UTF-8 lines. Log lines from the launcher and relayed lines from
 * Payara Micro share it, so each line is written in one call and never interleaves with another.
 */
final class StandardOutput {

  private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);

  private StandardOutput() {}

  static void writeLine(String line) {
    String text = line.endsWith("\n") ? line : line + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    synchronized (OUT) {
      try {
        OUT.write(bytes);
        OUT.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write to stdout", e);
      }
    }
  }
}
