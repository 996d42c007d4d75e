package com.trialsage.engine.read;

import com.trialsage.engine.model.DatasetStream;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.read.json.DatasetJsonReader;
import com.trialsage.engine.read.xport.XportReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/** Opens a dataset file of any supported format, recognised by its content. */
public final class DatasetFiles {
  private static final String DECOMPRESSED_NOTE = " (byte offsets count the decompressed data)";

  private DatasetFiles() {}

  /**
   * Opens {@code file} for streaming: SAS XPORT version 5, or Dataset-JSON 1.1 as JSON, NDJSON or
   * compressed NDJSON (DSJC, zlib or gzip), whatever the file's extension.
   *
   * @param charset the encoding of XPORT character data, or {@code null} to detect it per value
   *     (UTF-8 when valid, else Windows-1252)
   * @throws InputFormatException when the content is not a dataset format the engine reads
   */
  public static DatasetStream open(Path file, Charset charset) throws IOException {
    Objects.requireNonNull(file, "file");
    InputStream in = Files.newInputStream(file);
    try {
      return open(in, String.valueOf(file.getFileName()), charset);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a dataset held in a stream, as {@link #open(Path, Charset)} does a file.
   *
   * @param in the bytes from the start of the file; closed with the returned stream
   * @param fileName the name to give in messages
   */
  public static DatasetStream open(InputStream in, String fileName, Charset charset)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    BufferedInputStream buffered = new BufferedInputStream(in, FormatSignature.PREFIX_LENGTH);
    FormatSignature signature = FormatSignature.read(buffered);
    return switch (signature.format()) {
      case XPORT -> new XportReader(buffered, fileName, charset);
      case JSON -> new DatasetJsonReader(buffered, fileName, "");
      case GZIP -> new DatasetJsonReader(gunzip(buffered, fileName), fileName, DECOMPRESSED_NOTE);
      case ZLIB ->
          new DatasetJsonReader(new InflaterInputStream(buffered), fileName, DECOMPRESSED_NOTE);
      case UNKNOWN -> throw new InputFormatException(fileName, 0, signature.description());
    };
  }

  private static InputStream gunzip(InputStream in, String fileName) throws IOException {
    try {
      return new GZIPInputStream(in);
    } catch (ZipException | EOFException e) {
      throw new InputFormatException(
          fileName, 0, "the gzip header is corrupt or cut short (" + e.getMessage() + ")");
    }
  }
}
