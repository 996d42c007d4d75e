package com.trialsage.uploads;

import java.util.Arrays;
import java.util.Optional;

/** The file formats TrialSage accepts, as recognised from the content, never from the name. */
public enum UploadFormat {
  XPORT("xport"),
  DATASET_JSON("dataset-json"),
  NDJSON("ndjson"),
  DSJC("dsjc"),
  DEFINE_XML("define-xml"),
  ZIP("zip");

  private final String label;

  UploadFormat(String label) {
    this.label = label;
  }

  /** The name in the API and the database. */
  public String label() {
    return label;
  }

  public static Optional<UploadFormat> fromLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
  }
}
