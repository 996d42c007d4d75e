package com.trialsage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.engine.model.Record;
import com.trialsage.engine.rules.DatasetCheck;
import com.trialsage.engine.rules.DatasetScope;
import com.trialsage.engine.rules.Finding;
import com.trialsage.engine.rules.Rule;
import com.trialsage.engine.rules.RuleCatalog;
import com.trialsage.engine.rules.RuleId;
import com.trialsage.engine.rules.StudyScope;
import com.trialsage.engine.standard.SdtmigVersion;
import com.trialsage.engine.standard.StandardLibrary;
import com.trialsage.engine.testing.InMemoryDataset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationRunTest {

  /** A rule that fails on its second record; it borrows TS0001's catalog entry. */
  private static final class BrokenRule implements Rule {
    @Override
    public RuleId id() {
      return RuleId.of("TS0001");
    }

    @Override
    public DatasetCheck check(DatasetScope scope) {
      return new DatasetCheck() {
        @Override
        public void record(Record record) {
          if (record.number() == 2) {
            throw new IllegalStateException("broken on purpose");
          }
        }
      };
    }

    @Override
    public String notApplicableReason() {
      return "never";
    }
  }

  /** A rule that names every dataset it sees, in order; it borrows TS0013's catalog entry. */
  private static final class OrderRecorder implements Rule {
    final List<String> seen = new ArrayList<>();

    @Override
    public RuleId id() {
      return RuleId.of("TS0013");
    }

    @Override
    public DatasetCheck check(DatasetScope scope) {
      seen.add(scope.name());
      return DatasetCheck.NOT_APPLICABLE;
    }

    @Override
    public String notApplicableReason() {
      return "records order only";
    }
  }

  private static ValidationRun runOf(Rule... rules) {
    return new ValidationRun(
        RuleCatalog.standard(),
        List.of(rules),
        facts ->
            new StudyScope(StandardLibrary.load(SdtmigVersion.V3_4), null, Optional.empty(), facts),
        Clock.systemUTC());
  }

  private static InMemoryDataset dataset(String name) {
    return InMemoryDataset.named(name).chr("USUBJID").row("P1").row("P2").row("P3").build();
  }

  @Test
  void aFailingRuleIsMarkedAsErrorAndTheRunGoesOn() throws Exception {
    OrderRecorder recorder = new OrderRecorder();
    List<Finding> findings = new ArrayList<>();

    RunReport report =
        runOf(new BrokenRule(), recorder)
            .execute(
                List.of(dataset("AE"), dataset("CM")), new CappedFindingSink(findings::add, 10));

    assertThat(report.outcomes().get(RuleId.of("TS0001")).status())
        .isEqualTo(RuleOutcome.Status.ERROR);
    assertThat(report.outcomes().get(RuleId.of("TS0001")).detail()).contains("broken on purpose");
    assertThat(recorder.seen).containsExactly("AE", "CM");
    assertThat(report.datasets()).extracting(DatasetRead::records).containsExactly(3L, 3L);
  }

  @Test
  void readsTrialDesignThenDmThenSvThenDomainsThenRelationships() throws Exception {
    OrderRecorder recorder = new OrderRecorder();
    List<DatasetSource> sources = new ArrayList<>();
    for (String name : List.of("RELREC", "SUPPAE", "AE", "SV", "DM", "TA", "CO", "LB")) {
      sources.add(dataset(name));
    }

    runOf(recorder).execute(sources, new CappedFindingSink(f -> {}, 10));

    assertThat(recorder.seen)
        .containsExactly("TA", "DM", "SV", "AE", "LB", "SUPPAE", "CO", "RELREC");
  }

  @Test
  void aRuleThatAppliesToNoDatasetIsSkippedWithItsReason() throws Exception {
    RunReport report =
        runOf(new OrderRecorder())
            .execute(List.of(dataset("AE")), new CappedFindingSink(f -> {}, 10));

    assertThat(report.outcomes().get(RuleId.of("TS0013")))
        .isEqualTo(
            new RuleOutcome(RuleId.of("TS0013"), RuleOutcome.Status.SKIPPED, "records order only"));
  }

  @Test
  void twoSourcesWithTheSameDatasetAreRejected() {
    assertThatThrownBy(
            () ->
                runOf(new OrderRecorder())
                    .execute(
                        List.of(dataset("AE"), dataset("AE")), new CappedFindingSink(f -> {}, 10)))
        .isInstanceOf(DuplicateDatasetException.class)
        .hasMessageContaining("dataset AE");
  }

  @Test
  void theCapCountsEveryFindingButPassesOnOnlyTheFirstOnes() {
    List<Finding> passed = new ArrayList<>();
    CappedFindingSink sink = new CappedFindingSink(passed::add, 2);

    for (int i = 1; i <= 5; i++) {
      sink.accept(new Finding(RuleId.of("TS0002"), "AE", i, "", "", "", "m"));
    }

    assertThat(passed).hasSize(2);
    assertThat(sink.counts()).containsEntry(RuleId.of("TS0002"), 5L);
  }
}
