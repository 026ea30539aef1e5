package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.CoarseItems;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelProperties;
import io.github.gpai4j.core.documentation.TrainingTime;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The coarse items derived from the precise ones are never reported as inconsistent: the derivation and the
 * consistency rules (MDF-CONS-2.5b, 7.1a, 7.2a) use the same functions. Checked on 5,000 seeded random figures,
 * including the form's open boundaries (exactly 5 billion parameters, exactly 10^12, 30 days).
 */
class CoarseItemsTest {

  private static final List<String> CONSISTENCY = List.of("MDF-CONS-2.5b-RANGE", "MDF-CONS-7.1a-RANGE",
      "MDF-CONS-7.2a-MAGNITUDE");

  @Test
  void derived_coarse_items_are_consistent_with_their_precise_items() {
    Random random = new Random(20261202L);
    List<BigDecimal> edges = List.of(new BigDecimal("5E+8"), new BigDecimal("5E+9"), new BigDecimal("1E+12"),
        new BigDecimal("1.5E+10"), BigDecimal.ONE);
    for (int i = 0; i < 5_000; i++) {
      BigDecimal params = i < edges.size() ? edges.get(i)
          : BigDecimal.valueOf(1 + random.nextInt(999)).scaleByPowerOfTen(random.nextInt(11));
      BigDecimal days = BigDecimal.valueOf(1 + random.nextInt(400));
      BigDecimal flop = BigDecimal.valueOf(10 + random.nextInt(90), 1).scaleByPowerOfTen(15 + random.nextInt(12));
      ModelDocumentation doc = ModelDocumentation.builder()
          .modelProperties(ModelProperties.builder().parameterCount(ParameterCount.of(params)).build())
          .computationalResources(ComputationalResources.builder()
              .trainingTime(new TrainingTime("pre-training", days, List.of()))
              .trainingCompute(ComputeAmount.ofFlop(flop)).build())
          .build();
      ModelDocumentation derived = CoarseItems.derive(doc);
      assertNotNull(derived.modelProperties().parameterRange());
      assertNotNull(derived.computationalResources().trainingComputeOrderOfMagnitude());
      List<String> found = ModelDocumentationValidator.create().validate(derived).ruleIds().stream()
          .filter(CONSISTENCY::contains).toList();
      assertEquals(List.of(), found, params + " parameters, " + days + " days, " + flop + " FLOP");
    }
  }

  @Test
  void derivation_never_replaces_an_answer_the_provider_gave() {
    ModelDocumentation doc = ModelDocumentation.builder()
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.8E+25"))
            .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop("1E+25")).build())
        .build();
    assertEquals(ComputeAmount.ofFlop("1E+25"),
        CoarseItems.derive(doc).computationalResources().trainingComputeOrderOfMagnitude());
    assertEquals(ComputeAmount.ofFlop("1E+26"), ComputeAmount.ofFlop("3.8E+25").toOrderOfMagnitude());
    assertEquals(ComputeAmount.ofFlop("1E+25"), ComputeAmount.ofFlop("3.1E+25").toOrderOfMagnitude());
  }
}
