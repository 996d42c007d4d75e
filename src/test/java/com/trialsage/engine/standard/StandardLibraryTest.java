package com.trialsage.engine.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardLibraryTest {

  @Test
  void coversEveryDomainOfTheSharedStudies() {
    Standard standard = StandardLibrary.load(SdtmigVersion.V3_3);

    for (String dataset :
        new String[] {
          "DM", "AE", "CM", "DS", "EX", "EC", "MH", "SV", "SE", "TA", "TE", "TI", "TS", "TV", "SC",
          "RELREC", "SUPPAE", "LB", "VS", "QSPH", "DD", "DI", "FA", "FT", "IE", "OE", "RS"
        }) {
      assertThat(standard.domainForDataset(dataset)).as(dataset).isPresent();
    }
  }

  @Test
  void expandsObservationClassVariablesWithTheDomainPrefix() {
    DomainSpec lb = StandardLibrary.load(SdtmigVersion.V3_4).domainForDataset("LB").orElseThrow();

    assertThat(lb.allows("LBSPCUFL")).isTrue();
    assertThat(lb.allows("LBSTDTC")).isTrue();
    assertThat(lb.allows("AESTDTC")).isFalse();
  }

  @Test
  void versionsDifferWhereTheIgChanged() {
    DomainSpec dm32 = StandardLibrary.load(SdtmigVersion.V3_2).domainForDataset("DM").orElseThrow();
    DomainSpec dm34 = StandardLibrary.load(SdtmigVersion.V3_4).domainForDataset("DM").orElseThrow();

    assertThat(dm32.variable("ARMNRS")).isEmpty();
    assertThat(dm34.variable("ARMNRS")).map(VariableSpec::core).contains(Core.EXP);
  }

  @Test
  void mapsSupplementalDatasetsToSuppqual() {
    Standard standard = StandardLibrary.load(SdtmigVersion.V3_4);

    assertThat(standard.domainForDataset("SUPPLB")).map(DomainSpec::name).contains("SUPPQUAL");
  }
}
