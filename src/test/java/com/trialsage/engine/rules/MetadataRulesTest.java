package com.trialsage.engine.rules;

import static com.trialsage.engine.testing.RuleHarness.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.testing.InMemoryDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules on dataset and variable metadata. */
class MetadataRulesTest {

  private static InMemoryDataset.Builder ae() {
    return InMemoryDataset.named("AE")
        .variable("STUDYID", "Study Identifier", VariableType.CHAR, 12)
        .variable("DOMAIN", "Domain Abbreviation", VariableType.CHAR, 2)
        .variable("USUBJID", "Unique Subject Identifier", VariableType.CHAR, 20)
        .variable("AESEQ", "Sequence Number", VariableType.NUM, 8);
  }

  @Test
  void reportsEachMissingRequiredVariableOnce() throws Exception {
    InMemoryDataset dataset = ae().build();

    List<Finding> findings = rule("TS0001").run(dataset);

    assertThat(findings)
        .extracting(Finding::variable)
        .containsExactlyInAnyOrder("AETERM", "AEDECOD");
    assertThat(findings).allSatisfy(f -> assertThat(f.isDatasetLevel()).isTrue());
  }

  @Test
  void reportsNullRequiredValuesButNotNullExpectedOnes() throws Exception {
    InMemoryDataset dataset =
        ae().chr("AETERM").chr("AESTDTC").row("S1", "AE", "P1", "1", "", "").build();

    List<Finding> findings = rule("TS0002").run(dataset);

    assertThat(findings).extracting(Finding::variable).containsExactly("AETERM");
  }

  @Test
  void reportsVariableOutsideTheObservationClass() throws Exception {
    InMemoryDataset dataset =
        ae().chr("AETERM").chr("AESTDTC").chr("AEXYZ").chr("LBTESTCD").build();

    List<Finding> findings = rule("TS0004").run(dataset);

    assertThat(findings).extracting(Finding::variable).containsExactly("AEXYZ", "LBTESTCD");
  }

  @Test
  void reportsLabelThatDiffersFromTheIgIgnoringCaseAndSpaces() throws Exception {
    InMemoryDataset dataset =
        InMemoryDataset.named("AE")
            .variable("STUDYID", "study  identifier", VariableType.CHAR, 12)
            .variable("AESDTH", "Death", VariableType.CHAR, 1)
            .build();

    List<Finding> findings = rule("TS0016").run(dataset);

    assertThat(findings).extracting(Finding::variable).containsExactly("AESDTH");
  }

  @Test
  void reportsNamesAndLabelsOverTheXportLimits() throws Exception {
    InMemoryDataset dataset =
        InMemoryDataset.named("SUPPAPFAMH")
            .variable("AEDECOD00", "Dictionary-Derived Term", VariableType.CHAR, 8)
            .variable("AETERM", "Reported Term for the Adverse Event in std", VariableType.CHAR, 8)
            .build();

    assertThat(rule("TS0013").run(dataset))
        .extracting(Finding::variable)
        .containsExactly("AEDECOD00");
    assertThat(rule("TS0014").run(dataset)).extracting(Finding::variable).containsExactly("AETERM");
    assertThat(rule("TS0037").run(dataset))
        .extracting(Finding::value)
        .containsExactly("SUPPAPFAMH");
  }

  @Test
  void reportsCharacterValueOver200BytesCountedInUtf8() throws Exception {
    InMemoryDataset dataset =
        InMemoryDataset.named("CO")
            .variable("COVAL", "Comment", VariableType.CHAR, 0)
            .row("é".repeat(101))
            .row("e".repeat(200))
            .build();

    List<Finding> findings = rule("TS0015").run(dataset);

    assertThat(findings).extracting(Finding::recordNumber).containsExactly(1L);
  }

  @Test
  void reportsDmMissingFromTheStudy() throws Exception {
    List<Finding> findings = rule("TS0012").run(ae().build());

    assertThat(findings).extracting(Finding::dataset).containsExactly("DM");
  }

  @Test
  void reportsRdomainNamingNoDatasetOncePerDomain() throws Exception {
    InMemoryDataset suppdm =
        InMemoryDataset.named("SUPPDM")
            .chr("RDOMAIN")
            .chr("USUBJID")
            .chr("QNAM")
            .row("DM", "P1", "A")
            .row("DM", "P2", "A")
            .build();

    List<Finding> findings = rule("TS0024").run(suppdm);

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("DM"));
  }
}
