package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The validation example proposed for the README, run as written (only the file path differs). */
class ReadmeExampleTest {

  @Test
  void the_readme_validation_example_runs() throws Exception {
    Path path = io.github.gpai4j.evaluation.testing.Samples.finalFormCorpus().resolve("invalid-MDF-CONS-1.5-UNION-RELEASE--bundled-draft.json");
    StringBuilder out = new StringBuilder();

    // --- README snippet starts ---
    ModelDocumentation doc = Gpai4jJson.strict().read(path, ModelDocumentation.class);
    ModelDocumentationValidator validator = ModelDocumentationValidator.create();
    ValidationReport report = validator.validate(doc);
    if (!report.isValid()) {
      for (Finding f : report.forRecipient(Recipient.DOWNSTREAM_PROVIDER).findings()) {
        out.append(f.ruleId()).append(' ').append(f.location()).append(": ")
            .append(f.message(Locale.FRENCH)).append('\n');
      }
    }
    CompletenessScore score = validator.completeness(doc, Recipient.AI_OFFICE);
    out.append(score.filled()).append('/').append(score.required()).append(" missing ").append(score.missing());
    String json = report.toJson();
    // --- README snippet ends ---

    assertFalse(report.isValid());
    assertTrue(out.toString().contains("MDF-CONS-1.5-UNION-RELEASE /generalInformation/unionMarketReleaseDate: "),
        out.toString());
    assertEquals(38, score.required(), "37 items the form ticks for the AI Office, and MDF-4.4 by Annex XI 1(2)(a)");
    assertTrue(json.startsWith("{\n  \"valid\": false,"), json);
  }
}
