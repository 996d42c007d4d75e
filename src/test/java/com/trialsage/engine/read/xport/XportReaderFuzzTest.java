package com.trialsage.engine.read.xport;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.read.ReadEverything;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes must end in a normal read or an InputFormatException: no other exception, no hang, no
 * OutOfMemoryError. Without JAZZER_FUZZ=1 this replays the inputs in XportReaderFuzzTestInputs.
 */
class XportReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readsAnyBytesOrRejectsThemAsMalformed(byte[] file) throws IOException {
    try {
      ReadEverything.of(new XportReader(new ByteArrayInputStream(file), "fuzz.xpt", null));
    } catch (InputFormatException expected) {
      // A malformed file is rejected with a message: that is the wanted outcome.
    }
  }
}
