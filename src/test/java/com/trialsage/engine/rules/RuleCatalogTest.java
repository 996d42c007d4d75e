package com.trialsage.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trialsage.engine.rules.checks.StandardRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  private static final String HEADER =
      "id\tp21Id\tfdaId\tcdiscId\tcoreId\tseverity\tmessage\tdescription\n";

  @Test
  void everyImplementedRuleIsInTheCatalogAndEveryCatalogRuleIsImplemented() {
    RuleCatalog catalog = RuleCatalog.standard();

    var implemented = StandardRules.all().stream().map(Rule::id).toList();

    assertThat(implemented)
        .containsExactlyInAnyOrderElementsOf(
            catalog.all().stream().map(RuleDefinition::id).toList());
  }

  @Test
  void hashChangesWhenAnyRuleTextChanges() {
    String line = "TS0001\tSD0056\t\t\t\tError\tmessage\tdescription\n";

    RuleCatalog original = RuleCatalog.parse((HEADER + line).getBytes(StandardCharsets.UTF_8));
    RuleCatalog edited =
        RuleCatalog.parse(
            (HEADER + line.replace("message", "Message")).getBytes(StandardCharsets.UTF_8));

    assertThat(original.sha256()).hasSize(64).isNotEqualTo(edited.sha256());
  }

  @Test
  void rejectsARuleListedTwice() {
    String line = "TS0001\tSD0056\t\t\t\tError\tmessage\tdescription\n";

    assertThatThrownBy(
            () -> RuleCatalog.parse((HEADER + line + line).getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("TS0001 is listed twice");
  }

  @Test
  void rejectsMalformedRuleIds() {
    assertThatThrownBy(() -> RuleId.of("SD0001"))
        .hasMessageContaining("TS followed by four digits");
  }
}
