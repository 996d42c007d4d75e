package com.trialsage.bench;

import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.read.xport.XportWriter;
import com.trialsage.engine.read.xport.XportWriter.Column;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes an SDTM LB-like SAS XPORT v5 file of about the size asked for, with realistic values and
 * some SAS missing codes, for the reader benchmark ({@code bench/engine-read.sh}).
 *
 * <p>Usage: {@code LbXportGenerator <output.xpt> <size in MB>}
 */
public final class LbXportGenerator {
  private static final long SEED = 20261203L;
  private static final int VISITS = 12;
  private static final int BUFFER_SIZE_IN_BYTES = 1 << 20;

  private static final List<Column> COLUMNS =
      List.of(
          text("STUDYID", "Study Identifier", 12),
          text("DOMAIN", "Domain Abbreviation", 2),
          text("USUBJID", "Unique Subject Identifier", 20),
          number("LBSEQ", "Sequence Number"),
          text("LBTESTCD", "Lab Test or Examination Short Name", 8),
          text("LBTEST", "Lab Test or Examination Name", 40),
          text("LBCAT", "Category for Lab Test", 20),
          text("LBORRES", "Result or Finding in Original Units", 20),
          text("LBORRESU", "Original Units", 10),
          text("LBORNRLO", "Reference Range Lower Limit in Orig Unit", 10),
          text("LBORNRHI", "Reference Range Upper Limit in Orig Unit", 10),
          text("LBSTRESC", "Character Result/Finding in Std Format", 20),
          number("LBSTRESN", "Numeric Result/Finding in Standard Units"),
          text("LBSTRESU", "Standard Units", 10),
          number("LBSTNRLO", "Reference Range Lower Limit-Std Units"),
          number("LBSTNRHI", "Reference Range Upper Limit-Std Units"),
          text("LBNRIND", "Reference Range Indicator", 8),
          text("LBBLFL", "Baseline Flag", 1),
          number("VISITNUM", "Visit Number"),
          text("VISIT", "Visit Name", 20),
          text("LBDTC", "Date/Time of Specimen Collection", 16),
          number("LBDY", "Study Day of Specimen Collection"));

  /** A lab test: code, name, category, unit, normal range. */
  private record LabTest(
      String code, String name, String category, String unit, double low, double high) {}

  private static final List<LabTest> TESTS =
      List.of(
          new LabTest("ALB", "Albumin", "CHEMISTRY", "g/L", 35, 46),
          new LabTest("ALP", "Alkaline Phosphatase", "CHEMISTRY", "U/L", 35, 115),
          new LabTest("ALT", "Alanine Aminotransferase", "CHEMISTRY", "U/L", 6, 34),
          new LabTest("AST", "Aspartate Aminotransferase", "CHEMISTRY", "U/L", 9, 34),
          new LabTest("BILI", "Bilirubin", "CHEMISTRY", "umol/L", 3.42, 20.52),
          new LabTest("CREAT", "Creatinine", "CHEMISTRY", "umol/L", 53, 115),
          new LabTest("GLUC", "Glucose", "CHEMISTRY", "mmol/L", 3.9, 6.1),
          new LabTest("K", "Potassium", "CHEMISTRY", "mmol/L", 3.4, 5.4),
          new LabTest("SODIUM", "Sodium", "CHEMISTRY", "mmol/L", 135, 145),
          new LabTest("HGB", "Hemoglobin", "HEMATOLOGY", "mmol/L", 7.45, 10.24),
          new LabTest("PLAT", "Platelet", "HEMATOLOGY", "10^9/L", 140, 400),
          new LabTest("WBC", "Leukocytes", "HEMATOLOGY", "10^9/L", 3.8, 10.7));

  private final Random random = new Random(SEED);
  private final LocalDate firstVisit = LocalDate.of(2024, 3, 4);

  private LbXportGenerator() {}

  private static Column text(String name, String label, int length) {
    return new Column(name, label, VariableType.CHAR, length);
  }

  private static Column number(String name, String label) {
    return new Column(name, label, VariableType.NUM, 8);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: LbXportGenerator <output.xpt> <size in MB>");
    }
    Path output = Path.of(args[0]);
    long sizeInBytes = Long.parseLong(args[1]) * 1_000_000L;
    long records = new LbXportGenerator().write(output, sizeInBytes);
    System.out.printf("wrote %s: %d records, %d bytes%n", output, records, Files.size(output));
  }

  private long write(Path output, long sizeInBytes) throws IOException {
    int observationLength = COLUMNS.stream().mapToInt(Column::length).sum();
    long records = Math.max(1, sizeInBytes / observationLength);
    try (OutputStream file =
            new BufferedOutputStream(Files.newOutputStream(output), BUFFER_SIZE_IN_BYTES);
        XportWriter writer = new XportWriter(file, StandardCharsets.US_ASCII)) {
      writer.startMember("LB", "Laboratory Test Results", COLUMNS, 140);
      long written = 0;
      for (int subject = 1; written < records; subject++) {
        written += writeSubject(writer, subject, records - written);
      }
      return written;
    }
  }

  /** One subject's lab results, visit by visit; returns how many records were written. */
  private long writeSubject(XportWriter writer, int subject, long remaining) throws IOException {
    String usubjid = String.format("CDISC01-%03d-%05d", subject % 700, subject);
    long sequence = 0;
    for (int visit = 1; visit <= VISITS; visit++) {
      for (LabTest test : TESTS) {
        if (sequence == remaining) {
          return sequence;
        }
        sequence++;
        writeResult(writer, usubjid, sequence, visit, test);
        writer.writeObservation();
      }
    }
    return sequence;
  }

  private void writeResult(
      XportWriter writer, String usubjid, long sequence, int visit, LabTest test) {
    writer.text(0, "CDISC01").text(1, "LB").text(2, usubjid).number(3, sequence);
    writer.text(4, test.code()).text(5, test.name()).text(6, test.category());
    writer.text(9, format(test.low())).text(10, format(test.high())).text(13, test.unit());
    writer.number(14, test.low()).number(15, test.high());
    writer.text(17, visit == 1 ? "Y" : "").number(18, visit).text(19, visitName(visit));
    LocalDate day = firstVisit.plusDays(14L * (visit - 1) + random.nextInt(3));
    writer.text(20, day + "T0" + (7 + random.nextInt(3)) + ":" + (10 + random.nextInt(50)));
    writer.number(21, 1 + 14 * (visit - 1));
    if (random.nextInt(50) == 0) {
      writeNotDone(writer);
      return;
    }
    double spread = test.high() - test.low();
    double result = hundredths(test.low() + spread / 2 + random.nextGaussian() * spread / 3);
    writer.text(7, format(result)).text(8, test.unit()).text(11, format(result));
    writer
        .number(12, result)
        .text(16, result < test.low() ? "LOW" : result > test.high() ? "HIGH" : "NORMAL");
  }

  /** Not done: no result, and SAS special missing codes where the reason is known. */
  private void writeNotDone(XportWriter writer) {
    writer.text(7, "").text(8, "").text(11, "").text(16, "");
    char code =
        switch (random.nextInt(3)) {
          case 0 -> 'N';
          case 1 -> '_';
          default -> '.';
        };
    writer.missing(12, code);
    if (random.nextBoolean()) {
      writer.missing(21, 'U');
    }
  }

  private static double hundredths(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String visitName(int visit) {
    return visit == 1 ? "SCREENING 1" : "WEEK " + 2 * (visit - 1);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
