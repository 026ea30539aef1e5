package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.taxonomy.report.ModelReportUpdate;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Model Report's dates (Measures 7.6 and 7.7), evaluated as of a date the caller gives. */
class ModelReportValidatorTest {

  private static SafetyAndSecurityModelReport sample() throws Exception {
    DocumentType<?> type = DocumentTypes.forClass(SafetyAndSecurityModelReport.class);
    try (InputStream in = type.openSample(type.samples().get(0))) {
      return (SafetyAndSecurityModelReport) Gpai4jJson.strict().readDocument(
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Measure 7.6: the most capable models' report is updated "at least every six months". The last update was
   * confirmed on Friday 28 August 2026; six months later is Sunday 28 February 2027, still on time, and from
   * 1 March 2027 the update is overdue (a warning, the measure having exceptions).
   */
  @Test
  void the_six_monthly_update_is_due_six_months_after_the_last_one() throws Exception {
    SafetyAndSecurityModelReport r = sample();
    assertEquals(List.of(), ModelReportValidator.asOf(LocalDate.of(2027, 2, 28)).validate(r).ruleIds());
    ValidationReport late = ModelReportValidator.asOf(LocalDate.of(2027, 3, 1)).validate(r);
    assertEquals(List.of("MR-7.6-SIX-MONTHLY-UPDATE"), late.ruleIds());
    assertTrue(late.isValid());
    assertTrue(late.findings().get(0).message(Locale.FRENCH).contains("2027-02-28"));
  }

  /**
   * Measure 7.7: access to an update "within 5 business days" of confirmation. Confirmed on Friday 28 August 2026,
   * access is due by Friday 4 September; an update without access is overdue as of Monday 7 September, not before.
   */
  @Test
  void an_update_without_access_is_overdue_after_five_business_days() throws Exception {
    SafetyAndSecurityModelReport r = SafetyAndSecurityModelReport.builder().from(sample())
        .updates(List.of(new ModelReportUpdate("1.1", LocalDate.of(2026, 8, 28), null, null, "Evaluations rerun"))).build();
    assertEquals(List.of(), ModelReportValidator.asOf(LocalDate.of(2026, 9, 4)).validate(r).ruleIds());
    assertEquals(List.of("MR-7.7-UPDATE-ACCESS-LATE"),
        ModelReportValidator.asOf(LocalDate.of(2026, 9, 7)).validate(r).ruleIds());
  }

  /** The bundled sample is clean as of its own latest date. */
  @Test
  void the_bundled_sample_is_clean() throws Exception {
    assertEquals(List.of(), ModelReportValidator.create().validate(sample()).ruleIds());
  }
}
