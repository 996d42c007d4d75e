package com.trialsage.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One start of the engine: the run folder (its only writable place), the command, the files it
 * reads outside the system folders, its whole environment, and where it writes its results.
 */
record EngineCall(
    Path folder,
    List<String> command,
    List<Path> readOnly,
    Map<String, String> environment,
    Path outputFolder,
    RunControl control) {}
