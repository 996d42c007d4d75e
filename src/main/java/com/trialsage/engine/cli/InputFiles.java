package com.trialsage.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the dataset files to validate. */
final class InputFiles {
  private static final List<String> EXTENSIONS = List.of(".xpt", ".json", ".ndjson", ".dsjc");

  private InputFiles() {}

  /**
   * Each folder becomes its dataset files (by extension, sorted by name; not recursive); files are
   * taken as given.
   *
   * @throws UsageException when two files would hold the same dataset (same name without extension,
   *     e.g. ae.xpt and ae.json), or a folder holds no dataset file
   * @throws UnreadableInputException when a path does not exist or a folder cannot be listed
   */
  static List<Path> expand(List<Path> paths) throws UsageException, UnreadableInputException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(datasetFilesIn(path));
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new UnreadableInputException(path + ": no such file or folder", null);
      }
    }
    rejectSameDatasetTwice(files);
    return files;
  }

  private static List<Path> datasetFilesIn(Path folder)
      throws UsageException, UnreadableInputException {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> files =
          entries.filter(Files::isRegularFile).filter(InputFiles::isDatasetFile).sorted().toList();
      if (files.isEmpty()) {
        throw new UsageException(folder + " holds no .xpt, .json, .ndjson or .dsjc file");
      }
      return files;
    } catch (IOException e) {
      throw new UnreadableInputException(folder + ": cannot list the folder: " + e.getMessage(), e);
    }
  }

  static boolean isDatasetFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static void rejectSameDatasetTwice(List<Path> files) throws UsageException {
    Map<String, Path> byDataset = new HashMap<>();
    for (Path file : files) {
      Path earlier = byDataset.putIfAbsent(datasetNameOf(file), file);
      if (earlier != null) {
        throw new UsageException(
            earlier + " and " + file + " hold the same dataset; give one form of each dataset");
      }
    }
  }

  private static String datasetNameOf(Path file) {
    String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
