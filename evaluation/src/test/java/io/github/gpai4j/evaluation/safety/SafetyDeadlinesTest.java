package io.github.gpai4j.evaluation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The deadlines listed for the bundled Safety and Security samples and the frontier profile, as of a date. */
class SafetyDeadlinesTest {

  private final SafetyDeadlines lister = SafetyDeadlines.euInstitutions();

  private static Document sample(Class<? extends Document> c) throws Exception {
    DocumentType<?> type = DocumentTypes.forClass(c);
    try (InputStream in = type.openSample(type.samples().get(0))) {
      return Gpai4jJson.strict().readDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<String> summary(List<Deadline> deadlines) {
    return deadlines.stream().map(d -> d.kind() + " " + d.due() + " " + d.status()).toList();
  }

  /**
   * Measures 9.3 and 9.4: the sample incident (aware 11 May 2026, cybersecurity breach, resolved 30 June) has its
   * initial report due 16 May, an intermediate report due 11 June, the final report due 29 August, and its
   * documentation kept until 20 August 2031.
   */
  @Test
  void the_sample_incident_lists_its_reports_and_retention() throws Exception {
    List<Deadline> d = lister.of(sample(SeriousIncidentReport.class), LocalDate.of(2026, 8, 20));
    assertEquals(List.of("INCIDENT_INITIAL_REPORT 2026-05-16 MET", "INCIDENT_INTERMEDIATE_REPORT 2026-06-11 MET",
        "INCIDENT_FINAL_REPORT 2026-08-29 MET", "INCIDENT_RETENTION 2031-08-20 RETAIN_UNTIL"), summary(d));
  }

  /**
   * Measure 9.3: without any report, the initial report is upcoming on its last day (16 May 2026) and missed the day
   * after.
   */
  @Test
  void an_initial_report_is_upcoming_on_its_last_day_and_missed_the_day_after() throws Exception {
    SeriousIncidentReport r = SeriousIncidentReport.builder().from((SeriousIncidentReport) sample(
        SeriousIncidentReport.class)).submissions(List.of()).build();
    List<Deadline> d = lister.of(r, LocalDate.of(2026, 5, 16));
    assertEquals("INCIDENT_INITIAL_REPORT 2026-05-16 UPCOMING", summary(d).get(0));
    assertEquals(DeadlineStatus.MISSED, lister.of(r, LocalDate.of(2026, 5, 17)).get(0).status());
  }

  /**
   * Measures 1.1, 1.3 and 1.4: the sample Framework (notified 14 November 2025, placed 2 March 2026) was due to be
   * confirmed by 12 December 2025, made available by 15 December, its update by 22 September 2026, and the next
   * assessment is due 2 March 2027.
   */
  @Test
  void the_sample_framework_lists_confirmation_access_and_assessment() throws Exception {
    List<Deadline> d = lister.of(sample(SafetyAndSecurityFramework.class), LocalDate.of(2026, 10, 1));
    assertEquals(List.of("FRAMEWORK_CONFIRMATION 2025-12-12 MET", "FRAMEWORK_ACCESS 2025-12-15 MET",
        "FRAMEWORK_UPDATE_ACCESS 2026-09-22 MET", "FRAMEWORK_ASSESSMENT 2027-03-02 UPCOMING"), summary(d));
  }

  /** Measures 7.6 and 7.7: the sample Model Report's access, update access and next six-monthly update. */
  @Test
  void the_sample_model_report_lists_access_and_updates() throws Exception {
    List<Deadline> d = lister.of(sample(SafetyAndSecurityModelReport.class), LocalDate.of(2027, 3, 1));
    assertEquals(List.of("MODEL_REPORT_ACCESS 2026-03-02 MET", "MODEL_REPORT_UPDATE_ACCESS 2026-09-04 MET",
        "MODEL_REPORT_SIX_MONTHLY_UPDATE 2027-02-28 MISSED"), summary(d));
  }

  /** A profile's applying obligations with a due date are listed with their own legal bases. */
  @Test
  void a_profile_contributes_its_obligation_due_dates() throws Exception {
    DocumentType<?> type = DocumentTypes.forClass(ModelProfile.class);
    ModelProfile p;
    try (InputStream in = type.openSample("profile-frontier.json")) {
      p = Gpai4jJson.strict().read(in, ModelProfile.class);
    }
    List<Deadline> d = lister.of(ObligationDeriver.withCurrentRules().derive(p, LocalDate.of(2026, 10, 1)));
    assertTrue(d.size() >= 3, d.toString());
    assertTrue(d.stream().allMatch(x -> x.kind() == DeadlineKind.OBLIGATION && !x.legalBases().isEmpty()));
    assertTrue(DeadlineKind.OBLIGATION.label(Locale.FRENCH).contains("chapitre"));
  }
}
