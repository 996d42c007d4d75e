package com.trialsage.engine.standard;

import com.trialsage.engine.model.VariableType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads SDTMIG metadata from {@code sdtmig-variables.tsv} and {@code sdtm-model.tsv} in the engine
 * jar (tab-separated; lines starting with {@code #} are comments).
 */
public final class StandardLibrary {
  private static final String BASE = "/com/trialsage/engine/standard/";

  private StandardLibrary() {}

  /** The metadata of one SDTMIG version. */
  public static Standard load(SdtmigVersion version) {
    Map<String, Standard.DomainTemplate> templates = loadDomains(version);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    readLines(
        "sdtm-model.tsv",
        cells -> groups.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1]));
    return new Standard(version, templates, groups);
  }

  private static Map<String, Standard.DomainTemplate> loadDomains(SdtmigVersion version) {
    Map<String, String[]> domainLines = new LinkedHashMap<>();
    Map<String, List<VariableSpec>> variables = new LinkedHashMap<>();
    readLines(
        "sdtmig-variables.tsv",
        cells -> {
          if (cells[0].equals("domain")) {
            domainLines.put(cells[1], cells);
            variables.put(cells[1], new ArrayList<>());
          } else if (appliesTo(cells[1], version)) {
            variables.get(cells[2]).add(variableOf(cells));
          }
        });
    Map<String, Standard.DomainTemplate> templates = new LinkedHashMap<>();
    domainLines.forEach(
        (name, cells) -> {
          if (!variables.get(name).isEmpty()) {
            templates.put(
                name,
                new Standard.DomainTemplate(
                    name, ObservationClass.valueOf(cells[2]), cells[3], variables.get(name)));
          }
        });
    return templates;
  }

  private static boolean appliesTo(String versions, SdtmigVersion version) {
    return Arrays.asList(versions.split(" ")).contains(version.text());
  }

  private static VariableSpec variableOf(String[] cells) {
    return new VariableSpec(
        cells[2],
        cells[4],
        cells[5],
        cells[6].equals("Num") ? VariableType.NUM : VariableType.CHAR,
        Core.parse(cells[7]),
        cells.length > 8 ? cells[8] : "",
        Integer.parseInt(cells[3]));
  }

  private static void readLines(String file, Consumer<String[]> onLine) {
    try (InputStream in = StandardLibrary.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("standard metadata " + BASE + file + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          onLine.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard metadata " + file, e);
    }
  }
}
