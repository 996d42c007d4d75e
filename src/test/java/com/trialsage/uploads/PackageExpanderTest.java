package com.trialsage.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackageExpanderTest {
  private static final Path DATA = Path.of(System.getProperty("trialsage.shared.data"));
  private static final PackageLimits LIMITS = new PackageLimits(10, 64L * 1024 * 1024, 100);

  private final List<String> accepted = new ArrayList<>();

  private static byte[] xpt() throws IOException {
    return Files.readAllBytes(DATA.resolve("sdtm/cdiscpilot01/dm.xpt"));
  }

  private static byte[] zip(Object... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
        zip.write((byte[]) namesAndContents[i + 1]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private PackageExpander.Summary expand(byte[] zip, PackageLimits limits) throws IOException {
    return new PackageExpander(limits)
        .expand(
            new ByteArrayInputStream(zip),
            (name, format, content) -> {
              content.transferTo(OutputStreamNull.INSTANCE);
              accepted.add(name + ":" + format.label());
            });
  }

  @Test
  void handsOverDatasetsAndSkipsOtherFiles() throws IOException {
    byte[] zip = zip("s/dm.xpt", xpt(), "s/notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

    PackageExpander.Summary summary = expand(zip, LIMITS);

    assertThat(accepted).containsExactly("s/dm.xpt:xport");
    assertThat(summary.skipped()).isEqualTo(1);
  }

  @Test
  void refusesAParentSegment() throws IOException {
    byte[] zip = zip("../dm.xpt", xpt());

    assertThatThrownBy(() -> expand(zip, LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("'..'");
  }

  @Test
  void refusesAnAbsolutePath() throws IOException {
    byte[] zip = zip("/etc/dm.xpt", xpt());

    assertThatThrownBy(() -> expand(zip, LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("absolute");
  }

  @Test
  void refusesADuplicateIgnoringCase() throws IOException {
    byte[] zip = zip("dm.xpt", xpt(), "DM.XPT", xpt());

    assertThatThrownBy(() -> expand(zip, LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void refusesTooManyEntries() throws IOException {
    Object[] entries = new Object[22];
    for (int i = 0; i < 11; i++) {
      entries[2 * i] = "f" + i + ".txt";
      entries[2 * i + 1] = new byte[1];
    }

    assertThatThrownBy(() -> expand(zip(entries), LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("more than 10 entries");
  }

  @Test
  void refusesAHighCompressionRatio() throws IOException {
    byte[] zeros = new byte[16 * 1024 * 1024];

    assertThatThrownBy(() -> expand(zip("zeros.txt", zeros), LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("expands more than 100 times");
  }

  @Test
  void refusesMoreExpandedBytesThanTheTotalLimit() throws IOException {
    byte[] content = xpt();
    PackageLimits small = new PackageLimits(10, content.length + 10L, 1000);

    assertThatThrownBy(() -> expand(zip("a.xpt", content, "b.xpt", content), small))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("expands to more than");
  }

  @Test
  void refusesASymbolicLink() throws IOException {
    byte[] zip = zip("link.xpt", "/etc/passwd".getBytes(StandardCharsets.US_ASCII));
    markFirstCentralEntryAsSymbolicLink(zip);

    assertThatThrownBy(() -> expand(zip, LIMITS))
        .isInstanceOf(UnsafePackageException.class)
        .hasMessageContaining("symbolic link");
  }

  @Test
  void refusesSomethingThatIsNotAZip() {
    byte[] notZip = "PK\u0003\u0004 but then garbage".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> expand(notZip, LIMITS)).isInstanceOf(UnsafePackageException.class);
  }

  // APPNOTE 4.3.12: "version made by" high byte 3 = Unix; external attributes high half = mode.
  private static void markFirstCentralEntryAsSymbolicLink(byte[] zip) {
    for (int i = zip.length - 46; i >= 0; i--) {
      if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) {
        zip[i + 5] = 3;
        int mode = 0120777;
        zip[i + 40] = (byte) mode;
        zip[i + 41] = (byte) (mode >>> 8);
        return;
      }
    }
    throw new IllegalStateException("no central directory entry");
  }

  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
