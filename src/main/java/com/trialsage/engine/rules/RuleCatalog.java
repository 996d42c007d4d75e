package com.trialsage.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published list of rules the engine applies, loaded from {@code rule-catalog.tsv} in the
 * engine jar.
 *
 * <p>The catalog file is tab-separated with the columns {@code id, p21Id, fdaId, cdiscId, coreId,
 * severity, message, description}; lines starting with {@code #} are comments and the first other
 * line is the header. {@link #sha256()} is the SHA-256 of the file's bytes, so a summary names
 * exactly which catalog produced its findings; it changes whenever any rule text changes.
 */
public final class RuleCatalog {
  static final String RESOURCE = "/com/trialsage/engine/rules/rule-catalog.tsv";
  private static final int COLUMNS = 8;

  private final Map<RuleId, RuleDefinition> rules;
  private final String sha256;

  private RuleCatalog(Map<RuleId, RuleDefinition> rules, String sha256) {
    this.rules = Collections.unmodifiableMap(rules);
    this.sha256 = sha256;
  }

  /** The catalog shipped in the engine jar. */
  public static RuleCatalog standard() {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("rule catalog " + RESOURCE + " is missing from the jar");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule catalog " + RESOURCE, e);
    }
  }

  /** Parses catalog bytes in the format described on the class. */
  public static RuleCatalog parse(byte[] tsv) {
    Map<RuleId, RuleDefinition> rules = new LinkedHashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n")) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      RuleDefinition rule = parseLine(line, lineNumber);
      if (rules.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException(
            "rule catalog line " + lineNumber + ": rule " + rule.id() + " is listed twice");
      }
    }
    return new RuleCatalog(rules, sha256Of(tsv));
  }

  private static RuleDefinition parseLine(String line, int lineNumber) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(
          "rule catalog line "
              + lineNumber
              + ": expected "
              + COLUMNS
              + " tab-separated columns, "
              + "found "
              + cells.length);
    }
    return new RuleDefinition(
        RuleId.of(cells[0]),
        cells[1],
        cells[2],
        cells[3],
        cells[4],
        Severity.parse(cells[5]),
        cells[6],
        cells[7]);
  }

  private static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** All rules, in catalog order. */
  public List<RuleDefinition> all() {
    return new ArrayList<>(rules.values());
  }

  public Optional<RuleDefinition> find(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The rule with this id; the id must be in the catalog. */
  public RuleDefinition get(RuleId id) {
    RuleDefinition rule = rules.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("rule " + id + " is not in the rule catalog");
    }
    return rule;
  }

  /** Hex SHA-256 of the catalog file. */
  public String sha256() {
    return sha256;
  }
}
