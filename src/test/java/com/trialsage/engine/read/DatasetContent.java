package com.trialsage.engine.read;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every dataset of a file read into memory as metadata and text values, for comparing in tests. */
public record DatasetContent(
    String name, List<String> variableNames, List<String> types, List<List<String>> rows) {

  public static List<DatasetContent> readAll(Path file, Charset charset) throws IOException {
    List<DatasetContent> datasets = new ArrayList<>();
    try (DatasetStream in = DatasetFiles.open(file, charset)) {
      while (in.nextDataset()) {
        datasets.add(readCurrent(in));
      }
    }
    return datasets;
  }

  public static DatasetContent readOnly(Path file) throws IOException {
    List<DatasetContent> datasets = readAll(file, null);
    if (datasets.size() != 1) {
      throw new IllegalStateException(file + " holds " + datasets.size() + " datasets, not 1");
    }
    return datasets.get(0);
  }

  private static DatasetContent readCurrent(DatasetStream in) throws IOException {
    DatasetMetadata metadata = in.metadata();
    List<List<String>> rows = new ArrayList<>();
    for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
      List<String> row = new ArrayList<>(metadata.variables().size());
      for (int column = 0; column < metadata.variables().size(); column++) {
        row.add(r.text(column));
      }
      rows.add(row);
    }
    return new DatasetContent(
        metadata.name(),
        metadata.variables().stream().map(Variable::name).toList(),
        metadata.variables().stream().map(v -> v.type().name()).toList(),
        rows);
  }
}
