package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.testing.MigratedDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Canonical JSON must stay byte for byte what Parsson wrote when the rows already in the trail were
 * hashed, and must come back unchanged from PostgreSQL's jsonb rendering.
 */
class CanonicalJsonTest {
  private static final String AWKWARD =
      "quote \" backslash \\ slash / tab \t cr \r lf \n bell \u0007 unit \u001f del \u007f"
          + " é 中 😀 \u2028";

  private static Map<String, Object> awkwardValue() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("zeta", 9_007_199_254_740_993L);
    value.put("alpha", Map.of("b", true, "a", false));
    value.put("text " + AWKWARD, AWKWARD);
    value.put("list", Arrays.asList(1, "two", null, List.of(), Map.of()));
    value.put("Upper", -12);
    value.put("nothing", null);
    value.put("double", 1.5);
    return value;
  }

  @Test
  void writesWhatParssonWrites() {
    Map<String, Object> value = awkwardValue();

    String ours = CanonicalJson.of(value);

    assertThat(ours).isEqualTo(parssonCanonical(value));
  }

  @Test
  void readsBackPostgresJsonbRenderingIntoTheSameForm() throws SQLException {
    String canonical = CanonicalJson.of(awkwardValue());

    String rendered = throughJsonb(canonical);

    assertThat(rendered).isNotEqualTo(canonical);
    assertThat(CanonicalJson.canonicalise(rendered)).isEqualTo(canonical);
  }

  @Test
  void keepsNumbersAsWritten() {
    String json = "{\"b\": 1.50, \"a\": [-0, 2e3]}";

    String canonical = CanonicalJson.canonicalise(json);

    assertThat(canonical).isEqualTo("{\"a\":[-0,2e3],\"b\":1.50}");
  }

  @Test
  void refusesTextThatIsNotOneJsonValue() {
    assertThatThrownBy(() -> CanonicalJson.canonicalise("{\"a\": 1} x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> CanonicalJson.canonicalise("{\"a\": "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String throughJsonb(String json) throws SQLException {
    try (Connection connection = MigratedDatabase.dataSource().getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT CAST(? AS jsonb)::text")) {
      query.setString(1, json);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /** How AuditHash wrote JSON before it stopped using jakarta.json. */
  @SuppressWarnings("unchecked")
  private static Object parsson(Object value) {
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      new TreeMap<>((Map<String, Object>) map)
          .forEach(
              (key, member) -> {
                Object json = parsson(member);
                if (json == null) {
                  object.addNull(key);
                } else if (json instanceof jakarta.json.JsonValue jsonValue) {
                  object.add(key, jsonValue);
                }
              });
      return object.build();
    }
    if (value instanceof List<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(
          item -> {
            Object json = parsson(item);
            if (json == null) {
              array.addNull();
            } else {
              array.add((jakarta.json.JsonValue) json);
            }
          });
      return array.build();
    }
    if (value == null) {
      return null;
    }
    if (value instanceof Long || value instanceof Integer) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
    }
    return Json.createValue(String.valueOf(value));
  }

  private static String parssonCanonical(Map<String, Object> value) {
    return parsson(value).toString();
  }
}
