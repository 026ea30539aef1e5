package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.Fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactTest {

  /** Unknown never counts as satisfied: YES and UNKNOWN is UNKNOWN, not YES. */
  @Test
  void yes_and_unknown_is_unknown() {
    assertEquals(Fact.UNKNOWN, Fact.YES.and(Fact.UNKNOWN));
  }

  /** A known failure decides a conjunction whatever else is unknown. */
  @Test
  void no_and_unknown_is_no() {
    assertEquals(Fact.NO, Fact.UNKNOWN.and(Fact.NO));
  }

  /** A known success decides a disjunction whatever else is unknown. */
  @Test
  void yes_or_unknown_is_yes() {
    assertEquals(Fact.YES, Fact.UNKNOWN.or(Fact.YES));
  }

  /** NO or UNKNOWN stays unknown. */
  @Test
  void no_or_unknown_is_unknown() {
    assertEquals(Fact.UNKNOWN, Fact.NO.or(Fact.UNKNOWN));
  }

  /** The negation of unknown is unknown. */
  @Test
  void not_unknown_is_unknown() {
    assertEquals(Fact.UNKNOWN, Fact.UNKNOWN.not());
    assertEquals(Fact.NO, Fact.YES.not());
  }
}
