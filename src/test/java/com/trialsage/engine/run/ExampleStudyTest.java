package com.trialsage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.ct.CtFileReader;
import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.define.DefineXmlReader;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.rules.checks.StandardRules;
import com.trialsage.engine.standard.SdtmigVersion;
import com.trialsage.engine.standard.StandardLibrary;
import com.trialsage.engine.testing.DatasetJsonFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs every rule on CDISC's Dataset-JSON example study (SDTMIG 3.3) with its define.xml. */
class ExampleStudyTest {
  private static final Path STUDY =
      Path.of(System.getProperty("trialsage.shared.data"), "datasetjson/sdtm");

  @Test
  void everyRuleRunsOnTheExampleStudyWithoutError() throws Exception {
    List<Finding> findings = new ArrayList<>();

    RunReport report = validate(findings);

    assertThat(report.outcomes().values())
        .allSatisfy(o -> assertThat(o.status()).isNotEqualTo(RuleOutcome.Status.ERROR));
    assertThat(report.datasets()).hasSize(28);
  }

  @Test
  void metadataRulesRaiseNothingOnCdiscsOwnExampleStudy() throws Exception {
    List<Finding> findings = new ArrayList<>();

    validate(findings);

    // The study and its define.xml come from CDISC: any metadata or date-format finding here
    // would be a false positive of the engine's metadata or ISO 8601 parser.
    assertThat(findings).filteredOn(f -> METADATA_RULES.contains(f.ruleId().value())).isEmpty();
  }

  @Test
  void crossDatasetRulesFindTheirReferenceDatasetsAlreadyRead() throws Exception {
    List<Finding> findings = new ArrayList<>();

    validate(findings);

    assertThat(findings)
        .filteredOn(f -> CROSS_DATASET_RULES.contains(f.ruleId().value()))
        .isEmpty();
  }

  private static final java.util.Set<String> METADATA_RULES =
      java.util.Set.of(
          "TS0001", "TS0003", "TS0004", "TS0005", "TS0013", "TS0014", "TS0015", "TS0035", "TS0036",
          "TS0037");
  private static final java.util.Set<String> CROSS_DATASET_RULES =
      java.util.Set.of(
          "TS0007", "TS0008", "TS0009", "TS0022", "TS0023", "TS0024", "TS0025", "TS0026", "TS0027",
          "TS0029", "TS0032");

  private static RunReport validate(List<Finding> findings) throws Exception {
    ControlledTerminology ct =
        CtFileReader.read(
            Path.of(
                System.getProperty("trialsage.shared.data"), "ct/SDTM Terminology 2025-03-25.txt"));
    DefineDocument define = DefineXmlReader.read(STUDY.resolve("define.xml"));
    List<DatasetSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(STUDY)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        sources.add(DatasetJsonFile.load(f));
      }
    }
    ValidationRun run =
        new ValidationRun(
            RuleCatalog.standard(),
            StandardRules.all(),
            facts ->
                new StudyScope(
                    StandardLibrary.load(SdtmigVersion.V3_3), ct, Optional.of(define), facts),
            Clock.systemUTC());
    return run.execute(sources, new CappedFindingSink(findings::add, 1000));
  }
}
