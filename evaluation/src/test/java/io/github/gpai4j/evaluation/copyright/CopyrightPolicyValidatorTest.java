package io.github.gpai4j.evaluation.copyright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.CoveredModel;
import io.github.gpai4j.core.copyright.Justification;
import io.github.gpai4j.core.copyright.PolicyDocument;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The copyright policy of Art.&nbsp;53(1)(c): "put in place a policy to comply with Union law on copyright and
 * related rights, and in particular to identify and comply with, including through state-of-the-art technologies,
 * a reservation of rights expressed pursuant to Article 4(3) of Directive (EU) 2019/790", as the Code's Copyright
 * chapter details it.
 */
class CopyrightPolicyValidatorTest {

  private static CopyrightPolicy complete() throws Exception {
    DocumentType<CopyrightPolicy> type = DocumentTypes.forClass(CopyrightPolicy.class);
    try (InputStream in = type.openSample("copyright-policy-complete.json")) {
      return type.cast(Gpai4jJson.strict().readDocument(in, false).value());
    }
  }

  private static CopyrightPolicy legacy() throws Exception {
    CopyrightPolicy p = complete();
    return CopyrightPolicy.builder().from(p)
        .document(PolicyDocument.builder().from(p.document())
            .models(List.of(new CoveredModel("Old-1", LocalDate.of(2025, 8, 1)))).build())
        .justifications(List.of(new Justification("1.3", "The crawl ended before the Code existed.", true)))
        .build();
  }

  @Test
  void the_bundled_policy_is_valid() throws Exception {
    assertEquals(List.of(), CopyrightPolicyValidator.asOf(LocalDate.of(2026, 12, 1)).validate(complete())
        .findings());
  }

  /** A model placed on 1 August 2025, the day before Chapter V applied, may rely on a disclosed gap. */
  @Test
  void a_model_placed_the_day_before_chapter_v_applied_may_disclose_a_gap() throws Exception {
    assertEquals(List.of(), CopyrightPolicyValidator.create().validate(legacy()).findings());
  }

  /** A model placed on 2 August 2025 is not a legacy model. */
  @Test
  void a_model_placed_on_the_day_chapter_v_applied_may_not() throws Exception {
    CopyrightPolicy p = legacy();
    CopyrightPolicy late = CopyrightPolicy.builder().from(p).document(PolicyDocument.builder().from(p.document())
        .models(List.of(new CoveredModel("New-1", LocalDate.of(2025, 8, 2)))).build()).build();
    assertEquals(List.of("CP-LEGACY-GAP"), CopyrightPolicyValidator.create().validate(late).ruleIds());
  }

  /** Gaps are allowed until 2 August 2027: relied on the day before it is fine, on that day it is not. */
  @Test
  void a_legacy_gap_expires_on_2_august_2027() throws Exception {
    assertEquals(List.of(), CopyrightPolicyValidator.asOf(LocalDate.of(2027, 8, 1)).validate(legacy()).findings());
    assertEquals(List.of("CP-LEGACY-GAP-EXPIRED"),
        CopyrightPolicyValidator.asOf(LocalDate.of(2027, 8, 2)).validate(legacy()).ruleIds());
  }

  /** Every rule cites Art. 53(1)(c) and renders in English and French. */
  @Test
  void every_rule_cites_article_53_1_c_and_has_english_and_french_messages() {
    for (Rule rule : CopyrightPolicyValidator.create().rules()) {
      assertTrue(rule.legalBases().contains(LegalBasis.article(53, "1", "c")), rule.id());
      Finding f = rule.finding(JsonPointer.root(), "a", "b", "c", "d");
      assertFalse(f.message(Locale.ENGLISH).isBlank(), rule.id());
      assertFalse(f.message(Locale.FRENCH).equals(f.message(Locale.ENGLISH)), rule.id());
    }
  }
}
