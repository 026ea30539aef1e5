package io.github.gpai4j.testkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mutant record: a rule id with its companions, never the rule itself as its own companion. */
class MutantTest {

  @Test
  void expected_rule_ids_are_the_rule_and_its_companions() {
    Mutant<String> mutant = new Mutant<>("x", "MDF-NA-8.1-EXPLANATION", "energy N/A", Set.of("MDF-REQ-8.2"));
    assertEquals(Set.of("MDF-NA-8.1-EXPLANATION", "MDF-REQ-8.2"), mutant.expectedRuleIds());
  }

  @Test
  void a_mutant_without_companions_expects_only_its_rule() {
    assertEquals(Set.of("MDF-WORDS"), new Mutant<>("x", "MDF-WORDS", "long").expectedRuleIds());
  }

  @Test
  void rejects_its_own_rule_as_a_companion() {
    assertThrows(IllegalArgumentException.class,
        () -> new Mutant<>("x", "MDF-WORDS", "long", Set.of("MDF-WORDS")));
  }

  @Test
  void rejects_an_unknown_rule_id_for_a_mutant_generator() {
    assertThrows(IllegalArgumentException.class, () -> Mutants.modelDocumentation("MDF-NO-SUCH-RULE"));
  }

  @Test
  void the_same_seed_gives_the_same_mutants() {
    assertEquals(Mutants.modelDocumentation().samples(3, 10), Mutants.modelDocumentation().samples(3, 10));
  }
}
