package io.github.gpai4j.evaluation.classification.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.domain.ProfileGens;
import org.junit.jupiter.api.Test;

/**
 * Determinism of {@link ModelClassifier} (module {@code gpai4j-evaluation}): the same profile and date give a
 * byte-identical JSON and text classification, also after the profile's own JSON round trip. Run in evaluation's own
 * build with the testkit's generators.
 */
class ClassificationDeterminismProperties {

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  /** Classifications are diffed and archived, so their rendering depends on nothing but the facts and the date. */
  @Test
  void the_same_profile_gives_a_byte_identical_classification() {
    Property.forAll(ProfileGens.modelProfiles(), LawEdges.applicationDates()).withTries(100)
        .checkAssert((profile, asOf) -> {
          String first = JSON.write(ModelClassifier.withCurrentRules().classify(profile, asOf));
          ModelProfile copy = JSON.read(JSON.write(profile), ModelProfile.class);
          assertEquals(first, JSON.write(ModelClassifier.withCurrentRules().classify(copy, asOf)));
          assertEquals(ClassificationText.render(ModelClassifier.withCurrentRules().classify(profile, asOf)),
              ClassificationText.render(ModelClassifier.withCurrentRules().classify(copy, asOf)));
        });
  }
}
