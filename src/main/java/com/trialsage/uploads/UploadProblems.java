package com.trialsage.uploads;

import com.trialsage.web.Problem;

/** The problems the upload API answers with, each carrying the numbers a client can act on. */
final class UploadProblems {
  private UploadProblems() {}

  static Problem tooLarge(long maxBytes) {
    return Problem.of(
            413,
            "upload-too-large",
            "Upload Too Large",
            "An upload may have at most " + maxBytes + " bytes. Split the data or ask an operator.")
        .with("maxBytes", maxBytes);
  }

  static Problem quotaExceeded(long quotaBytes, long usedBytes, long requestedBytes) {
    return Problem.of(
            413,
            "upload-quota-exceeded",
            "Upload Quota Exceeded",
            "Your organisation's uploads may take "
                + quotaBytes
                + " bytes; "
                + usedBytes
                + " are used and this upload needs at least "
                + requestedBytes
                + ". Delete uploads you no longer need or ask for a larger quota.")
        .with("quotaBytes", quotaBytes)
        .with("usedBytes", usedBytes)
        .with("requestedBytes", requestedBytes);
  }

  static Problem digestMismatch(String header, Sha256 expected, Sha256 actual) {
    return Problem.of(
            422,
            "digest-mismatch",
            "Digest Mismatch",
            "The body's SHA-256 is "
                + actual.base64()
                + " but "
                + header
                + " says "
                + expected.base64()
                + ": the file changed on its way. Nothing was kept; send it again.")
        .with("expectedSha256", expected.hex())
        .with("actualSha256", actual.hex());
  }

  static Problem badDigestHeader(String message) {
    return Problem.of(400, "bad-digest-header", "Bad Digest Header", message);
  }

  static Problem unsupportedFormat() {
    return Problem.of(
        415,
        "unsupported-format",
        "Unsupported Format",
        "The content is none of SAS XPORT v5, Dataset-JSON (JSON, NDJSON or DSJC), Define-XML or a"
            + " zip of those. The format is read from the bytes, not the file name.");
  }

  static Problem unsafePackage(String reason, PackageLimits limits) {
    return Problem.of(
            422,
            "unsafe-package",
            "Unsafe Study Package",
            "The zip package was refused: " + reason + ". Nothing was kept.")
        .with("maxEntries", (long) limits.maxEntries())
        .with("maxExpandedBytes", limits.maxTotalBytes())
        .with("maxCompressionRatio", (long) limits.maxRatio());
  }

  static Problem interrupted() {
    return Problem.of(
        400,
        "upload-interrupted",
        "Upload Interrupted",
        "The request body ended before the upload was complete. Nothing was kept; send it again.");
  }

  static Problem integrityFailure(UploadId id) {
    return Problem.of(
        409,
        "integrity-failure",
        "Integrity Failure",
        "The stored bytes of upload "
            + id
            + " no longer match the SHA-256 recorded when it was accepted, so it must not be"
            + " used. Operators have been alerted; upload the file again.");
  }

  static Problem usedByRun(UploadId id) {
    return Problem.of(
        409,
        "upload-in-use",
        "Upload In Use",
        "Upload " + id + " is an input of a validation run and is kept as its evidence.");
  }
}
