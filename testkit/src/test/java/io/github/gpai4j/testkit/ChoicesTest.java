package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The recording and replaying source and the simplicity order shrinking relies on. */
class ChoicesTest {

  @Test
  void replay_returns_recorded_values_in_order() {
    Choices source = Choices.replay(new long[] {5, -2, 1});
    assertEquals(5, source.choose(0, 10));
    assertEquals(-2, source.uniform(-5, 5));
    assertTrue(source.chance(0.5));
  }

  @Test
  void replay_clamps_out_of_range_values() {
    Choices source = Choices.replay(new long[] {50, -50});
    assertEquals(10, source.choose(0, 10));
    assertEquals(3, source.choose(3, 10));
  }

  @Test
  void replay_beyond_the_sequence_gives_the_simplest_values() {
    Choices source = Choices.replay(new long[0]);
    assertEquals(0, source.choose(-10, 10));
    assertEquals(3, source.choose(3, 10));
    assertEquals(-3, source.choose(-10, -3));
    assertFalse(source.chance(0.9));
  }

  @Test
  void forced_chances_are_recorded_within_their_only_value() {
    Choices source = Choices.replay(new long[] {0});
    assertTrue(source.chance(1.0));
    assertEquals(1, source.recording().value(0));
  }

  @Test
  void random_choices_are_recorded_and_replay_to_the_same_values() {
    Choices random = Choices.random(new SplittableRandom(1));
    long a = random.choose(Long.MIN_VALUE, Long.MAX_VALUE);
    long b = random.uniform(-3, 3);
    Choices replay = Choices.replay(random.recording().values());
    assertEquals(a, replay.choose(Long.MIN_VALUE, Long.MAX_VALUE));
    assertEquals(b, replay.uniform(-3, 3));
  }

  @Test
  void rejects_an_empty_range() {
    assertThrows(IllegalArgumentException.class, () -> Choices.replay(new long[0]).choose(1, 0));
  }

  @Test
  void rejects_a_probability_outside_zero_to_one() {
    assertThrows(IllegalArgumentException.class, () -> Choices.replay(new long[0]).chance(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Choices.replay(new long[0]).chance(1.5));
  }

  @Test
  void shorter_recordings_are_simpler() {
    assertTrue(recorded(new long[] {9}).isSimplerThan(recorded(new long[] {0, 0})));
  }

  @Test
  void values_closer_to_zero_are_simpler_and_positive_wins_a_tie() {
    assertTrue(recorded(new long[] {0, 3}).isSimplerThan(recorded(new long[] {1, 0})));
    assertTrue(recorded(new long[] {4}).isSimplerThan(recorded(new long[] {-4})));
    assertFalse(recorded(new long[] {-4}).isSimplerThan(recorded(new long[] {4})));
    assertFalse(recorded(new long[] {4}).isSimplerThan(recorded(new long[] {4})));
  }

  @Test
  void extreme_values_compare_without_overflow() {
    assertTrue(recorded(new long[] {Long.MAX_VALUE}).isSimplerThan(recorded(new long[] {Long.MIN_VALUE})));
  }

  private static Recording recorded(long[] values) {
    Choices source = Choices.replay(values);
    for (int i = 0; i < values.length; i++) {
      source.choose(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    return source.recording();
  }
}
