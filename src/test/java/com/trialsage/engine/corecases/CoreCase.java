package com.trialsage.engine.corecases;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.run.DatasetSource;
import com.trialsage.engine.testing.CsvFile;
import com.trialsage.engine.testing.InMemoryDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One known-answer case of the CDISC Open Rules project: {@code CORE-nnnnnn/positive|negative/NN}
 * with {@code data/} (.env, _datasets.csv, _variables.csv, one CSV per dataset) and, for negative
 * cases, {@code results/results.csv}.
 */
record CoreCase(String coreId, String kind, String number, Path folder) {

  String id() {
    return coreId + "/" + kind + "/" + number;
  }

  boolean isPositive() {
    return kind.equals("positive");
  }

  @Override
  public String toString() {
    return id();
  }

  /** The .env entries, e.g. PRODUCT=SDTMIG and VERSION=3-4. */
  Map<String, String> environment() throws IOException {
    Map<String, String> env = new HashMap<>();
    Path file = folder.resolve("data/.env");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          env.put(
              line.substring(0, eq).trim().toUpperCase(Locale.ROOT), line.substring(eq + 1).trim());
        }
      }
    }
    return env;
  }

  /** The datasets, typed and labelled from _variables.csv and _datasets.csv. */
  List<DatasetSource> datasets() throws IOException {
    Map<String, String> labels = datasetLabels();
    Map<String, List<String[]>> variables = variableRows();
    List<DatasetSource> sources = new ArrayList<>();
    for (String stem : labels.keySet()) {
      Path csv = folder.resolve("data/" + stem + ".csv");
      if (Files.exists(csv)) {
        sources.add(
            datasetOf(stem, labels.get(stem), variables.getOrDefault(stem, List.of()), csv));
      }
    }
    return sources;
  }

  /** The rows of the dataset's CSV without the header (for looking up expected subjects). */
  List<String[]> rowsOf(String dataset) throws IOException {
    List<String[]> rows =
        CsvFile.read(folder.resolve("data/" + dataset.toLowerCase(Locale.ROOT) + ".csv"));
    return rows.subList(1, rows.size());
  }

  List<String> headerOf(String dataset) throws IOException {
    return Arrays.asList(
        CsvFile.read(folder.resolve("data/" + dataset.toLowerCase(Locale.ROOT) + ".csv")).get(0));
  }

  /** results.csv rows: Dataset, Record, Variable, Value. Empty for positive cases. */
  List<String[]> expectedRows() throws IOException {
    Path file = folder.resolve("results/results.csv");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String[]> rows = CsvFile.read(file);
    return rows.subList(1, rows.size());
  }

  private Map<String, String> datasetLabels() throws IOException {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    List<String[]> rows = CsvFile.read(folder.resolve("data/_datasets.csv"));
    for (String[] row : rows.subList(1, rows.size())) {
      labels.put(row[0].trim().toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "");
    }
    return labels;
  }

  private Map<String, List<String[]>> variableRows() throws IOException {
    Map<String, List<String[]>> byDataset = new HashMap<>();
    List<String[]> rows = CsvFile.read(folder.resolve("data/_variables.csv"));
    for (String[] row : rows.subList(1, rows.size())) {
      byDataset
          .computeIfAbsent(row[0].trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(row);
    }
    return byDataset;
  }

  private static InMemoryDataset datasetOf(
      String stem, String label, List<String[]> declared, Path csv) throws IOException {
    List<String[]> rows = CsvFile.read(csv);
    String[] header = rows.isEmpty() ? new String[0] : rows.get(0);
    List<Variable> variables = new ArrayList<>();
    for (String name : header) {
      String[] meta = find(declared, name);
      VariableType type =
          meta != null && meta.length > 3 && meta[3].trim().equalsIgnoreCase("Num")
              ? VariableType.NUM
              : VariableType.CHAR;
      String varLabel = meta != null && meta.length > 2 ? meta[2] : "";
      int length = meta != null && meta.length > 4 ? lengthOf(meta[4]) : 0;
      variables.add(new Variable(name.trim(), varLabel, type, length, variables.size()));
    }
    DatasetMetadata metadata =
        new DatasetMetadata(stem.toUpperCase(Locale.ROOT), label, variables, stem + ".csv");
    return new InMemoryDataset(metadata, rows.isEmpty() ? List.of() : rows.subList(1, rows.size()));
  }

  private static String[] find(List<String[]> declared, String name) {
    for (String[] row : declared) {
      if (row.length > 1 && row[1].trim().equalsIgnoreCase(name.trim())) {
        return row;
      }
    }
    return null;
  }

  private static int lengthOf(String text) {
    try {
      return Math.max(0, (int) Double.parseDouble(text.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Every case folder under the core-cases root, sorted. */
  static List<CoreCase> all(Path root) throws IOException {
    List<CoreCase> cases = new ArrayList<>();
    try (var rules = Files.list(root)) {
      for (Path rule : rules.sorted().toList()) {
        for (String kind : List.of("negative", "positive")) {
          Path kindFolder = rule.resolve(kind);
          if (Files.isDirectory(kindFolder)) {
            try (var numbers = Files.list(kindFolder)) {
              for (Path n : numbers.sorted().toList()) {
                cases.add(
                    new CoreCase(
                        rule.getFileName().toString(), kind, n.getFileName().toString(), n));
              }
            }
          }
        }
      }
    }
    return cases;
  }
}
