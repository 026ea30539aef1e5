package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reasons and text renderings in English and French, like findings (CONTRIBUTING.md: messages rendered per
 * {@code Locale} from resource bundles in English and French), with statuses named in words.
 */
class ReasonLocaleTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
  private static final Pattern ENUM_CONSTANT = Pattern.compile(
      ": ([A-Z]+_[A-Z_]+|PRESUMED|DESIGNATED|REBUTTED|EXEMPT|APPLIES|NOTIFIED|PENDING|OVERDUE|INDETERMINATE|YES|NO"
          + "|UNKNOWN)\\b");

  private static ModelProfile profile() {
    return ModelProfile.builder().modelName("M").providerEstablishment(ProviderEstablishment.THIRD_COUNTRY)
        .trainingCompute(ComputeEstimate.of("3.8E+25", EstimationMethod.MEASURED, "2.7E+25", "4.9E+25"))
        .addInputModalities(Modality.TEXT).addOutputModalities(Modality.TEXT)
        .unionPlacementDate(LocalDate.of(2026, 3, 2)).thresholdMetOn(LocalDate.of(2026, 1, 12)).build();
  }

  private static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = ReasonLocaleTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Every English reason template and label has a French counterpart, and no other. */
  @Test
  void english_and_french_bundles_have_the_same_keys() throws Exception {
    assertEquals(bundle("reasons.properties").keySet(), bundle("reasons_fr.properties").keySet());
  }

  /** A reason renders in French from the same arguments: the numbers compared stay, the words change. */
  @Test
  void a_reason_renders_in_french_with_the_same_numbers() {
    Classification c = ModelClassifier.withCurrentRules().classify(profile(), AS_OF);
    Reason r = c.systemicRisk().reasons().get(0);
    assertEquals(ReasonCode.SR_COMPUTE_ABOVE, r.code());
    assertEquals(r.text(), r.text(Locale.ENGLISH));
    assertEquals(r.text(), r.text(Locale.GERMAN));
    assertEquals("Calcul d’entraînement cumulé : 3.8E+25 FLOP > 1E+25 FLOP (borne inférieure 2.7E+25 FLOP).",
        r.text(Locale.FRENCH));
  }

  /** A reason given as plain text renders the same in every language. */
  @Test
  void a_plain_text_reason_renders_as_given() {
    Reason r = new Reason(ReasonCode.OBL_APPLIES, io.github.gpai4j.core.LegalBasis.article(53, "1", "a"), "As is.");
    assertEquals("As is.", r.text(Locale.FRENCH));
  }

  /** The French classification text names statuses in French and leaves no template placeholder or enum constant. */
  @Test
  void classification_text_renders_in_french_with_statuses_in_words() {
    Classification c = ModelClassifier.withCurrentRules().classify(profile(), AS_OF);
    String fr = ClassificationText.render(c, Locale.FRENCH);
    assertTrue(fr.contains("Risque systémique : présumé depuis le 2026-01-12 (portée présumée : inconnu)"), fr);
    assertTrue(fr.contains("Modèle d’IA à usage général : modèle d’IA à usage général (critère indicatif rempli : oui)"),
        fr);
    assertFalse(fr.contains("{0}"), fr);
    assertFalse(ENUM_CONSTANT.matcher(fr).find(), fr);
    String en = ClassificationText.render(c);
    assertFalse(ENUM_CONSTANT.matcher(en).find(), en);
    assertNotEquals(en, fr);
  }

  /** Obligations render in French, periods in words (no ISO-8601 durations such as P14D). */
  @Test
  void obligation_text_renders_in_french_with_periods_in_words() {
    String fr = ObligationText.render(ObligationDeriver.withCurrentRules().derive(profile(), AS_OF), Locale.FRENCH);
    assertTrue(fr.contains("Établir et tenir à jour la documentation technique (annexe XI) : s’applique")
        || fr.contains("Établir et tenir à jour la documentation technique (annexe XI): s’applique"), fr);
    assertTrue(fr.contains("répondre aux demandes dans un délai de : 14 jours"), fr);
    assertTrue(fr.contains("Amendes : jusqu’à 3 %"), fr);
    assertFalse(fr.contains("P14D") || fr.contains("P6M"), fr);
    String en = ObligationText.render(ObligationDeriver.withCurrentRules().derive(profile(), AS_OF));
    assertTrue(en.contains("answer requests within: 14 days"), en);
    assertFalse(en.contains("P14D") || en.contains("P6M"), en);
  }
}
