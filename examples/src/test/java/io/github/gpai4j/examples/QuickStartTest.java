package io.github.gpai4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.SystemicRiskStatus;
import io.github.gpai4j.evaluation.crossdoc.CrossDocumentValidator;
import io.github.gpai4j.evaluation.crossdoc.NamedDocument;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.cli.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compiles and runs README's quick start, and checks that README shows exactly this code. */
class QuickStartTest {

  @Test
  void the_quick_start_runs() throws Exception {
    // quick-start:begin
    ModelDocumentation draft = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder()
            .providerLegalName("Aurora Lattice AI SE")
            .modelName(ModelName.of("Lattice-4", "Lattice-4-2026-03"))
            .build())
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.8e25"))     // 2 significant figures, kept
            .build())
        .build();                                                // half-filled drafts are legal values

    Gpai4jJson json = Gpai4jJson.strict();
    ModelDocumentation back = json.read(json.write(draft), ModelDocumentation.class);
    ValidationReport report = ModelDocumentationValidator.create().validate(back);
    String gapsInFrench = report.forRecipient(Recipient.DOWNSTREAM_PROVIDER).toText(Locale.FRENCH);
    ModelDocumentation handedOver = back.viewFor(Recipient.DOWNSTREAM_PROVIDER);
    // quick-start:end

    assertEquals(draft, back);
    assertFalse(report.isValid());
    assertTrue(report.ruleIds().contains("MDF-REQ-1.4"), report.ruleIds().toString());
    assertTrue(gapsInFrench.contains("manque"), gapsInFrench);
    assertNull(handedOver.computationalResources().trainingCompute(), "MDF-7.2b goes to the AI Office only");
    assertEquals("Lattice-4", handedOver.generalInformation().modelName().identifier());
  }

  @Test
  void the_classification_example_runs() throws Exception {
    Path file = Path.of("profile.json");           // the README reads a profile from the working directory
    Files.writeString(file, Samples.text(Samples.PROFILE_FRONTIER), StandardCharsets.UTF_8);
    try {
      // classify:begin
      ModelProfile profile = Gpai4jJson.strict().read(Path.of("profile.json"), ModelProfile.class);
      Classification c = ModelClassifier.withCurrentRules().classify(profile, LocalDate.of(2026, 11, 28));
      ObligationSchedule s = ObligationDeriver.withCurrentRules().derive(profile, LocalDate.of(2026, 11, 28));
      // classify:end
      assertEquals(SystemicRiskStatus.PRESUMED, c.systemicRisk().status());
      assertEquals(10, s.obligations().size());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void readme_shows_exactly_the_quick_start() throws Exception {
    assertReadmeShows("quick-start");
  }

  @Test
  void the_registry_example_reads_and_validates_either_form_version() throws Exception {
    Path file = Path.of("documentation.json");     // the README reads a document from the working directory
    Files.writeString(file, Samples.text(Samples.FIRST_DRAFT), StandardCharsets.UTF_8);
    try {
      // registry:begin
      Document doc = Gpai4jJson.strict().readDocument(Path.of("documentation.json"));   // final or first-draft form
      ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
      // registry:end
      assertTrue(doc instanceof io.github.gpai4j.core.documentation.DraftModelDocumentation, doc.toString());
      assertTrue(report.isValid(), report.toText(Locale.ENGLISH));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The documents of Art. 53(1)(a)-(d) read and compared together: the bundled form does not tick "other means" of
   * data collection, which the bundled summary answers yes to (annotator-written data, template 2.6).
   */
  @Test
  void the_three_documents_are_compared_together() throws Exception {
    List<String[]> files = List.of(new String[] {"documentation.json", Samples.COMPLETE},
        new String[] {"summary.json", "training-content-summary-complete.json"},
        new String[] {"policy.json", "copyright-policy-complete.json"});
    for (String[] f : files) {
      Files.writeString(Path.of(f[0]), Samples.text(f[1]), StandardCharsets.UTF_8);
    }
    try {
      // together:begin
      Gpai4jJson json = Gpai4jJson.strict();
      List<NamedDocument> documents = List.of(
          new NamedDocument("documentation.json", json.readDocument(Path.of("documentation.json"))),
          new NamedDocument("summary.json", json.readDocument(Path.of("summary.json"))),
          new NamedDocument("policy.json", json.readDocument(Path.of("policy.json"))));
      Map<String, ValidationReport> mismatches = CrossDocumentValidator.create().validate(documents);
      // together:end
      assertEquals(List.of("XDOC-PROVENANCE-UNSELECTED"), mismatches.get("documentation.json").ruleIds());
      assertEquals("summary.json#/dataSources/otherData/used",
          mismatches.get("documentation.json").findings().get(0).related().get(0).toString());
      assertTrue(mismatches.get("summary.json").isValid());
      assertTrue(mismatches.get("policy.json").isValid());
    } finally {
      for (String[] f : files) {
        Files.deleteIfExists(Path.of(f[0]));
      }
    }
  }

  @Test
  void readme_shows_exactly_the_together_example() throws Exception {
    assertReadmeShows("together");
  }

  @Test
  void readme_shows_exactly_the_registry_example() throws Exception {
    assertReadmeShows("registry");
  }

  @Test
  void readme_shows_exactly_the_classification_example() throws Exception {
    assertReadmeShows("classify");
  }


  private static void assertReadmeShows(String name) throws Exception {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/github/gpai4j/examples/QuickStartTest.java"), StandardCharsets.UTF_8);
    int begin = -1;
    int end = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).strip().equals("// " + name + ":begin")) {
        begin = i;
      } else if (source.get(i).strip().equals("// " + name + ":end")) {
        end = i;
      }
    }
    int indent = source.get(begin).indexOf('/');
    String snippet = String.join("\n", source.subList(begin + 1, end).stream()
        .map(l -> l.length() >= indent ? l.substring(indent) : l).toList());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + snippet + "\n```"),
        "README.md must show the " + name + " example exactly as QuickStartTest runs it:\n" + snippet);
  }
}
