package com.trialsage.engine.ct;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A loaded CT package: codelists by NCI code, and the package's version for the summary. */
public final class ControlledTerminology {
  private final String version;
  private final Map<String, Codelist> codelists;
  private final int termCount;

  ControlledTerminology(String version, Map<String, Codelist> codelists, int termCount) {
    this.version = Objects.requireNonNull(version, "version");
    this.codelists = Map.copyOf(codelists);
    this.termCount = termCount;
  }

  /** The version as the file names it, e.g. {@code SDTM Terminology 2025-03-25}. */
  public String version() {
    return version;
  }

  public Optional<Codelist> codelist(String nciCode) {
    return Optional.ofNullable(codelists.get(nciCode));
  }

  public Collection<Codelist> codelists() {
    return codelists.values();
  }

  public int termCount() {
    return termCount;
  }
}
