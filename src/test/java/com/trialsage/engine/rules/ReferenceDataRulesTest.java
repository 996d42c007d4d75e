package com.trialsage.engine.rules;

import static com.trialsage.engine.testing.RuleHarness.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.trialsage.engine.ct.ControlledTerminology;
import com.trialsage.engine.ct.CtFileReader;
import com.trialsage.engine.define.DefineDocument;
import com.trialsage.engine.define.DefineXmlReader;
import com.trialsage.engine.model.VariableType;
import com.trialsage.engine.testing.InMemoryDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that compare the data with controlled terminology and with define.xml. */
class ReferenceDataRulesTest {
  private static ControlledTerminology ct;

  @BeforeAll
  static void loadTerminology() throws Exception {
    ct =
        CtFileReader.read(
            Path.of(
                System.getProperty("trialsage.shared.data"), "ct/SDTM Terminology 2025-03-25.txt"));
  }

  private static InMemoryDataset ae() {
    return InMemoryDataset.named("AE")
        .chr("USUBJID")
        .chr("AESER")
        .chr("AESEV")
        .chr("AELOC")
        .row("P1", "Y", "MILD", "ARM")
        .row("P1", "YES", "MILD", "ARM")
        .row("P1", "N", "VERY BAD", "LEFT ELBOW REGION")
        .row("P1", "", "", "")
        .build();
  }

  @Test
  void reportsValuesOutsideNonExtensibleCodelistsAsErrors() throws Exception {
    List<Finding> findings = rule("TS0017").withTerminology(ct).run(ae());

    assertThat(findings)
        .extracting(Finding::recordNumber, Finding::variable)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "AESER"),
            org.assertj.core.groups.Tuple.tuple(3L, "AESEV"));
  }

  @Test
  void reportsValuesOutsideExtensibleCodelistsSeparately() throws Exception {
    List<Finding> findings = rule("TS0018").withTerminology(ct).run(ae());

    assertThat(findings).extracting(Finding::variable).containsExactly("AELOC");
  }

  @Test
  void acceptsRaceMultipleAsSdtmigDescribesIt() throws Exception {
    InMemoryDataset dm =
        InMemoryDataset.named("DM").chr("USUBJID").chr("RACE").row("P1", "MULTIPLE").build();

    assertThat(rule("TS0017").withTerminology(ct).run(dm)).isEmpty();
  }

  @Test
  void comparesDatasetVariablesWithDefineXml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("define.xml");
    Files.writeString(
        file,
        """
        <ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:def="http://www.cdisc.org/ns/def/v2.1">
          <Study><MetaDataVersion>
            <ItemGroupDef OID="IG.AE" Name="AE">
              <ItemRef ItemOID="IT.USUBJID"/><ItemRef ItemOID="IT.AESEQ"/>
              <ItemRef ItemOID="IT.AETERM"/>
            </ItemGroupDef>
            <ItemDef OID="IT.USUBJID" Name="USUBJID" DataType="text" Length="20">
              <Description><TranslatedText>Unique Subject Identifier</TranslatedText></Description>
            </ItemDef>
            <ItemDef OID="IT.AESEQ" Name="AESEQ" DataType="integer">
              <Description><TranslatedText>Sequence Number</TranslatedText></Description>
            </ItemDef>
            <ItemDef OID="IT.AETERM" Name="AETERM" DataType="text" Length="200">
              <Description><TranslatedText>Reported Term</TranslatedText></Description>
            </ItemDef>
          </MetaDataVersion></Study>
        </ODM>
        """);
    DefineDocument define = DefineXmlReader.read(file);
    InMemoryDataset ae =
        InMemoryDataset.named("AE")
            .variable("USUBJID", "Unique Subject Identifier", VariableType.CHAR, 20)
            .variable("AESEQ", "Sequence Number", VariableType.CHAR, 8)
            .variable("AEDECOD", "Dictionary-Derived Term", VariableType.CHAR, 200)
            .build();

    List<Finding> presence = rule("TS0035").withDefine(define).run(ae);
    List<Finding> attributes = rule("TS0036").withDefine(define).run(ae);

    assertThat(presence)
        .extracting(Finding::variable)
        .containsExactlyInAnyOrder("AEDECOD", "AETERM");
    assertThat(attributes).extracting(Finding::variable).containsExactly("AESEQ");
  }

  @Test
  void defineRulesAreSkippedWithoutDefine() throws Exception {
    var harness = rule("TS0035");

    harness.run(ae());

    assertThat(harness.report().outcomes().values())
        .singleElement()
        .satisfies(o -> assertThat(o.detail()).isEqualTo("no --define given"));
  }
}
