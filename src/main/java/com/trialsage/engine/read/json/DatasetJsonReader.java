package com.trialsage.engine.read.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.trialsage.engine.model.DatasetMetadata;
import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.model.Record;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Reads a CDISC Dataset-JSON 1.1 file as a stream, in either of its forms: one JSON object whose
 * {@code rows} hold the records (.json), or NDJSON, the metadata object on the first line and one
 * JSON array per record on each further line (.ndjson, and .dsjc once decompressed).
 *
 * <p>The metadata must come before the rows, as Dataset-JSON 1.1 recommends for streaming: a file
 * whose {@code rows} precede its {@code columns} is rejected rather than held in memory.
 */
public final class DatasetJsonReader implements DatasetStream {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonFailures failures;
  private final JsonParser parser;
  private final DatasetJsonHeader header;
  private final JsonRowReader rows;
  private DatasetMetadata metadata;
  private boolean rowsInObject;
  private boolean started;
  private boolean ended;

  /**
   * @param in the file's (decompressed) bytes from its start, UTF-8; closed by {@link #close()}
   * @param fileName the file name, for messages
   * @param offsetNote appended to every error reason to say what the byte offsets count, for
   *     example {@code " (offsets count the decompressed data)"}; empty for a plain file
   */
  public DatasetJsonReader(InputStream in, String fileName, String offsetNote) throws IOException {
    Objects.requireNonNull(in, "in");
    this.failures =
        new JsonFailures(
            Objects.requireNonNull(fileName, "fileName"),
            Objects.requireNonNull(offsetNote, "offsetNote"));
    // Jackson reads the first bytes here, to guess the encoding: they may fail to decompress.
    this.parser = guarded(() -> JSON.createParser(in));
    failures.watch(parser);
    this.header = new DatasetJsonHeader(failures);
    this.rows = new JsonRowReader(parser, failures);
  }

  @Override
  public boolean nextDataset() throws IOException {
    if (started) {
      // Dataset-JSON holds one dataset per file.
      metadata = null;
      return false;
    }
    started = true;
    guarded(this::readMetadata);
    return true;
  }

  @Override
  public DatasetMetadata metadata() {
    if (metadata == null) {
      throw new IllegalStateException(
          "no current dataset: call nextDataset() and use metadata() only while it returns true");
    }
    return metadata;
  }

  @Override
  public Record nextRecord() throws IOException {
    if (metadata == null || ended) {
      return null;
    }
    Record record = guarded(this::readRow);
    if (record == null) {
      ended = true;
    }
    return record;
  }

  private Void readMetadata() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw failures.atToken(
          "a Dataset-JSON file starts with an object, found " + JsonFailures.describe(parser));
    }
    rowsInObject = readPropertiesUntilRows();
    if (rowsInObject && parser.nextToken() != JsonToken.START_ARRAY) {
      throw failures.atToken("\"rows\" must be an array, found " + JsonFailures.describe(parser));
    }
    header.checkComplete();
    metadata =
        new DatasetMetadata(header.name(), header.label(), header.variables(), failures.fileName());
    rows.start(metadata.variables(), header.kinds());
    return null;
  }

  /** Reads the metadata properties; true when it stopped at {@code rows}, false at the end. */
  private boolean readPropertiesUntilRows() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean atRows = "rows".equals(parser.currentName());
      if (atRows && !header.hasColumns()) {
        throw failures.atToken(
            "\"rows\" come before \"columns\"; Dataset-JSON 1.1 files must give the metadata"
                + " (columns) before the rows so that they can be read as a stream");
      }
      if (atRows) {
        return true;
      }
      header.readProperty(parser);
    }
    return false;
  }

  private Record readRow() throws IOException {
    JsonToken token = parser.nextToken();
    if (rowsInObject && token == JsonToken.END_ARRAY) {
      finishObject();
      return null;
    }
    if (!rowsInObject && token == null) {
      checkRecordCount();
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw failures.atToken(
          "expected row "
              + (rows.count() + 1)
              + " (an array), found "
              + JsonFailures.describe(parser));
    }
    return rows.read();
  }

  /** After the rows of a .json object: the remaining properties, then nothing but whitespace. */
  private void finishObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String property = parser.currentName();
      if (property.equals("rows") || property.equals("columns")) {
        throw failures.atToken("\"" + property + "\" appears again after the rows");
      }
      header.readProperty(parser);
    }
    if (parser.nextToken() != null) {
      throw failures.atToken(
          "content follows the Dataset-JSON object: " + JsonFailures.describe(parser));
    }
    checkRecordCount();
  }

  private void checkRecordCount() throws InputFormatException {
    long declared = header.declaredRecords();
    if (declared >= 0 && declared != rows.count()) {
      throw failures.atToken(
          "\"records\" says " + declared + " but the file holds " + rows.count() + " rows");
    }
  }

  private interface JsonStep<T> {
    T run() throws IOException;
  }

  /** Runs a step, turning Jackson's and the decompressor's errors into InputFormatException. */
  private <T> T guarded(JsonStep<T> step) throws IOException {
    try {
      return step.run();
    } catch (JsonProcessingException e) {
      throw failures.brokenJson(e);
    } catch (ZipException | EOFException e) {
      throw failures.brokenCompression(e);
    } catch (CharConversionException e) {
      // Jackson guesses UTF-16 or UTF-32 from the first bytes and fails on them later.
      throw failures.notUtf8(e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
