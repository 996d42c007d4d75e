package com.trialsage.runs;

import java.util.UUID;

/** One input of a run as recorded at submission: which upload, its role, name, size and hash. */
public record RunInput(
    UUID uploadId, String role, String fileName, String format, long sizeBytes, String sha256) {
  static final String DATASET = "dataset";
  static final String DEFINE = "define";
}
