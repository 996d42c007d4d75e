package com.trialsage.engine.output;

import java.util.Objects;

/**
 * What the summary says about the run's inputs.
 *
 * @param standardName e.g. {@code SDTMIG}
 * @param standardVersion e.g. {@code 3.4}
 * @param terminologyVersion the CT package, e.g. {@code SDTM Terminology 2025-03-25}
 * @param defineFile the define.xml file name, or empty when none was given
 * @param engineVersion the engine's version
 * @param maxFindingsPerRule the cap on written findings per rule
 */
public record RunDescription(
    String standardName,
    String standardVersion,
    String terminologyVersion,
    String defineFile,
    String engineVersion,
    long maxFindingsPerRule) {
  public RunDescription {
    Objects.requireNonNull(standardName, "standardName");
    Objects.requireNonNull(standardVersion, "standardVersion");
    Objects.requireNonNull(terminologyVersion, "terminologyVersion");
    Objects.requireNonNull(defineFile, "defineFile");
    Objects.requireNonNull(engineVersion, "engineVersion");
  }
}
