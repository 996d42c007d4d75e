package com.trialsage.bench;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.Record;
import com.trialsage.engine.model.Variable;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.DatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads every value of every record of a dataset file, as a rule pass would, and prints the
 * throughput: numbers with {@code number()}, character values with {@code text()}.
 *
 * <p>Usage: {@code ReadBenchmark <file>}
 */
public final class ReadBenchmark {
  private ReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ReadBenchmark <file>");
    }
    Path file = Path.of(args[0]);
    long startNanos = System.nanoTime();
    long records = 0;
    long checksum = 0;
    try (DatasetStream in = DatasetFiles.open(file, null)) {
      while (in.nextDataset()) {
        List<Variable> variables = in.metadata().variables();
        boolean[] numeric = new boolean[variables.size()];
        for (int i = 0; i < numeric.length; i++) {
          numeric[i] = variables.get(i).type() == VariableType.NUM;
        }
        for (Record r = in.nextRecord(); r != null; r = in.nextRecord()) {
          records++;
          checksum += readValues(r, numeric);
        }
      }
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double megabytes = Files.size(file) / 1e6;
    System.out.printf(
        "trialsage reader: %d records, %.1f MB in %.2f s = %.1f MB/s (checksum %d)%n",
        records, megabytes, seconds, megabytes / seconds, checksum);
  }

  private static long readValues(Record r, boolean[] numeric) {
    long checksum = 0;
    for (int column = 0; column < numeric.length; column++) {
      if (numeric[column]) {
        double value = r.number(column);
        checksum += Double.isNaN(value) ? r.missingCode(column) : (long) value;
      } else {
        checksum += r.text(column).length();
      }
    }
    return checksum;
  }
}
