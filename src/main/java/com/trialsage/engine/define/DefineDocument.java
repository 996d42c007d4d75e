package com.trialsage.engine.define;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The datasets a define.xml describes, by upper-case dataset name, with their variables. */
public final class DefineDocument {
  private final String fileName;
  private final Map<String, List<DefineVariable>> datasets;

  DefineDocument(String fileName, Map<String, List<DefineVariable>> datasets) {
    this.fileName = fileName;
    this.datasets = Map.copyOf(datasets);
  }

  public String fileName() {
    return fileName;
  }

  /** The variables of the dataset, in ItemRef order; empty when define.xml lacks the dataset. */
  public Optional<List<DefineVariable>> dataset(String datasetName) {
    return Optional.ofNullable(datasets.get(datasetName.toUpperCase(Locale.ROOT)));
  }

  public Set<String> datasetNames() {
    return datasets.keySet();
  }
}
