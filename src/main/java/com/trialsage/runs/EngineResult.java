package com.trialsage.runs;

import com.trialsage.sandbox.Outcome;

/**
 * What an engine call gave back when it did not fail as infrastructure: either validated output
 * (summary checked, findings file checked line by line) or the engine's refusal of an input.
 *
 * @param summary null when the engine refused an input
 * @param findings the number of finding lines, all parsed once
 * @param inputProblem the engine's words about the unreadable input, or null
 */
record EngineResult(Outcome outcome, EngineSummary summary, long findings, String inputProblem) {
  boolean inputRejected() {
    return inputProblem != null;
  }
}
