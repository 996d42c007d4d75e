package com.trialsage.engine.rules;

import static com.trialsage.engine.testing.RuleHarness.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.engine.testing.InMemoryDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record-level rules on small in-memory datasets, each with a false-positive guard. */
class RecordRulesTest {

  private static InMemoryDataset dm(String... usubjids) {
    InMemoryDataset.Builder b =
        InMemoryDataset.named("DM")
            .chr("STUDYID")
            .chr("DOMAIN")
            .chr("USUBJID")
            .chr("SUBJID")
            .chr("RFSTDTC")
            .chr("DTHFL");
    for (String u : usubjids) {
      b.row("S1", "DM", u, u.substring(u.length() - 1), "2024-01-10", "");
    }
    return b.build();
  }

  @Test
  void reportsUsubjidMissingFromDm() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("STUDYID")
            .chr("USUBJID")
            .row("S1", "P1")
            .row("S1", "P9")
            .build();

    List<Finding> findings = rule("TS0008").run(dm("P1"), ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(2L);
  }

  @Test
  void skipsUsubjidCheckWhenDmIsAbsent() throws Exception {
    InMemoryDataset ae = InMemoryDataset.named("AE").chr("USUBJID").row("P9").build();
    var harness = rule("TS0008");

    List<Finding> findings = harness.run(ae);

    assertThat(findings).isEmpty();
    assertThat(harness.report().outcomes().values())
        .singleElement()
        .satisfies(o -> assertThat(o.detail()).isEqualTo("dataset DM not present"));
  }

  @Test
  void reportsBothRecordsOfADuplicateSequenceNumber() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("USUBJID")
            .num("AESEQ")
            .row("P1", "1")
            .row("P1", "2")
            .row("P1", "1.0")
            .row("P2", "1")
            .build();

    List<Finding> findings = rule("TS0007").run(ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void findsDuplicateSequenceAcrossTheDatasetsOfASplitDomain() throws Exception {
    InMemoryDataset qsph =
        InMemoryDataset.named("QSPH").chr("USUBJID").num("QSSEQ").row("P1", "1").build();
    InMemoryDataset qssl =
        InMemoryDataset.named("QSSL").chr("USUBJID").num("QSSEQ").row("P1", "1").build();

    List<Finding> findings = rule("TS0007").run(qsph, qssl);

    assertThat(findings).extracting(Finding::dataset).containsExactlyInAnyOrder("QSPH", "QSSL");
  }

  @Test
  void acceptsValidIsoDatesIncludingPartialAndIntervals() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("AESTDTC")
            .row("2024-02-29")
            .row("2003---15")
            .row("2024-01-10T10:15:30.5")
            .row("2024-01")
            .row("2024-01-01/2024-01-05")
            .row("P2D")
            .row("2024-01-10T10:15+01:00")
            .build();

    List<Finding> findings = rule("TS0005").run(ae);

    assertThat(findings).isEmpty();
  }

  @Test
  void reportsImpossibleAndBasicFormatDates() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("AESTDTC")
            .row("2023-02-29")
            .row("20121123")
            .row("2024-01-10 10:00")
            .row("2024-13")
            .build();

    List<Finding> findings = rule("TS0005").run(ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void reportsStartAfterEndOnTheSharedPrecisionOnly() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("AESTDTC")
            .chr("AEENDTC")
            .row("2024-01-10", "2024-01-09")
            .row("2024-01", "2024-01-05")
            .row("2024-01-10T10:00", "2024-01-10")
            .build();

    List<Finding> findings = rule("TS0028").run(ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L);
  }

