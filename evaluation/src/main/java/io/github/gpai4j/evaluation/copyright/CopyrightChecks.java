package io.github.gpai4j.evaluation.copyright;

import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.copyright.Complaint;
import io.github.gpai4j.core.copyright.ComplaintState;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.CoveredModel;
import io.github.gpai4j.core.copyright.Justification;
import io.github.gpai4j.core.copyright.WebCrawler;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CrossCheck;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cross-item checks of the copyright policy, each a small object declaring its rules next to its predicate;
 * linear in the size of the policy. Not API: the rules are published through
 * {@link CopyrightPolicyValidator#rules()}.
 */
final class CopyrightChecks {

  static final MessageSource MESSAGES = MessageSource.ofBundle(locale -> ResourceBundle.getBundle(
      "io.github.gpai4j.evaluation.copyright.messages", locale));
  static final LegalBasis ART_53_1_C = LegalBasis.article(53, "1", "c");
  private static final List<Recipient> PUBLIC = List.of(Recipient.PUBLIC);
  /** The first day on which a model no longer counts as placed before Chapter V applied. */
  static final LocalDate CHAPTER_V_APPLIES = LocalDate.of(2025, 8, 2);
  private static final Set<String> MEASURES = Set.of("1.1", "1.2", "1.3", "1.4", "1.5");
  /** An e-mail address (one {@code @} between non-blank parts) or an http(s) or mailto address. */
  private static final Pattern ELECTRONIC = Pattern.compile("(?i)(https?://\\S+|mailto:\\S+|[^\\s@]+@[^\\s@]+\\.[^\\s@]+)");

  private CopyrightChecks() {}

  static LegalBasis measure(String measure) {
    return LegalBasis.measure(Instrument.COP_COPYRIGHT, measure);
  }

  static Rule rule(String id, Severity severity, List<LegalBasis> bases, String key, String description) {
    return new Rule(id, severity, bases, PUBLIC, key, description, MESSAGES);
  }

  static List<CrossCheck<CopyrightPolicy>> all() {
    return List.of(new Commitments(), new Crawlers(), new Contact(), new Complaints(), new Justifications());
  }

  /** Each yes/no commitment answered yes, unless its measure is justified. */
  static final class Commitments implements CrossCheck<CopyrightPolicy> {
    static final Rule NOT_MET = rule("CP-MEASURE-NOT-MET", Severity.ERROR, List.of(ART_53_1_C, measure("1.1"),
        measure("1.2"), measure("1.3"), measure("1.4")), "cp.measure.notMet",
        "Every commitment of Measures 1.1 to 1.4 answered as a yes/no question is answered yes, or its measure is "
            + "explicitly justified.");

    /** The commitments asked as yes/no questions: item id and measure. */
    private static final List<String[]> COMMITMENTS = List.of(new String[] {"CP-1.1c", "1.1"},
        new String[] {"CP-1.2a", "1.2"}, new String[] {"CP-1.2c", "1.2"}, new String[] {"CP-1.3e", "1.3"},
        new String[] {"CP-1.4b", "1.4"}, new String[] {"CP-1.4c", "1.4"});

    @Override
    public List<Rule> rules() {
      return List.of(NOT_MET);
    }

    @Override
    public void check(CopyrightPolicy policy, Form<CopyrightPolicy> form, ValidationReport.Collector out) {
      for (String[] c : COMMITMENTS) {
        FormItem item = form.table().item(c[0]);
        if (Boolean.FALSE.equals(form.valueIn(item, policy)) && !out.isStopped()) {
          out.add(NOT_MET.finding(JsonPointer.parse(item.pointer()), item.id(), c[1]));
        }
      }
    }
  }

  /** Measure 1.3: every crawler follows robots.txt, states its purpose and honours other protocols. */
  static final class Crawlers implements CrossCheck<CopyrightPolicy> {
    static final Rule ROBOTS = rule("CP-1.3-ROBOTS", Severity.ERROR, List.of(ART_53_1_C, measure("1.3")),
        "cp.crawler.robots", "Every crawler follows robots.txt as RFC 9309 specifies it, unless Measure 1.3 is "
            + "justified.");
    static final Rule PURPOSE = rule("CP-1.3-PURPOSE", Severity.ERROR, List.of(ART_53_1_C, measure("1.3")),
        "cp.crawler.purpose", "Every crawler states its purpose.");
    static final Rule PROTOCOLS = rule("CP-1.3-PROTOCOLS", Severity.WARNING, List.of(ART_53_1_C, measure("1.3")),
        "cp.crawler.protocols", "Every crawler honours at least one machine-readable reservation protocol other "
            + "than robots.txt.");

    @Override
    public List<Rule> rules() {
      return List.of(ROBOTS, PURPOSE, PROTOCOLS);
    }

    @Override
    public void check(CopyrightPolicy policy, Form<CopyrightPolicy> form, ValidationReport.Collector out) {
      List<WebCrawler> crawlers = policy.reservations().crawlers();
      if (crawlers == null || policy.justifies("1.3")) {
        return;
      }
      JsonPointer at = JsonPointer.parse("/reservations/crawlers");
      for (int i = 0; i < crawlers.size() && !out.isStopped(); i++) {
        WebCrawler c = crawlers.get(i);
        if (!Boolean.TRUE.equals(c.robotsTxtHonoured())) {
          out.add(ROBOTS.finding(at.append(i).append("robotsTxtHonoured"), c.userAgent()));
        }
        if (c.purpose() == null || c.purpose().isBlank()) {
          out.add(PURPOSE.finding(at.append(i), c.userAgent()));
        }
        if (c.otherProtocols().isEmpty()) {
          out.add(PROTOCOLS.finding(at.append(i).append("otherProtocols"), c.userAgent()));
        }
      }
    }
  }

  /** Measure 1.5: the point of contact is electronic. */
  static final class Contact implements CrossCheck<CopyrightPolicy> {
    static final Rule ELECTRONIC_CONTACT = rule("CP-1.5-ELECTRONIC", Severity.ERROR,
        List.of(ART_53_1_C, measure("1.5")), "cp.contact.electronic",
        "The point of contact is an e-mail address or a web address, for electronic communication.");

    @Override
    public List<Rule> rules() {
      return List.of(ELECTRONIC_CONTACT);
    }

    @Override
    public void check(CopyrightPolicy policy, Form<CopyrightPolicy> form, ValidationReport.Collector out) {
      String contact = policy.complaints().contactPoint();
      if (contact != null && !contact.isBlank() && !policy.justifies("1.5")
          && !io.github.gpai4j.core.form.Answers.isNotApplicableText(contact)
          && !ELECTRONIC.matcher(contact).find()) {
        out.add(ELECTRONIC_CONTACT.finding(JsonPointer.parse("/complaints/contactPoint"), contact));
      }
    }
  }

  /** Measure 1.5: the complaint register is consistent. */
  static final class Complaints implements CrossCheck<CopyrightPolicy> {
    static final Rule DATES = rule("CP-COMPLAINT-DATES", Severity.ERROR, List.of(ART_53_1_C, measure("1.5")),
        "cp.complaint.dates", "A closed complaint has a closing day no earlier than its receipt; an open one has "
            + "none.");
    static final Rule DUPLICATE = rule("CP-COMPLAINT-DUPLICATE", Severity.ERROR, List.of(ART_53_1_C,
        measure("1.5")), "cp.complaint.duplicate", "A complaint marked a duplicate names an earlier complaint of "
            + "the register.");

    @Override
    public List<Rule> rules() {
      return List.of(DATES, DUPLICATE);
    }

    @Override
    public void check(CopyrightPolicy policy, Form<CopyrightPolicy> form, ValidationReport.Collector out) {
      List<Complaint> complaints = policy.complaints().complaints();
      Map<String, Integer> index = new HashMap<>(complaints.size() * 2);
      JsonPointer at = JsonPointer.parse("/complaints/complaints");
      for (int i = 0; i < complaints.size() && !out.isStopped(); i++) {
        Complaint c = complaints.get(i);
        ComplaintState state = c.state();
        if (state != null) {
          boolean fits = state.isClosed()
              ? c.closed() != null && (c.received() == null || !c.closed().isBefore(c.received()))
              : c.closed() == null;
          if (!fits) {
            out.add(DATES.finding(at.append(i), c.id(), state.name()));
          }
          if (state == ComplaintState.DUPLICATE
              && (c.duplicateOf() == null || !index.containsKey(c.duplicateOf().strip()))) {
            out.add(DUPLICATE.finding(at.append(i).append("duplicateOf"), c.id(),
                c.duplicateOf() == null ? "-" : c.duplicateOf()));
          }
        }
        index.putIfAbsent(c.id().strip(), i);
      }
    }
  }

  /** Justifications name a measure and a reason; legacy gaps only for models placed before 2 August 2025. */
  static final class Justifications implements CrossCheck<CopyrightPolicy> {
    static final Rule REASON = rule("CP-JUSTIFICATION-REASON", Severity.ERROR, List.of(ART_53_1_C),
        "cp.justification.reason", "Every justification names a measure of 1.1 to 1.5 and gives a reason.");
    static final Rule LEGACY_MODEL = rule("CP-LEGACY-GAP", Severity.ERROR, List.of(ART_53_1_C,
        LegalBasis.section(Instrument.COMMISSION_GUIDELINES, "5.3")), "cp.legacy.model",
        "A gap disclosed as allowed for models placed before 2 August 2025 covers only such models.");

    @Override
    public List<Rule> rules() {
      return List.of(REASON, LEGACY_MODEL);
    }

    @Override
    public void check(CopyrightPolicy policy, Form<CopyrightPolicy> form, ValidationReport.Collector out) {
      List<Justification> list = policy.justifications();
      JsonPointer at = JsonPointer.parse("/justifications");
      @org.jspecify.annotations.Nullable CoveredModel late = null;
      boolean lateSearched = false;
      for (int i = 0; i < list.size() && !out.isStopped(); i++) {
        Justification j = list.get(i);
        if (j.reason() == null || j.reason().isBlank() || !MEASURES.contains(j.measure().strip())) {
          out.add(REASON.finding(at.append(i), j.measure()));
        }
        if (j.legacyGap()) {
          if (!lateSearched) {
            late = firstNotLegacy(policy.document().models());
            lateSearched = true;
          }
          if (late != null) {
            out.add(LEGACY_MODEL.finding(at.append(i).append("legacyGap"), j.measure(), late.name(),
                late.placementDate() == null ? "?" : late.placementDate().toString()));
          }
        }
      }
    }

    /** The first covered model not placed before 2 August 2025 (an unknown date is not "before"). */
    private static @org.jspecify.annotations.Nullable CoveredModel firstNotLegacy(List<CoveredModel> models) {
      for (CoveredModel m : models) {
        if (m.placementDate() == null || !m.placementDate().isBefore(CHAPTER_V_APPLIES)) {
          return m;
        }
      }
      return null;
    }
  }
}
