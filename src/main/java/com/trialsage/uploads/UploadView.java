package com.trialsage.uploads;

import java.util.List;

/**
 * An upload as the API shows it.
 *
 * @param id the upload's id
 * @param name the file name the client gave (metadata only)
 * @param format the format read from the content
 * @param size bytes
 * @param sha256 hex SHA-256 of the bytes, as computed on arrival
 * @param packageId the zip package this came from, or null
 * @param createdBy the subject who uploaded it
 * @param createdAt ISO-8601
 * @param expiresAt ISO-8601, when lifecycle cleanup deletes it
 * @param entries for a package: the uploads made from its entries, else null
 * @param skippedEntries for a package: entries that were neither dataset nor Define-XML
 */
public record UploadView(
    String id,
    String name,
    String format,
    long size,
    String sha256,
    String packageId,
    String createdBy,
    String createdAt,
    String expiresAt,
    List<UploadView> entries,
    Integer skippedEntries) {

  static UploadView of(Upload upload) {
    return of(upload, null, null);
  }

  static UploadView of(Upload upload, List<Upload> entries, Integer skipped) {
    return new UploadView(
        upload.id().toString(),
        upload.fileName(),
        upload.format().label(),
        upload.sizeBytes(),
        upload.sha256().hex(),
        upload.packageId().map(UploadId::toString).orElse(null),
        upload.createdBy(),
        upload.createdAt().toString(),
        upload.expiresAt() == null ? null : upload.expiresAt().toString(),
        entries == null ? null : entries.stream().map(UploadView::of).toList(),
        skipped);
  }

  /**
   * A page of uploads.
   *
   * @param items the uploads, newest first
   * @param page zero-based page number
   * @param size page size asked for
   * @param total uploads matching the filters
   */
  public record Page(List<UploadView> items, int page, int size, long total) {}
}
