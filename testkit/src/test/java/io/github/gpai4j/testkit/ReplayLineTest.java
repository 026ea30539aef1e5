package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The replay line names the test method, also when the property is checked in a helper or a lambda. */
class ReplayLineTest {

  private static PropertyFailure failInHelper() {
    return assertThrows(PropertyFailure.class, () -> Property.forAll(Gens.integers()).withSeed(1).check(i -> false));
  }

  @Test
  void a_property_checked_in_a_helper_method_names_the_test_method() {
    PropertyFailure failure = failInHelper();
    assertTrue(failure.getMessage().contains(
        "-Dtest=ReplayLineTest#a_property_checked_in_a_helper_method_names_the_test_method "), failure.getMessage());
  }

  @Test
  void a_property_checked_directly_names_the_test_method() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers()).withSeed(1).check(i -> false));
    assertTrue(failure.getMessage().contains(
        "-Dtest=ReplayLineTest#a_property_checked_directly_names_the_test_method "), failure.getMessage());
  }
}
