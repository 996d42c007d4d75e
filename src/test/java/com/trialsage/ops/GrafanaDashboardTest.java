package com.trialsage.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.testing.PromQlNames;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard in {@code docs/grafana} imports cleanly: unique panel ids, panels inside
 * the 24-column grid without overlapping, every query on the dashboard's Prometheus data source
 * variable, every alert it names defined in the alert rules. That each metric it queries is
 * exported is checked against a running instance by {@code FoundationIT}.
 */
class GrafanaDashboardTest {
  private static JsonObject dashboard;

  @BeforeAll
  static void read() throws Exception {
    try (Reader file = Files.newBufferedReader(PromQlNames.DASHBOARD);
        JsonReader reader = Json.createReader(file)) {
      dashboard = reader.readObject();
    }
  }

  @Test
  void hasATitleAUidAndAPrometheusDataSourceVariable() {
    assertThat(dashboard.getString("title")).isEqualTo("TrialSage");
    assertThat(dashboard.getString("uid")).matches("[a-z0-9-]{1,40}");
    JsonObject variable =
        dashboard.getJsonObject("templating").getJsonArray("list").getJsonObject(0);
    assertThat(variable.getString("type")).isEqualTo("datasource");
    assertThat(variable.getString("query")).isEqualTo("prometheus");
  }

  @Test
  void panelsHaveUniqueIdsAndDoNotOverlapOnTheGrid() {
    Set<Integer> ids = new HashSet<>();
    List<int[]> boxes = new ArrayList<>();
    for (JsonObject panel : panels()) {
      assertThat(ids.add(panel.getInt("id"))).as("unique id %s", panel.getInt("id")).isTrue();
      JsonObject grid = panel.getJsonObject("gridPos");
      int x = grid.getInt("x");
      int y = grid.getInt("y");
      int w = grid.getInt("w");
      int h = grid.getInt("h");
      assertThat(x + w).as(panel.getString("title")).isLessThanOrEqualTo(24);
      for (int[] other : boxes) {
        boolean overlaps = x < other[0] + other[2] && other[0] < x + w;
        overlaps &= y < other[1] + other[3] && other[1] < y + h;
        assertThat(overlaps).as("%s overlaps another panel", panel.getString("title")).isFalse();
      }
      boxes.add(new int[] {x, y, w, h});
    }
  }

  @Test
  void everyQueryUsesTheDataSourceVariable() {
    List<JsonObject> queried =
        panels().stream().filter(p -> !p.getString("type").equals("row")).toList();

    assertThat(queried).hasSizeGreaterThan(20);
    for (JsonObject panel : queried) {
      assertThat(panel.getJsonObject("datasource").getString("uid")).isEqualTo("${datasource}");
      assertThat(panel.getJsonArray("targets")).as(panel.getString("title")).isNotEmpty();
      for (JsonValue target : panel.getJsonArray("targets")) {
        assertThat(target.asJsonObject().getString("expr")).isNotBlank();
      }
    }
  }

  @Test
  void everyAlertItNamesIsDefinedInTheAlertRules() throws Exception {
    String rules = Files.readString(PromQlNames.ALERT_RULES);
    Matcher alert = Pattern.compile("TrialSage[A-Z][A-Za-z]+").matcher(dashboard.toString());
    int named = 0;
    while (alert.find()) {
      named++;
      assertThat(rules).as("alert " + alert.group()).contains("- alert: " + alert.group() + "\n");
    }
    assertThat(named).isPositive();
  }

  private static List<JsonObject> panels() {
    return dashboard.getJsonArray("panels").stream().map(JsonValue::asJsonObject).toList();
  }
}
