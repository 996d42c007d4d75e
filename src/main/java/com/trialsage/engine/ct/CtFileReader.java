package com.trialsage.engine.ct;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the NCI EVS tab-separated CDISC terminology file. A row with an empty {@code Codelist Code}
 * is a codelist; every other row is a term of the codelist it names. Columns are found by their
 * header names, so a reordered file still reads.
 */
public final class CtFileReader {
  private static final List<String> REQUIRED_COLUMNS =
      List.of(
          "Code",
          "Codelist Code",
          "Codelist Extensible (Yes/No)",
          "Codelist Name",
          "CDISC Submission Value",
          "CDISC Synonym(s)");

  private CtFileReader() {}

  /**
   * Loads the file.
   *
   * @throws CtFormatException when the file lacks a required column or a term names an unknown
   *     codelist
   */
  public static ControlledTerminology read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new CtFormatException(file, 1, "the file is empty");
      }
      int[] columns = columnsOf(file, header.replace("\uFEFF", "").split("\t", -1));
      return readRows(file, in, columns);
    }
  }

  private static int[] columnsOf(Path file, String[] header) throws CtFormatException {
    int[] columns = new int[REQUIRED_COLUMNS.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = List.of(header).indexOf(REQUIRED_COLUMNS.get(i));
      if (columns[i] < 0) {
        throw new CtFormatException(
            file, 1, "header lacks the column '" + REQUIRED_COLUMNS.get(i) + "'");
      }
    }
    return columns;
  }

  private static ControlledTerminology readRows(Path file, BufferedReader in, int[] columns)
      throws IOException {
    Map<String, Codelist> codelists = new HashMap<>();
    int maxColumn = maxOf(columns);
    int terms = 0;
    int lineNumber = 1;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = leadingCells(line, maxColumn);
      if (cells == null) {
        throw new CtFormatException(
            file, lineNumber, "row has fewer than " + (maxColumn + 1) + " columns");
      }
      String parent = cells[columns[1]];
      if (parent.isEmpty()) {
        String code = cells[columns[0]];
        codelists.put(
            code,
            new Codelist(
                code,
                cells[columns[3]],
                cells[columns[4]],
                cells[columns[2]].equalsIgnoreCase("Yes")));
      } else {
        Codelist codelist = codelists.get(parent);
        if (codelist == null) {
          throw new CtFormatException(
              file, lineNumber, "term precedes or names an unknown codelist " + parent);
        }
        codelist.addTerm(cells[columns[4]], cells[columns[5]]);
        terms++;
      }
    }
    return new ControlledTerminology(versionOf(file), codelists, terms);
  }

  /**
   * The cells up to {@code maxColumn}, or null when the line has fewer. The definition columns
   * after them are long texts the engine does not use, so they are never cut out.
   */
  private static String[] leadingCells(String line, int maxColumn) {
    String[] cells = new String[maxColumn + 1];
    int start = 0;
    for (int i = 0; i <= maxColumn; i++) {
      int tab = line.indexOf('\t', start);
      if (tab < 0 && i < maxColumn) {
        return null;
      }
      int end = tab < 0 ? line.length() : tab;
      cells[i] = line.substring(start, end);
      start = end + 1;
    }
    return cells;
  }

  private static int maxOf(int[] values) {
    int max = 0;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  private static String versionOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
