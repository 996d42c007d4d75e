package com.trialsage.engine.cli;

/** The engine's documented exit codes. */
public final class ExitCode {
  /** The datasets were validated, with or without findings. */
  public static final int VALIDATED = 0;

  /** The command line is wrong; a one-line message on stderr says what. */
  public static final int USAGE = 2;

  /** An input file (dataset, CT or define.xml) cannot be read; stderr names it and why. */
  public static final int UNREADABLE_INPUT = 3;

  /** The engine failed; stderr has a short message, no results were written. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCode() {}
}
