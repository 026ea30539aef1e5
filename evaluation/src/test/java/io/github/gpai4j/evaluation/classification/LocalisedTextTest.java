package io.github.gpai4j.evaluation.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import io.github.gpai4j.evaluation.testing.Samples;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text renderings show names, not enum constants, in English and French, and the open-source blockers are
 * explained in the reader's language; the JSON keeps the raw constants as arguments.
 */
class LocalisedTextTest {

  /** An enum constant shown as a value: two or more capitals or underscores outside a reason code's brackets. */
  private static final Pattern CONSTANT = Pattern.compile("(?<![\\[A-Z_])[A-Z][A-Z]*_[A-Z_]*(?![\\]A-Z_])");

  private static Classification frontier() throws Exception {
    return ModelClassifier.withCurrentRules().classify(Samples.profile("profile-frontier.json"),
        LocalDate.of(2026, 11, 28));
  }

  @Test
  void blockers_of_the_open_source_exemption_are_explained_in_french() throws Exception {
    String french = ClassificationText.render(frontier(), Locale.FRENCH);
    assertTrue(french.contains("une licence distincte pour l’usage commercial"), french);
    assertTrue(french.contains("n’accorde pas le libre accès au modèle"), french);
    assertFalse(french.contains("does not grant"), french);
    assertFalse(french.contains("cancels the exemption"), french);
  }

  @Test
  void texts_show_names_not_enum_constants() throws Exception {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String c = ClassificationText.render(frontier(), locale);
      String o = ObligationText.render(ObligationDeriver.withCurrentRules()
          .derive(Samples.profile("profile-frontier.json"), LocalDate.of(2026, 11, 28)), locale);
      assertFalse(CONSTANT.matcher(c).find(), c);
      assertFalse(CONSTANT.matcher(o).find(), o);
      assertFalse(c.contains("[TEXT]") || c.contains("[EXCLUSIVE_PAID_HOSTING]"), c);
    }
  }

  @Test
  void blockers_keep_their_raw_arguments_for_machines() throws Exception {
    ExemptionBlocker terms = frontier().openSourceExemption().blockers().get(0);
    assertEquals("oss.blocker.terms", terms.messageKey());
    assertEquals("[SEPARATE_COMMERCIAL_LICENCE]", terms.arguments().get(1));
  }
}
