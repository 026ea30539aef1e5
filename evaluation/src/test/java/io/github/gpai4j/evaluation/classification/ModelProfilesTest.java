package io.github.gpai4j.evaluation.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One set of facts: a model profile derived from the documentation, per variant for a family. */
class ModelProfilesTest {

  private static ModelDocumentation read(String resource) throws Exception {
    return Gpai4jJson.strict().read(Path.of(ModelProfilesTest.class.getResource(resource).toURI()),
        ModelDocumentation.class);
  }

  @Test
  void a_profile_takes_the_facts_the_form_holds() throws Exception {
    ModelDocumentation doc = read("/conformance/model-documentation/cop-final-2025-07/valid-bundled-sample-complete.json");
    ModelProfile p = ModelProfiles.from(doc).build();
    assertEquals(doc.generalInformation().providerLegalName(), p.providerName());
    assertEquals("Lattice-4", p.modelName());
    assertEquals(Set.of(Modality.TEXT, Modality.IMAGES), p.inputModalities());
    assertEquals(doc.modelProperties().parameterCount(), p.parameterCount());
    assertEquals(0, doc.computationalResources().trainingCompute().amount().compareTo(p.trainingCompute().flop()));
    assertEquals(EstimationMethod.OTHER, p.trainingCompute().method());
    assertEquals(LocalDate.of(2026, 3, 2), p.unionPlacementDate());
    assertEquals(Fact.YES, p.placedOnUnionMarket());
    assertNull(p.modification(), "N/A dependencies: not a modification");
  }

  /** Art.&nbsp;51(2): the cumulative training compute of the variant decides, not the family's largest. */
  @Test
  void a_family_gives_one_profile_per_variant_with_its_own_figures() throws Exception {
    ModelDocumentation family = read(
        "/conformance/model-documentation/cop-final-2025-07/valid-family-two-sizes-base-and-instruct.json");
    ModelProfile small = ModelProfiles.from(family, 0).build();
    ModelProfile large = ModelProfiles.from(family, 3).build();
    assertEquals("Kestrel-1.7B-base", small.modelName());
    assertEquals(ParameterCount.of("1.7E+9"), small.parameterCount());
    assertEquals(ParameterCount.of("7.3E+9"), large.parameterCount());
    assertEquals(0, new BigDecimal("1.2E+24").compareTo(large.trainingCompute().flop()));
    assertTrue(ModelClassifier.withCurrentRules().classify(
        large.withParameterUpdateCompute(large.trainingCompute()), LocalDate.of(2026, 1, 1)) != null);
  }
}
