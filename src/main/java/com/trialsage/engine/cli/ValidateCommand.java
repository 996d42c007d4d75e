package com.trialsage.engine.cli;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.ct.CtFileReader;
import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.define.DefineXmlReader;
import com.trialsage.engine.model.InputFormatException;
import com.trialsage.engine.output.FindingsWriter;
import com.trialsage.engine.output.ResultFiles;
import com.trialsage.engine.output.RunDescription;
import com.trialsage.engine.output.SummaryWriter;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.rules.checks.StandardRules;
import com.trialsage.engine.run.CappedFindingSink;
import com.trialsage.engine.run.DatasetSource;
import com.trialsage.engine.run.DuplicateDatasetException;
import com.trialsage.engine.run.RunReport;
import com.trialsage.engine.run.ValidationRun;
import com.trialsage.engine.standard.Standard;
import com.trialsage.engine.standard.StandardLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code validate}: loads the reference data, runs every rule, writes the results. */
final class ValidateCommand {
  private final PrintStream err;
  private final Clock clock;
  private final DatasetOpener opener;

  ValidateCommand(PrintStream err, Clock clock, DatasetOpener opener) {
    this.err = err;
    this.clock = clock;
    this.opener = opener;
  }

  int execute(ValidateOptions options)
      throws UsageException, UnreadableInputException, IOException {
    List<Path> files = InputFiles.expand(options.inputs());
    ControlledTerminology ct = loadTerminology(options.ct());
    Optional<DefineDocument> define = loadDefine(options.define());
    Standard standard = StandardLibrary.load(options.version());
    RuleCatalog catalog = RuleCatalog.standard();

    ResultFiles results = new ResultFiles(options.out());
    boolean committed = false;
    try {
      RunReport report = run(options, files, ct, define, standard, catalog, results);
      writeSummary(options, ct, define, catalog, results, report);
      results.commit();
      committed = true;
      err.println(
          "validated "
              + report.datasets().size()
              + " datasets in "
              + report.elapsedMillis()
              + " ms; results in "
              + options.out());
      reportStartUp(report);
      return ExitCode.VALIDATED;
    } finally {
      if (!committed) {
        results.discard();
      }
    }
  }

  private RunReport run(
      ValidateOptions options,
      List<Path> files,
      ControlledTerminology ct,
      Optional<DefineDocument> define,
      Standard standard,
      RuleCatalog catalog,
      ResultFiles results)
      throws IOException, UsageException {
    List<DatasetSource> sources = new ArrayList<>();
    files.forEach(f -> sources.add(new FileDatasetSource(f, options.encoding(), opener)));
    ValidationRun run =
        new ValidationRun(
            catalog,
            StandardRules.all(),
            facts -> new StudyScope(standard, ct, define, facts),
            clock);
    try (OutputStream out = results.openFindings();
        FindingsWriter writer = new FindingsWriter(catalog, out)) {
      return run.execute(sources, new CappedFindingSink(writer, options.maxFindingsPerRule()));
    } catch (DuplicateDatasetException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private void writeSummary(
      ValidateOptions options,
      ControlledTerminology ct,
      Optional<DefineDocument> define,
      RuleCatalog catalog,
      ResultFiles results,
      RunReport report)
      throws IOException {
    RunDescription description =
        new RunDescription(
            "SDTMIG",
            options.version().text(),
            ct.version(),
            define.map(DefineDocument::fileName).orElse(""),
            EngineVersion.current(),
            options.maxFindingsPerRule());
    try (OutputStream out = results.openSummary()) {
      new SummaryWriter(catalog).write(description, report, out);
    }
  }

  private ControlledTerminology loadTerminology(Path file) throws UnreadableInputException {
    long startNanos = System.nanoTime();
    try {
      ControlledTerminology ct = CtFileReader.read(file);
      err.println(
          "loaded "
              + ct.termCount()
              + " CT terms from "
              + file.getFileName()
              + " in "
              + (System.nanoTime() - startNanos) / 1_000_000
              + " ms");
      return ct;
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read CT file " + describe(file, e), e);
    }
  }

  private Optional<DefineDocument> loadDefine(Optional<Path> file) throws UnreadableInputException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DefineXmlReader.read(file.get()));
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read define.xml " + describe(file.get(), e), e);
    }
  }

  static String describe(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return file + ": no such file";
    }
    if (e instanceof InputFormatException) {
      return e.getMessage();
    }
    return file + ": " + e.getMessage();
  }

  // Measured from the JVM's start, its boot included: what a caller waiting for results sees.
  private void reportStartUp(RunReport report) {
    if (report.firstRecordAt() == null) {
      return;
    }
    long startMillis = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    err.println(
        "first record read "
            + (report.firstRecordAt().toEpochMilli() - startMillis)
            + " ms after the process started");
  }
}
