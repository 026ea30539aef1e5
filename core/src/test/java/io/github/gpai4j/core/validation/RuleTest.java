package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {

  /** Every finding cites the law, so a rule without a legal basis cannot exist. */
  @Test
  void rejects_a_rule_without_legal_basis() {
    assertThrows(IllegalArgumentException.class, () -> new Rule("X-1", Severity.ERROR, List.of(), List.of(),
        "k", "d", TestRules.MESSAGES));
  }

  @Test
  void rejects_an_id_with_spaces() {
    assertThrows(IllegalArgumentException.class, () -> new Rule("X 1", Severity.ERROR,
        List.of(LegalBasis.article(53)), List.of(), "k", "d", TestRules.MESSAGES));
  }

  @Test
  void sorts_recipients_and_drops_duplicates() {
    Rule rule = new Rule("X-1", Severity.ERROR, List.of(LegalBasis.article(53)),
        List.of(Recipient.DOWNSTREAM_PROVIDER, Recipient.AI_OFFICE, Recipient.DOWNSTREAM_PROVIDER), "k", "d",
        TestRules.MESSAGES);
    assertEquals(List.of(Recipient.AI_OFFICE, Recipient.DOWNSTREAM_PROVIDER), rule.recipients());
  }

  @Test
  void a_finding_takes_the_rule_metadata() {
    Finding f = TestRules.MISSING.finding(JsonPointer.of("a"), "x");
    assertEquals("T-REQ-1", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(List.of(LegalBasis.article(53, "1", "a")), f.legalBases());
    assertEquals(TestRules.MISSING.recipients(), f.recipients());
  }
}
