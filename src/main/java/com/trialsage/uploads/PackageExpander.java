package com.trialsage.uploads;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Expands a zip study package as a stream, refusing it ({@link UnsafePackageException}) when it has
 * too many entries, expands beyond the total or ratio limit, names an absolute path, a {@code ..}
 * segment or the same file twice, or holds a symbolic link. Nothing is written to a file system
 * under an entry's name: each dataset or Define-XML entry is handed to the {@link EntryHandler}.
 * Entries of other formats are read (so the limits still apply) and skipped.
 */
public final class PackageExpander {
  // Below this, a high ratio is harmless (tiny highly repetitive files are common).
  private static final long RATIO_FLOOR_BYTES = 1024 * 1024;

  /** Receives each dataset or Define-XML entry; must read {@code content} to its end. */
  @FunctionalInterface
  public interface EntryHandler {
    void accept(String name, UploadFormat format, InputStream content) throws IOException;
  }

  /** What an expansion found. */
  public record Summary(int entries, int accepted, int skipped, long expandedBytes) {}

  private final PackageLimits limits;

  public PackageExpander(PackageLimits limits) {
    this.limits = limits;
  }

  public Summary expand(InputStream zip, EntryHandler handler) throws IOException {
    TailCapture raw = new TailCapture(zip);
    Set<String> names = new HashSet<>();
    int entries = 0;
    int accepted = 0;
    long expanded = 0;
    try (ZipInputStream entriesIn = new ZipInputStream(raw)) {
      ZipEntry entry;
      while ((entry = entriesIn.getNextEntry()) != null) {
        entries++;
        if (entries > limits.maxEntries()) {
          throw new UnsafePackageException(
              "the package has more than " + limits.maxEntries() + " entries");
        }
        String name = checkedName(entry.getName(), names);
        if (entry.isDirectory()) {
          continue;
        }
        EntryStream content =
            new EntryStream(entriesIn, raw, limits, limits.maxTotalBytes() - expanded, name);
        byte[] head = content.readNBytes(FormatSniffer.HEAD_BYTES);
        Optional<UploadFormat> format = FormatSniffer.sniff(head);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), content);
        if (format.isPresent() && format.get() != UploadFormat.ZIP) {
          handler.accept(name, format.get(), whole);
          accepted++;
        }
        whole.transferTo(OutputStreamSink.INSTANCE);
        expanded += content.count;
      }
      raw.transferTo(OutputStreamSink.INSTANCE);
    } catch (ZipException e) {
      throw new UnsafePackageException("the package is not a readable zip: " + e.getMessage());
    }
    ZipCentralDirectory.check(raw.tail(), names);
    return new Summary(entries, accepted, entries - accepted, expanded);
  }

  /** Rejects names that could escape a folder or collide; returns the name as given. */
  static String checkedName(String name, Set<String> seen) throws UnsafePackageException {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.contains("\\")
        || name.indexOf('\0') >= 0
        || name.matches("^[A-Za-z]:.*")) {
      throw new UnsafePackageException("the entry '" + printable(name) + "' has an absolute path");
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw new UnsafePackageException(
            "the entry '" + printable(name) + "' climbs out of the package with '..'");
      }
    }
    String normalized = name.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    if (!seen.add(normalized)) {
      throw new UnsafePackageException("the entry '" + printable(name) + "' appears twice");
    }
    return name;
  }

  static String printable(String name) {
    String clean = name.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
  }

  /** One entry's expanded bytes, checked against the total and ratio limits as they flow. */
  private static final class EntryStream extends FilterInputStream {
    private final TailCapture raw;
    private final long rawAtStart;
    private final PackageLimits limits;
    private final long allowedBytes;
    private final String name;
    private long count;

    EntryStream(
        InputStream in, TailCapture raw, PackageLimits limits, long allowedBytes, String name) {
      super(in);
      this.raw = raw;
      this.rawAtStart = raw.count();
      this.limits = limits;
      this.allowedBytes = allowedBytes;
      this.name = name;
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
        count += read;
        check();
      }
      return read;
    }

    @Override
    public void close() {
      // The zip stream stays open for the next entry.
    }

    private void check() throws UnsafePackageException {
      if (count > allowedBytes) {
        throw new UnsafePackageException(
            "the package expands to more than " + limits.maxTotalBytes() + " bytes");
      }
      // The compressed side is read ahead by at most the inflater's buffer: allow for it.
      long compressed = Math.max(1, raw.count() - rawAtStart);
      if (count > RATIO_FLOOR_BYTES && count / compressed > limits.maxRatio()) {
        throw new UnsafePackageException(
            "the entry '"
                + printable(name)
                + "' expands more than "
                + limits.maxRatio()
                + " times (a zip bomb?)");
      }
    }
  }

  /** Discards what is written to it. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
