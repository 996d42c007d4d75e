package com.trialsage.runs;

import com.trialsage.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Pages through one run's stored findings, in storage order, with optional filters. */
@ApplicationScoped
public class FindingsQuery {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** The filters; null means any. {@code after} is the last id of the previous page. */
  public record Filter(
      String rule, String dataset, String severity, String subject, long after, int limit) {}

  /** A stored finding with its id (the paging cursor). */
  public record Row(long id, Finding finding) {}

  public List<Row> page(String tenant, UUID run, Filter filter) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, rule_id, severity, dataset, record_number, usubjid, variable, value,"
                + " message FROM findings WHERE run_id = ? AND tenant_id = ? AND id > ?");
    List<Object> values = new ArrayList<>(List.of(run, tenant, filter.after()));
    add(sql, values, "rule_id", filter.rule());
    add(sql, values, "dataset", filter.dataset());
    add(sql, values, "severity", filter.severity());
    add(sql, values, "usubjid", filter.subject());
    sql.append(" ORDER BY id LIMIT ?");
    values.add(filter.limit());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        select.setObject(i + 1, values.get(i));
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new Row(
                  row.getLong(1),
                  new Finding(
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      (Long) row.getObject(5),
                      row.getString(6),
                      row.getString(7),
                      row.getString(8),
                      row.getString(9))));
        }
      }
      return rows;
    }
  }

  private static void add(StringBuilder sql, List<Object> values, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      values.add(value);
    }
  }
}
