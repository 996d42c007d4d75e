package com.trialsage.engine.testing;

import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.run.DatasetSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset held in memory as text, for tests: numeric columns are parsed and written back in the
 * readers' shortest form ({@code 2.0} reads as {@code 2}).
 */
public final class InMemoryDataset implements DatasetSource {
  private final DatasetMetadata metadata;
  private final List<String[]> rows;

  public InMemoryDataset(DatasetMetadata metadata, List<String[]> rows) {
    this.metadata = metadata;
    this.rows = List.copyOf(rows);
  }

  /**
   * Starts a dataset whose variables are declared with {@link Builder#chr} and {@link Builder#num}.
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  public DatasetMetadata metadata() {
    return metadata;
  }

  @Override
  public String sourceName() {
    return metadata.name().toLowerCase(java.util.Locale.ROOT) + ".test";
  }

  @Override
  public DatasetStream open() {
    return new Stream();
  }

  private final class Stream implements DatasetStream {
    private boolean started;
    private int next;

    @Override
    public boolean nextDataset() {
      if (started) {
        return false;
      }
      started = true;
      return true;
    }

    @Override
    public DatasetMetadata metadata() {
      return metadata;
    }

    @Override
    public Record nextRecord() {
      if (next >= rows.size()) {
        return null;
      }
      next++;
      return new TextRecord(next, rows.get(next - 1));
    }

    @Override
    public void close() {}
  }

  private final class TextRecord implements Record {
    private final long number;
    private final String[] cells;

    TextRecord(long number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }

    @Override
    public long number() {
      return number;
    }

    @Override
    public boolean isMissing(int column) {
      return raw(column).isBlank();
    }

    @Override
    public String text(int column) {
      String raw = raw(column);
      if (metadata.variables().get(column).type() == VariableType.NUM && !raw.isBlank()) {
        return shortest(raw.trim());
      }
      return raw.stripTrailing();
    }

    @Override
    public double number(int column) {
      if (metadata.variables().get(column).type() != VariableType.NUM) {
        throw new IllegalStateException(metadata.variables().get(column).name() + " is character");
      }
      try {
        return isMissing(column) ? Double.NaN : Double.parseDouble(raw(column).trim());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }

    @Override
    public char missingCode(int column) {
      boolean numeric = metadata.variables().get(column).type() == VariableType.NUM;
      return numeric && isMissing(column) ? '.' : 0;
    }

    private String raw(int column) {
      return column < cells.length && cells[column] != null ? cells[column] : "";
    }
  }

  private static String shortest(String number) {
    try {
      BigDecimal value = new BigDecimal(number).stripTrailingZeros();
      return value.signum() == 0 ? "0" : value.toPlainString();
    } catch (NumberFormatException e) {
      return number;
    }
  }

  /** Declares variables and rows. */
  public static final class Builder {
    private final String name;
    private String label = "";
    private final List<Variable> variables = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder label(String datasetLabel) {
      this.label = datasetLabel;
      return this;
    }

    public Builder chr(String variable) {
      return variable(variable, "", VariableType.CHAR, 200);
    }

    public Builder num(String variable) {
      return variable(variable, "", VariableType.NUM, 8);
    }

    public Builder variable(String variable, String varLabel, VariableType type, int length) {
      variables.add(new Variable(variable, varLabel, type, length, variables.size()));
      return this;
    }

    public Builder row(String... cells) {
      rows.add(cells);
      return this;
    }

    public InMemoryDataset build() {
      return new InMemoryDataset(new DatasetMetadata(name, label, variables, "test"), rows);
    }
  }
}
