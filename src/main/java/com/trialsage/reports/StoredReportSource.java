package com.trialsage.reports;

import com.trialsage.runs.Finding;
import com.trialsage.runs.RunInput;
import com.trialsage.runs.RunRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A finished run's report content, read from its record: the run row, the engine summary stored
 * with it (datasets and the catalog that ran), and its findings through a server-side cursor so
 * that millions of them stream in bounded memory.
 */
final class StoredReportSource implements ReportSource {
  private static final int FETCH_ROWS = 2000;
  private static final int MAX_TEXT = 4000;

  private final DataSource dataSource;
  private final RunRow run;
  private final JsonObject summary;

  StoredReportSource(DataSource dataSource, RunRow run) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.run = Objects.requireNonNull(run, "run");
    if (run.summaryJson() == null) {
      throw new IllegalArgumentException("run " + run.id() + " has no engine summary");
    }
    try (JsonReader reader = Json.createReader(new StringReader(run.summaryJson()))) {
      this.summary = reader.readObject();
    }
  }

  @Override
  public RunInfo run() {
    List<InputFile> inputs = new ArrayList<>();
    for (RunInput input : run.inputs()) {
      inputs.add(
          new InputFile(input.fileName(), input.format(), input.sizeBytes(), input.sha256()));
    }
    return new RunInfo(
        run.id(),
        run.tenant(),
        run.state().name(),
        run.failureReason(),
        run.standard(),
        run.standardVersion(),
        text(summary, "controlledTerminology", run.ctVersion()),
        run.engineVersion(),
        run.catalogSha256(),
        text(summary, "define", null),
        run.createdAt(),
        run.startedAt(),
        run.finishedAt(),
        run.findingsTotal() == null ? 0 : run.findingsTotal(),
        run.findingsStored() == null ? 0 : run.findingsStored(),
        List.copyOf(inputs));
  }

  @Override
  public List<DatasetInfo> datasets() {
    List<DatasetInfo> datasets = new ArrayList<>();
    for (JsonValue value : summary.getJsonArray("datasets")) {
      JsonObject dataset = value.asJsonObject();
      datasets.add(
          new DatasetInfo(
              text(dataset, "name", ""),
              dataset.getJsonNumber("records").longValue(),
              text(dataset, "sourceFile", "")));
    }
    return List.copyOf(datasets);
  }

  // The engine writes each rule's catalog entry into its summary; an engine that honours only the
  // older contract leaves the texts out, and the report shows them empty rather than guessed.
  @Override
  public List<RuleInfo> rules() {
    List<RuleInfo> rules = new ArrayList<>();
    for (JsonValue value : summary.getJsonArray("rules")) {
      JsonObject rule = value.asJsonObject();
      rules.add(
          new RuleInfo(
              text(rule, "id", ""),
              text(rule, "p21Id", ""),
              text(rule, "fdaId", ""),
              text(rule, "cdiscId", ""),
              text(rule, "coreId", ""),
              text(rule, "severity", ""),
              text(rule, "message", ""),
              text(rule, "description", "")));
    }
    return List.copyOf(rules);
  }

  @Override
  public List<RuleCount> counts() {
    String sql =
        "SELECT rule_id, severity, dataset, count(*) FROM findings"
            + " WHERE tenant_id = ? AND run_id = ? GROUP BY rule_id, severity, dataset"
            + " ORDER BY dataset NULLS FIRST, rule_id, severity";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, run.tenant());
      select.setObject(2, run.id());
      List<RuleCount> counts = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          counts.add(
              new RuleCount(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)));
        }
      }
      return List.copyOf(counts);
    } catch (SQLException e) {
      throw new IllegalStateException("counting the findings of run " + run.id() + " failed", e);
    }
  }

  @Override
  public FindingCursor findings() throws IOException {
    try {
      return new DatabaseCursor(dataSource.getConnection());
    } catch (SQLException e) {
      throw new IOException("reading the findings of run " + run.id() + " failed", e);
    }
  }

  private static String text(JsonObject object, String name, String fallback) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
      return fallback;
    }
    String text = object.getString(name);
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** PostgreSQL streams a result set only inside a transaction with a fetch size set. */
  private final class DatabaseCursor implements FindingCursor {
    private final Connection connection;
    private final PreparedStatement select;
    private final ResultSet rows;
    private Finding next;

    DatabaseCursor(Connection connection) throws IOException {
      this.connection = connection;
      try {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        select =
            connection.prepareStatement(
                "SELECT rule_id, severity, dataset, record_number, usubjid, variable, value,"
                    + " message FROM findings WHERE tenant_id = ? AND run_id = ?"
                    + " ORDER BY dataset NULLS FIRST, record_number NULLS FIRST, rule_id, id");
        select.setFetchSize(FETCH_ROWS);
        select.setString(1, run.tenant());
        select.setObject(2, run.id());
        rows = select.executeQuery();
      } catch (SQLException e) {
        closeQuietly();
        throw new IOException("reading the findings of run " + run.id() + " failed", e);
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = rows.next() ? map(rows) : null;
        } catch (SQLException e) {
          throw new IllegalStateException("reading the findings of run " + run.id() + " failed", e);
        }
      }
      return next != null;
    }

    @Override
    public Finding next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Finding finding = next;
      next = null;
      return finding;
    }

    private static Finding map(ResultSet row) throws SQLException {
      return new Finding(
          row.getString(1),
          row.getString(2),
          row.getString(3),
          (Long) row.getObject(4),
          row.getString(5),
          row.getString(6),
          row.getString(7),
          row.getString(8));
    }

    @Override
    public void close() throws IOException {
      try {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        throw new IOException("closing the findings cursor of run " + run.id() + " failed", e);
      } finally {
        closeQuietly();
      }
    }

    private void closeQuietly() {
      try {
        connection.close();
      } catch (SQLException e) {
        // The pool discards a connection it cannot close; nothing is left to release here.
      }
    }
  }
}