  @Test
  void reportsFindingEndingBeforeItStarted() throws Exception {
    InMemoryDataset lb =
        InMemoryDataset.named("LB")
            .chr("USUBJID")
            .chr("LBDTC")
            .chr("LBENDTC")
            .row("P1", "2024-01-10T08:00", "2024-01-09T08:00")
            .row("P1", "2024-01-10", "2024-01-11")
            .build();

    List<Finding> findings = rule("TS0038").run(lb);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L);
  }

  @Test
  void leavesEventsAloneWhoseCollectionDateFollowsTheirEnd() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("USUBJID")
            .chr("AEDTC")
            .chr("AESTDTC")
            .chr("AEENDTC")
            .row("P1", "2024-02-01", "2024-01-05", "2024-01-09")
            .build();

    List<Finding> findings = rule("TS0038").run(ae);

    assertThat(findings).isEmpty();
  }

  @Test
  void reportsWrongStudyDayAndDayZero() throws Exception {
    InMemoryDataset lb =
        InMemoryDataset.named("LB")
            .chr("USUBJID")
            .chr("LBDTC")
            .num("LBDY")
            .row("P1", "2024-01-10", "1")
            .row("P1", "2024-01-09", "-1")
            .row("P1", "2024-01-12", "2")
            .row("P1", "2024-01-10", "0")
            .row("P1", "2024-01", "7")
            .build();

    List<Finding> findings = rule("TS0029").run(dm("P1"), lb);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(3L, 4L);
  }

  @Test
  void reportsWrongStartDayOnlyUnderItsOwnRule() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("USUBJID")
            .chr("AESTDTC")
            .num("AESTDY")
            .row("P1", "2024-01-12", "2")
            .row("P1", "2024-01-12", "0")
            .build();

    List<Finding> startDays = rule("TS0039").run(dm("P1"), ae);
    List<Finding> collectionDays = rule("TS0029").run(dm("P1"), ae);

    assertThat(startDays).extracting(Finding::recordNumber).containsExactly(1L, 2L);
    assertThat(collectionDays).isEmpty();
  }

  @Test
  void reportsSeriousCriterionWithoutAeserY() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("USUBJID")
            .chr("AESER")
            .chr("AESDTH")
            .chr("AESHOSP")
            .row("P1", "N", "Y", "N")
            .row("P1", "Y", "N", "Y")
            .row("P1", "N", "N", "N")
            .build();

    List<Finding> findings = rule("TS0030").run(ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L);
  }

  @Test
  void leavesAeserAloneWhenTheDatasetHasNoSeriousnessCriteria() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE").chr("USUBJID").chr("AESER").row("P1", "Y").build();

    List<Finding> findings = rule("TS0031").run(ae);

    assertThat(findings).isEmpty();
  }

  @Test
  void reportsFatalEventOfSubjectNotFlaggedDeadInDm() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .chr("USUBJID")
            .chr("AEOUT")
            .row("P1", "FATAL")
            .row("P1", "RECOVERED/RESOLVED")
            .build();

    List<Finding> findings = rule("TS0032").run(dm("P1"), ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L);
  }

  @Test
  void reportsNumericStandardResultMissingFromStresn() throws Exception {
    InMemoryDataset lb =
        InMemoryDataset.named("LB")
            .chr("USUBJID")
            .chr("LBSTRESC")
            .num("LBSTRESN")
            .row("P1", "5.0", "5")
            .row("P1", "NEGATIVE", "")
            .row("P1", "7", "")
            .row("P1", "<5", "")
            .build();

    List<Finding> findings = rule("TS0033").run(lb);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(3L);
  }

  @Test
  void reportsMissingUnitOnlyForTestsThatHaveUnitsElsewhere() throws Exception {
    InMemoryDataset lb =
        InMemoryDataset.named("LB")
            .chr("USUBJID")
            .chr("LBTESTCD")
            .chr("LBORRES")
            .chr("LBORRESU")
            .row("P1", "GLUC", "5.2", "mmol/L")
            .row("P1", "GLUC", "5.4", "")
            .row("P1", "PH", "7.1", "")
            .build();

    List<Finding> findings = rule("TS0034").run(lb);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(2L);
  }

  @Test
  void reportsTestCodeWithTwoNames() throws Exception {
    InMemoryDataset vs =
        InMemoryDataset.named("VS")
            .chr("USUBJID")
            .chr("VSTESTCD")
            .chr("VSTEST")
            .row("P1", "SYSBP", "Systolic Blood Pressure")
            .row("P1", "SYSBP", "Systolic BP")
            .row("P1", "PULSE", "Pulse Rate")
            .build();

    List<Finding> findings = rule("TS0019").run(vs);

    assertThat(findings).extracting(Finding::recordNumber).containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void allowsTwoQuestionnairesToShareATestCode() throws Exception {
    InMemoryDataset qs =
        InMemoryDataset.named("QS")
            .chr("USUBJID")
            .chr("QSCAT")
            .chr("QSTESTCD")
            .chr("QSTEST")
            .row("P1", "GDS SHORT FORM", "GDS0101", "Satisfied With Life")
            .row("P1", "OTHER SCALE", "GDS0101", "Item 1")
            .build();

    List<Finding> findings = rule("TS0019").run(qs);

    assertThat(findings).isEmpty();
  }

  @Test
  void reportsMalformedTestCodesAndQnams() throws Exception {
    InMemoryDataset vs =
        InMemoryDataset.named("VS")
            .chr("VSTESTCD")
            .row("SYSBP")
            .row("1PULSE")
            .row("TOOLONGCODE")
            .build();
    InMemoryDataset suppae =
        InMemoryDataset.named("SUPPAE").chr("QNAM").row("AETRTEM").row("aetrtem").build();

    List<Finding> testcd = rule("TS0020").run(vs);
    List<Finding> qnam = rule("TS0021").run(suppae);

    assertThat(testcd).extracting(Finding::recordNumber).containsExactly(2L, 3L);
    assertThat(qnam).extracting(Finding::recordNumber).containsExactly(2L);
  }

  @Test
  void reportsVisitNotAmongTheSubjectsVisitsInSv() throws Exception {
    InMemoryDataset sv =
        InMemoryDataset.named("SV")
            .chr("USUBJID")
            .num("VISITNUM")
            .row("P1", "1")
            .row("P2", "2")
            .build();
    InMemoryDataset vs =
        InMemoryDataset.named("VS")
            .chr("USUBJID")
            .num("VISITNUM")
            .row("P1", "1.0")
            .row("P1", "2")
            .build();

    List<Finding> findings = rule("TS0025").run(vs, sv);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(2L);
  }

  @Test
  void acceptsUnassignedArmCodesOfSdtmig32() throws Exception {
    InMemoryDataset ta =
        InMemoryDataset.named("TA").chr("ARMCD").chr("EPOCH").row("A", "TREATMENT").build();
    InMemoryDataset dmWithArms =
        InMemoryDataset.named("DM")
            .chr("USUBJID")
            .chr("ARMCD")
            .row("P1", "A")
            .row("P2", "SCRNFAIL")
            .row("P3", "B")
            .build();

    List<Finding> findings = rule("TS0026").run(dmWithArms, ta);

    assertThat(findings).extracting(Finding::value).containsExactly("B");
  }

  @Test
  void reportsSupplementalQualifierWithoutParentRecord() throws Exception {
    InMemoryDataset ae =
        InMemoryDataset.named("AE").chr("USUBJID").num("AESEQ").row("P1", "1").build();
    InMemoryDataset suppae =
        InMemoryDataset.named("SUPPAE")
            .chr("RDOMAIN")
            .chr("USUBJID")
            .chr("IDVAR")
            .chr("IDVARVAL")
            .chr("QNAM")
            .row("AE", "P1", "AESEQ", "1")
            .row("AE", "P1", "AESEQ", "2")
            .row("AE", "P2", "AESEQ", "1")
            .build();

    List<Finding> findings = rule("TS0023").run(suppae, ae);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(2L, 3L);
  }

  @Test
  void reportsQualifierTwiceForOneParent() throws Exception {
    InMemoryDataset suppdm =
        InMemoryDataset.named("SUPPDM")
            .chr("RDOMAIN")
            .chr("USUBJID")
            .chr("IDVAR")
            .chr("IDVARVAL")
            .chr("QNAM")
            .row("DM", "P1", "", "", "RACE1")
            .row("DM", "P1", "", "", "RACE2")
            .row("DM", "P1", "", "", "RACE1")
            .build();

    List<Finding> findings = rule("TS0022").run(suppdm);

    assertThat(findings).extracting(Finding::recordNumber).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void reportsDomainValueThatDoesNotStartTheDatasetName() throws Exception {
    InMemoryDataset qsph = InMemoryDataset.named("QSPH").chr("DOMAIN").row("QS").row("LB").build();

    List<Finding> findings = rule("TS0006").run(qsph);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(2L);
  }

  @Test
  void reportsDuplicateUsubjidInDmAcrossStudies() throws Exception {
    InMemoryDataset dm =
        InMemoryDataset.named("DM")
            .chr("STUDYID")
            .chr("USUBJID")
            .row("S1", "P1")
            .row("S2", "P1")
            .build();

    List<Finding> findings = rule("TS0010").run(dm);

    assertThat(findings).extracting(Finding::recordNumber).containsExactlyInAnyOrder(1L, 2L);
  }
}
