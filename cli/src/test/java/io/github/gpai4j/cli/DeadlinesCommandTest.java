package io.github.gpai4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code deadlines} and {@code render} commands and {@code validate} on the Safety and Security documents. */
class DeadlinesCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** With no FILE the bundled Safety and Security samples are listed; none is missed as of 1 October 2026. */
  @Test
  void deadlines_of_the_bundled_samples_are_all_met_or_upcoming() {
    assertEquals(Main.OK, run("deadlines", "--as-of", "2026-10-01"));
    assertTrue(out().startsWith("Deadlines as of 2026-10-01"), out());
    assertTrue(out().contains("2026-05-16  met"), out());
    assertTrue(out().contains("2027-03-02  upcoming"), out());
    assertTrue(out().contains("2031-08-20  retain until"), out());
  }

  /**
   * Measure 7.6: as of 1 March 2027 the six-monthly Model Report update (due 28 February) is missed, and the exit
   * status says so.
   */
  @Test
  void a_missed_deadline_exits_1() {
    assertEquals(Main.FINDINGS, run("deadlines", "sample:safety-and-security-model-report-lattice-4.json",
        "--as-of", "2027-03-01"));
    assertTrue(out().contains("2027-02-28  missed"), out());
  }

  /** A profile adds its obligations and, without a Model Report given, the Model Report due by placement. */
  @Test
  void a_profile_adds_obligations_and_the_expected_model_report() {
    assertEquals(Main.OK, run("deadlines", "--profile", "sample:profile-frontier.json", "--as-of", "2026-02-01",
        "--format", "markdown", "--locale", "fr"));
    assertTrue(out().startsWith("# Échéances au 2026-02-01"), out());
    assertTrue(out().contains("| 2026-03-02 | à venir | Accès du Bureau de l'IA au rapport de modèle"), out());
    assertTrue(out().contains("Évaluer et atténuer les risques systémiques"), out());
  }

  /** JSON output lists each deadline with its kind, due date, status and legal bases. */
  @Test
  void deadlines_print_json_on_request() throws Exception {
    assertEquals(Main.OK, run("deadlines", "sample:serious-incident-report-lattice-4.json", "--as-of", "2026-09-01",
        "--format", "json"));
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out());
    assertEquals("2026-09-01", tree.get("asOf").asString());
    assertEquals("INCIDENT_INITIAL_REPORT", tree.at("/deadlines/0/kind").asString(), out());
    assertEquals("2026-05-16", tree.at("/deadlines/0/due").asString(), out());
    assertEquals("CoP S&S Measure 9.3", tree.at("/deadlines/0/legalBases/0").asString(), out());
  }

  /** {@code validate} reaches the new document types through the registry. */
  @Test
  void validate_checks_the_new_document_types_through_the_registry() {
    assertEquals(Main.OK, run("validate", "sample:serious-incident-report-lattice-4.json",
        "sample:safety-and-security-model-report-lattice-4.json",
        "sample:safety-and-security-framework-lattice-4.json"));
    assertTrue(out().contains("valid"), out());
  }

  /** Measure 9.2: a filled report renders its ten fields in the template's order, in HTML on request. */
  @Test
  void render_prints_the_ten_fields_in_the_template_order() {
    assertEquals(Main.OK, run("render", "--format", "html"));
    String html = out();
    int previous = -1;
    for (int i = 1; i <= 10; i++) {
      int at = html.indexOf("<h2>" + i + ". ");
      assertTrue(at > previous, "field " + i + " out of order in " + html);
      previous = at;
    }
  }

  /** {@code render} refuses another document type with a usage error. */
  @Test
  void render_refuses_another_document_type() {
    assertEquals(Main.USAGE, run("render", "sample:model-documentation-complete.json"));
  }

  /** {@code rules --form TYPE} reaches a document type whose version id another type shares. */
  @Test
  void rules_accept_a_document_type_for_the_form() {
    assertEquals(Main.OK, run("rules", "--form", "safety-and-security-framework"));
    assertTrue(out().contains("FW-1.4-ACCESS-LATE"), out());
    assertEquals(Main.OK, run("fields", "--form", "safety-and-security-model-report/cop-final-2025-07"));
    assertTrue(out().contains("MR-7.3.1"), out());
  }
}
