package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** zip, combine for 2 to 8 generators, records, lazy and recursive generators. */
class CombinatorsTest {

  /** A record of many components. */
  record Run(int days, long flop, String name, boolean sme, int tokens) {}

  /** A tree for the recursive generator. */
  record Tree(int value, List<Tree> children) {
    int depth() {
      return 1 + children.stream().mapToInt(Tree::depth).max().orElse(0);
    }
  }

  @Test
  void combine_takes_up_to_eight_generators_and_each_shrinks() {
    Gen<Integer> i = Gens.integers(0, 100);
    Gen<Integer> sum = Gens.combine(i, i, i, i, i, i, i, i, (a, b, c, d, e, f, g, h) -> a + b + c + d + e + f + g + h);
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(sum).withSeed(1).check(s -> s < 50));
    assertEquals(List.of(50), failure.counterexample());
    assertEquals(6, Gens.combine(i, i, (a, b) -> 6).sample(1));
    assertEquals(List.of(1, 2, 3), Gens.combine(Gens.constant(1), Gens.constant(2), Gens.constant(3), List::of)
        .sample(1));
  }

  @Test
  void zip_pairs_and_lists_values() {
    Gens.Pair<Integer, String> pair = Gens.zip(Gens.constant(1), Gens.constant("a")).sample(2);
    assertEquals(new Gens.Pair<>(1, "a"), pair);
    assertEquals(List.of(1, "a", true),
        Gens.zip(Gens.constant(1), Gens.constant("a"), Gens.constant(true)).sample(3));
  }

  @Test
  void records_are_built_from_one_generator_per_component_and_shrink() {
    Gen<Run> runs = Gens.records(Run.class, Gens.integers(1, 400), Gens.longs(0, 1_000_000), Gens.words(),
        Gens.booleans(), Gens.integers(0, 10));
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(runs).withSeed(4).check(run -> run.days() < 30));
    assertEquals(List.of(new Run(30, 0, "a", false, 0)), failure.counterexample());
    assertThrows(IllegalArgumentException.class, () -> Gens.records(Run.class, Gens.integers()));
  }

  @Test
  void recursive_generators_stay_within_their_depth_and_shrink_to_a_leaf() {
    Gen<Tree> leaves = Gens.integers(0, 9).map(v -> new Tree(v, List.of()));
    Gen<Tree> trees = Gens.recursive(leaves,
        below -> Gens.combine(Gens.integers(0, 9), Gens.lists(below, 0, 3), Tree::new), 4);
    Property.forAll(trees).withSeed(5).withTries(300).check(tree -> tree.depth() <= 5);
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(trees).withSeed(6).withTries(300).check(tree -> tree.depth() < 3));
    assertEquals(3, ((Tree) failure.counterexample().get(0)).depth());
  }

  @Test
  void lazy_generators_resolve_once_and_allow_self_reference() {
    int[] calls = new int[1];
    Gen<Integer> lazy = Gens.lazy(() -> {
      calls[0]++;
      return Gens.integers(0, 3);
    });
    lazy.samples(1, 10);
    assertEquals(1, calls[0]);
    assertTrue(lazy.sample(2) <= 3);
  }
}
