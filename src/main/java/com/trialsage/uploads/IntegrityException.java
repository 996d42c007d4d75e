package com.trialsage.uploads;

/**
 * An upload's stored bytes do not match its recorded SHA-256 (or are gone); it must not be used.
 */
public class IntegrityException extends RuntimeException {
  private final UploadId upload;

  public IntegrityException(UploadId upload, String message) {
    super(message);
    this.upload = upload;
  }

  public UploadId upload() {
    return upload;
  }
}
