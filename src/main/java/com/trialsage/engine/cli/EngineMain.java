package com.trialsage.engine.cli;

import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.read.DatasetFiles;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Entry point of {@code trialsage-engine.jar}.
 *
 * <pre>
 * validate --standard sdtmig --version 3.2|3.3|3.4 --ct FILE [--define FILE]
 *          [--encoding utf-8|latin1|cp1252] [--max-findings-per-rule N] --out DIR FILES-OR-FOLDERS...
 * list-rules [--format text|json]
 * help | --help | -h
 * --version
 * </pre>
 *
 * <p>Exit codes: {@value ExitCode#VALIDATED} validated (with or without findings); {@value
 * ExitCode#USAGE} usage error, a one-line message on stderr; {@value ExitCode#UNREADABLE_INPUT} an
 * input file (dataset, CT, define.xml) cannot be read, the message names the file, the byte offset
 * and why; {@value ExitCode#INTERNAL_ERROR} internal error, a short message on stderr.
 *
 * <p>The engine runs as a child process of the service: stdout carries only what {@code help},
 * {@code --version} and {@code list-rules} print; progress and logs go to stderr; files are written
 * only into {@code --out}, as {@code findings.ndjson} and {@code summary.json}, renamed into place
 * when complete.
 */
public final class EngineMain {
  private static final String HINT = " (see --help)";

  private EngineMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns the exit code; never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, DatasetFiles::open);
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, reading datasets with {@code opener}. */
  static int run(String[] args, PrintStream out, PrintStream err, DatasetOpener opener) {
    logTo(err);
    List<String> list = Arrays.asList(args);
    try {
      return dispatch(list, out, err, opener);
    } catch (UsageException e) {
      err.println("trialsage-engine: " + e.getMessage() + HINT);
      return ExitCode.USAGE;
    } catch (UnreadableInputException e) {
      err.println("trialsage-engine: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    } catch (InputFormatException e) {
      err.println("trialsage-engine: cannot read " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    } catch (Exception | Error e) {
      Logger.getLogger(EngineMain.class.getName()).log(Level.FINE, "internal error", e);
      err.println(
          "trialsage-engine: internal error: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
      return ExitCode.INTERNAL_ERROR;
    }
  }

  private static int dispatch(
      List<String> args, PrintStream out, PrintStream err, DatasetOpener opener) throws Exception {
    if (args.isEmpty()) {
      throw new UsageException("no command given");
    }
    List<String> rest = args.subList(1, args.size());
    return switch (args.get(0)) {
      case "help", "--help", "-h" -> {
        out.print(HelpText.TEXT);
        yield ExitCode.VALIDATED;
      }
      case "--version" -> {
        out.println("trialsage-engine " + EngineVersion.current());
        yield ExitCode.VALIDATED;
      }
      case "list-rules" -> new ListRulesCommand(out).execute(rest);
      case "validate" ->
          new ValidateCommand(err, Clock.systemUTC(), opener).execute(ValidateOptions.parse(rest));
      default -> throw new UsageException("unknown command " + args.get(0));
    };
  }

  /** Logs go to stderr, one line each, so stdout stays clean for the calling service. */
  private static void logTo(PrintStream err) {
    Logger root = Logger.getLogger("com.trialsage.engine");
    root.setUseParentHandlers(false);
    for (Handler h : root.getHandlers()) {
      root.removeHandler(h);
    }
    Formatter oneLine =
        new Formatter() {
          @Override
          public String format(LogRecord r) {
            return r.getLevel() + " " + r.getLoggerName() + ": " + formatMessage(r) + "\n";
          }
        };
    root.addHandler(
        new StreamHandler(err, oneLine) {
          @Override
          public synchronized void publish(LogRecord r) {
            super.publish(r);
            flush();
          }
        });
  }
}
