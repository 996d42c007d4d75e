package com.trialsage.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The NCI CDISC controlled terminology versions installed for runs: files named {@code SDTM
 * Terminology <yyyy-mm-dd>.txt} (as NCI EVS publishes them) in one folder. A run names the version
 * by its date.
 */
public final class ControlledTerminology {
  private static final Pattern FILE =
      Pattern.compile("SDTM Terminology (\\d{4}-\\d{2}-\\d{2})\\.txt");
  private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Path folder;

  public ControlledTerminology(Path folder) {
    this.folder = folder;
  }

  /** The installed versions, newest first; empty when the folder is missing. */
  public List<String> versions() {
    List<String> versions = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return versions;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> FILE.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .forEach(match -> versions.add(match.group(1)));
    } catch (IOException e) {
      return versions;
    }
    versions.sort(java.util.Comparator.reverseOrder());
    return versions;
  }

  /** The file of {@code version} when it is installed and readable. */
  public Optional<Path> file(String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    Path file = folder.resolve("SDTM Terminology " + version + ".txt");
    return Files.isRegularFile(file) && Files.isReadable(file)
        ? Optional.of(file)
        : Optional.empty();
  }
}
