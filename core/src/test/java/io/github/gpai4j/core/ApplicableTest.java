package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicableTest {

  @Test
  void treats_the_text_n_a_as_the_forms_not_applicable_answer() {
    assertTrue(Applicable.of(" n/a ").isNotApplicable());
  }

  @Test
  void keeps_a_given_value() {
    Applicable<String> a = Applicable.of("64 A100");
    assertFalse(a.isNotApplicable());
    assertEquals(Optional.of("64 A100"), a.value());
  }

  @Test
  void maps_a_given_value_and_keeps_not_applicable() {
    assertEquals(Applicable.of(3), Applicable.of("abc").map(String::length));
    assertEquals(Applicable.<Integer>notApplicable(), Applicable.<String>notApplicable().map(String::length));
  }

  @Test
  void all_not_applicable_answers_are_equal() {
    assertEquals(Applicable.notApplicable(), Applicable.notApplicable());
  }
}
