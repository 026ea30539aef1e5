package io.github.gpai4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.cli.Samples;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example program of each user story that README links to. */
class UserStoriesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String out() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Annex XI 1(2)(d) asks for the computational resources used to train the model; the form wants training compute
   * with two significant figures (MDF-7.2b) and its order of magnitude (MDF-7.2a).
   */
  @Test
  void a_training_run_documents_its_compute_with_the_precision_the_form_asks() throws Exception {
    TrainingRunDocumentation.run(out);
    ModelDocumentation draft = TrainingRunDocumentation.document(new TrainingRunDocumentation.TrainingRun(
        "Aurora Lattice AI SE", "Lattice-4", "Lattice-4-2026-03", 410_000_000_000L, new BigDecimal("1.5e13"),
        new BigDecimal("96"), "52000"));
    assertEquals(ComputeAmount.ofFlop("3.7E+25"), draft.computationalResources().trainingCompute());
    assertEquals(ComputeAmount.ofFlop("1E+25"), draft.computationalResources().trainingComputeOrderOfMagnitude());
    var report = ModelDocumentationValidator.create().validate(draft);
    assertTrue(report.findings().stream().noneMatch(f -> f.location().text().startsWith("/computationalResources")
        && f.severity() == Severity.ERROR), report.toText(java.util.Locale.ENGLISH));
    assertEquals(draft, Gpai4jJson.strict().read(Gpai4jJson.strict().write(draft), ModelDocumentation.class));
    assertTrue(out().contains("Still missing for the AI Office: "), out());
  }

  @Test
  void validating_a_folder_fails_on_the_draft_and_passes_the_complete_documents(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("complete.json"), Samples.text(Samples.COMPLETE));
    Files.writeString(dir.resolve("first-draft.json"), Samples.text(Samples.FIRST_DRAFT));
    assertEquals(0, ValidateFolder.validate(dir, out), out());
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/draft.json"), Samples.text(Samples.DRAFT));
    assertEquals(1, ValidateFolder.validate(dir, out), out());
    assertTrue(out().contains("FAIL drafts"), out());
    Path sarif = dir.resolve("gpai4j.sarif.out");
    assertEquals(1, ValidateFolder.validate(dir, out, sarif), out());
    var log = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(sarif));
    assertEquals("2.1.0", log.get("version").asString());
    assertTrue(log.at("/runs/0/results").size() > 0, log.toString());
    assertTrue(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString()
        .startsWith("drafts/"), log.toString());
    Files.writeString(dir.resolve("broken.json"), "{");
    assertEquals(2, ValidateFolder.validate(dir, out), out());
  }

  /** Art. 52(1): the provider notifies the Commission within two weeks of the Art. 51(1)(a) condition being met. */
  @Test
  void the_frontier_model_has_the_notification_and_systemic_risk_obligations() throws Exception {
    ModelProfile profile = Gpai4jJson.strict().read(Samples.text(Samples.PROFILE_FRONTIER), ModelProfile.class);
    ObligationSchedule schedule = ObligationsAsOf.run(profile, LocalDate.of(2026, 11, 28), out);
    assertEquals(10, schedule.obligations().size());
    assertTrue(out().startsWith("Systemic risk: presumed"), out());
    assertTrue(out().contains("Art. 52(1)"), out());
    assertTrue(out().contains("Art. 55(1)(a)"), out());
  }

  /** Art. 53(1)(b) and Annex XII: downstream providers get their items, nothing routed only to authorities. */
  @Test
  void a_downstream_provider_gets_its_items_and_not_the_authorities_ones() throws Exception {
    ModelDocumentation doc = Gpai4jJson.strict().read(Samples.text(Samples.COMPLETE), ModelDocumentation.class);
    String view = DownstreamHandover.handOver(doc, out);
    assertNotNull(view, out());
    ModelDocumentation handed = Gpai4jJson.strict().read(view, ModelDocumentation.class);
    assertEquals(doc.viewFor(Recipient.DOWNSTREAM_PROVIDER), handed);
    assertNull(handed.computationalResources().trainingCompute(), "MDF-7.2b goes to the AI Office only");

    ModelDocumentation draft = Gpai4jJson.strict().read(Samples.text(Samples.DRAFT), ModelDocumentation.class);
    assertNull(DownstreamHandover.handOver(draft, out));
    assertFalse(out().isEmpty());
  }
}
