package com.trialsage.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names that PromQL expressions refer to, and the expressions of our alert rules and
 * Grafana dashboard, so that tests can check that every name is one the service exports.
 */
public final class PromQlNames {
  /** Where the dashboard lives, relative to the project folder. */
  public static final Path DASHBOARD = Path.of("docs", "grafana", "trialsage-dashboard.json");

  /** Where the alert rules live, relative to the project folder. */
  public static final Path ALERT_RULES =
      Path.of("server-config", "prometheus", "trialsage-alerts.yml");

  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "by", "without", "on", "ignoring", "bool", "offset", "inf");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

  private PromQlNames() {}

  /** The metric names in one expression: identifiers that are not functions, labels or keywords. */
  public static Set<String> metricNames(String expression) {
    String bare = STRING.matcher(expression).replaceAll(" ");
    bare = MATCHERS.matcher(bare).replaceAll(" ");
    bare = RANGE.matcher(bare).replaceAll(" ");
    bare = GROUPING.matcher(bare).replaceAll(" ");
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(bare);
    while (matcher.find()) {
      String name = matcher.group(1);
      boolean function = matcher.group(2) != null;
      if (!function && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        names.add(name);
      }
    }
    return names;
  }

  /** Every {@code expr} of the Grafana dashboard's panels. */
  public static List<String> dashboardExpressions(Path projectDir) throws IOException {
    List<String> expressions = new ArrayList<>();
    try (Reader file = Files.newBufferedReader(projectDir.resolve(DASHBOARD));
        JsonReader reader = Json.createReader(file)) {
      for (JsonValue panel : reader.readObject().getJsonArray("panels")) {
        JsonObject object = panel.asJsonObject();
        if (object.containsKey("targets")) {
          for (JsonValue target : object.getJsonArray("targets")) {
            expressions.add(target.asJsonObject().getString("expr"));
          }
        }
      }
    }
    return expressions;
  }

  /**
   * Every {@code expr} of the alert rules file: inline ({@code expr: x > 1}) or a literal block
   * ({@code expr: |} and the more indented lines after it).
   */
  public static List<String> alertExpressions(Path projectDir) throws IOException {
    List<String> lines = Files.readAllLines(projectDir.resolve(ALERT_RULES));
    List<String> expressions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (!stripped.startsWith("expr:")) {
        continue;
      }
      String value = stripped.substring("expr:".length()).strip();
      if (!value.startsWith("|") && !value.startsWith(">")) {
        expressions.add(value);
        continue;
      }
      int indent = line.indexOf("expr:");
      StringBuilder block = new StringBuilder();
      while (i + 1 < lines.size()
          && (lines.get(i + 1).isBlank() || indentOf(lines.get(i + 1)) > indent)) {
        block.append(lines.get(++i).strip()).append('\n');
      }
      expressions.add(block.toString().strip());
    }
    return expressions;
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }
}
