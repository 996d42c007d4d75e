package com.trialsage.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook whose file depends on its content and one given instant only. POI dates the
 * document's core properties and every zip entry with the clock; this one dates them all with the
 * instant given, so the same report gives the same bytes.
 */
final class ReproducibleWorkbook extends SXSSFWorkbook {
  private final long stampInMillis;

  /**
   * @param rowWindow rows per sheet kept in memory; older ones go to compressed temp files
   * @param stamp the instant the document and its zip entries are dated with
   */
  ReproducibleWorkbook(int rowWindow, Instant stamp) {
    // No shared strings table: it would hold every distinct text of millions of rows in memory.
    super(null, rowWindow, true, false);
    this.stampInMillis = stamp.toEpochMilli();
    var properties = getXSSFWorkbook().getProperties().getCoreProperties();
    properties.setCreated(Optional.of(Date.from(stamp)));
    properties.setModified(Optional.of(Date.from(stamp)));
    properties.setCreator("TrialSage");
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip =
        new ZipArchiveOutputStream(out) {
          @Override
          public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            entry.setTime(stampInMillis);
            super.putArchiveEntry(entry);
          }
        };
    zip.setUseZip64(Zip64Mode.AsNeeded);
    return zip;
  }
}
