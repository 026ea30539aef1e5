package io.github.gpai4j.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;

/** {@code @GenSource} feeds testkit generators to JUnit parameterized tests, reproducibly. */
class GenSourceTest {
  static final Gen<ModelDocumentation> DOCUMENTS = DocumentationGens.validModelDocumentation();
  private static final List<BigDecimal> SEEN = new ArrayList<>();

  static Gen<BigDecimal> days() {
    return LawEdges.trainingDays();
  }

  @ParameterizedTest
  @GenSource(value = "DOCUMENTS", samples = 10)
  void every_document_is_complete_for_the_ai_office(ModelDocumentation doc) {
    // the items completeness counts for the AI Office (the validator's own check is in gpai4j-evaluation)
    assertTrue(MdfItem.fieldsFor(Recipient.AI_OFFICE).stream().allMatch(item -> item.isFilledIn(doc)));
  }

  @ParameterizedTest
  @GenSource(value = {"days", "DOCUMENTS"}, samples = 20, seed = "42")
  void two_parameters_from_a_method_and_a_field(BigDecimal days, ModelDocumentation doc) {
    synchronized (SEEN) {
      SEEN.add(days);
    }
    assertTrue(TrainingTimeRange.of(days) != null && doc != null);
  }

  /** A nested class finds the generators of its enclosing class. */
  @Nested
  class InANestedClass {
    @ParameterizedTest
    @GenSource(value = "days", samples = 5)
    void finds_the_enclosing_class_generator(BigDecimal days) {
      assertTrue(days.signum() > 0);
    }
  }

  @AfterAll
  static void the_seeded_values_are_those_of_the_generator() {
    List<BigDecimal> expected = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 20; i++) {
      expected.add(days().sample(random));
      DOCUMENTS.sample(random);
    }
    assertEquals(expected, SEEN);
  }
}
