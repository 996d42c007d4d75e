package com.trialsage.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The output folder: results are written to {@code .tmp} files and renamed into place by {@link
 * #commit()}, so a crashed run leaves no half-written {@code findings.ndjson} or {@code
 * summary.json}.
 */
public final class ResultFiles {
  public static final String FINDINGS = "findings.ndjson";
  public static final String SUMMARY = "summary.json";

  private final Path directory;

  public ResultFiles(Path directory) throws IOException {
    this.directory = directory;
    Files.createDirectories(directory);
    Files.deleteIfExists(temporary(FINDINGS));
    Files.deleteIfExists(temporary(SUMMARY));
  }

  public OutputStream openFindings() throws IOException {
    return Files.newOutputStream(temporary(FINDINGS));
  }

  public OutputStream openSummary() throws IOException {
    return Files.newOutputStream(temporary(SUMMARY));
  }

  /** Moves both files into place; the summary last, so its presence means the run completed. */
  public void commit() throws IOException {
    move(FINDINGS);
    move(SUMMARY);
  }

  /** Removes the temporary files of a run that did not complete. */
  public void discard() throws IOException {
    Files.deleteIfExists(temporary(FINDINGS));
    Files.deleteIfExists(temporary(SUMMARY));
  }

  private void move(String name) throws IOException {
    try {
      Files.move(
          temporary(name),
          directory.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary(name), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path temporary(String name) {
    return directory.resolve(name + ".tmp");
  }
}
