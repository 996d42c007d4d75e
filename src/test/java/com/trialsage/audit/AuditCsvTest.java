package com.trialsage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static AuditEvent event(String subject, String reason, String newValue) {
    return new AuditEvent(
        7,
        "acme",
        Instant.parse("2026-03-01T10:15:30.123456Z"),
        subject,
        "upload.deleted",
        "upload",
        "u-1",
        null,
        newValue,
        reason,
        "r-1",
        "a".repeat(64),
        null);
  }

  private static byte[] csvOf(AuditEvent event) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AuditCsv csv = AuditCsv.startOn(bytes);
    csv.write(event);
    csv.flush();
    return bytes.toByteArray();
  }

  @Test
  void startsWithAByteOrderMarkAndAHeaderEndingInCrLf() throws IOException {
    byte[] csv = csvOf(event("alice", null, null));

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8))
        .startsWith(
            "\uFEFFid,occurredAt,subject,action,objectType,objectId,oldValue,newValue,reason,"
                + "requestId,hash,previousHash\r\n");
  }

  @Test
  void writesARowWithEmptyCellsForNulls() throws IOException {
    String csv = new String(csvOf(event("alice", null, null)), StandardCharsets.UTF_8);

    assertThat(csv.split("\r\n", -1)[1])
        .isEqualTo(
            "7,2026-03-01T10:15:30.123456Z,alice,upload.deleted,upload,u-1,,,,r-1,"
                + "a".repeat(64)
                + ",");
  }

  @Test
  void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertThat(AuditCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditCsv.field("plain é")).isEqualTo("plain é");
  }

  @Test
  void neutralisesCellsASpreadsheetWouldEvaluate() {
    assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AuditCsv.field("+1")).isEqualTo("'+1");
    assertThat(AuditCsv.field("-1")).isEqualTo("'-1");
    assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditCsv.field("\tcmd")).isEqualTo("'\tcmd");
    assertThat(AuditCsv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(AuditCsv.field("a=b")).isEqualTo("a=b");
  }

  @Test
  void writesJsonValuesInTheirCanonicalForm() throws IOException {
    String csv =
        new String(
            csvOf(event("alice", null, "{\"size\": 10, \"name\": \"dm.xpt\"}")),
            StandardCharsets.UTF_8);

    assertThat(csv).contains(",\"{\"\"name\"\":\"\"dm.xpt\"\",\"\"size\"\":10}\",");
  }
}
