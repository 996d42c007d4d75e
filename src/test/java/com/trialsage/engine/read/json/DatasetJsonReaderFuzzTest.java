package com.trialsage.engine.read.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.read.DatasetFiles;
import com.trialsage.engine.read.ReadEverything;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes must end in a normal read or an InputFormatException: no other exception, no hang, no
 * OutOfMemoryError. Without JAZZER_FUZZ=1 this replays the inputs in
 * DatasetJsonReaderFuzzTestInputs.
 */
class DatasetJsonReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readsAnyJsonOrNdjsonOrRejectsItAsMalformed(byte[] file) throws IOException {
    try {
      ReadEverything.of(new DatasetJsonReader(new ByteArrayInputStream(file), "fuzz.json", ""));
    } catch (InputFormatException expected) {
      // A malformed file is rejected with a message: that is the wanted outcome.
    }
  }

  @FuzzTest(maxDuration = "5m")
  void opensAnyBytesOrRejectsThemAsMalformed(byte[] file) throws IOException {
    try {
      ReadEverything.of(DatasetFiles.open(new ByteArrayInputStream(file), "fuzz", null));
    } catch (InputFormatException expected) {
      // A malformed file is rejected with a message: that is the wanted outcome.
    }
  }
}
