package io.github.gpai4j.evaluation.documentation;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Quantities;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.DataPoints;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.MaximumSize;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.SystemicRiskDocumentation;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CrossCheck;
import io.github.gpai4j.evaluation.form.FormRules;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The cross-item checks of the Model Documentation Form (final, July 2025), each a small object declaring its rules
 * next to its predicate. Item facts (recipients, Annex items, pointers) come from the form table. Not API: the
 * rules are published through {@link ModelDocumentationRules}.
 */
final class ModelDocumentationChecks {

  static final FormRules FORM_RULES =
      FormRules.of(io.github.gpai4j.core.documentation.ModelDocumentationForms.FINAL.table());

  private static final LegalBasis ART_53_1_A = LegalBasis.article(53, "1", "a");
  private static final LegalBasis SS_10_1 = LegalBasis.measure(Instrument.COP_SAFETY_AND_SECURITY, "10.1");
  private static final List<Recipient> AUTHORITIES =
      List.of(Recipient.AI_OFFICE, Recipient.NATIONAL_COMPETENT_AUTHORITY);
  private static final BigDecimal SIX = BigDecimal.valueOf(6);

  private ModelDocumentationChecks() {}

  static Rule rule(String id, Severity severity, List<LegalBasis> bases, Collection<Recipient> recipients,
      String key, String description) {
    return new Rule(id, severity, bases, List.copyOf(recipients), key, description, DocumentationMessages.MESSAGES);
  }

  /** The legal bases of items' rules, as the form rules compute them, merged in citation order. */
  static List<LegalBasis> bases(MdfItem... items) {
    TreeSet<LegalBasis> set = new TreeSet<>();
    for (MdfItem item : items) {
      set.addAll(FORM_RULES.bases(item.row()));
    }
    return List.copyOf(set);
  }

  static Set<Recipient> union(MdfItem a, MdfItem b) {
    Set<Recipient> set = EnumSet.copyOf(a.recipients());
    set.addAll(b.recipients());
    return set;
  }

  static JsonPointer at(MdfItem item) {
    return JsonPointer.parse(item.pointer());
  }

  /** MDF-2.3b/2.4b: a maximum size for every selected modality, and none for an unselected one; Annex XII 2(b). */
  record MaximumSizes(MdfItem modalities, MdfItem sizesItem, Rule requiredForSelected, Rule unselected,
      Function<ModelDocumentation, @Nullable ModalitySelection> selection,
      Function<ModelDocumentation, List<MaximumSize>> sizes) implements CrossCheck<ModelDocumentation> {

    static MaximumSizes input() {
      return new MaximumSizes(MdfItem.MDF_2_3, MdfItem.MDF_2_3B,
          rule("MDF-REQ-2.3b-SELECTED", Severity.ERROR, bases(MdfItem.MDF_2_3B), MdfItem.MDF_2_3B.recipients(),
              "mdf.required.sizeForModality",
              "Every selected input modality (MDF-2.3) has a maximum size or N/A in MDF-2.3b."),
          rule("MDF-CONS-2.3b-UNSELECTED", Severity.ERROR, bases(MdfItem.MDF_2_3, MdfItem.MDF_2_3B),
              MdfItem.MDF_2_3B.recipients(), "mdf.consistency.sizeUnselected",
              "MDF-2.3b gives maximum sizes only for input modalities selected in MDF-2.3."),
          d -> d.modelProperties().inputModalities(), d -> listOrEmpty(d.modelProperties().inputMaximumSizes()));
    }

    static MaximumSizes output() {
      return new MaximumSizes(MdfItem.MDF_2_4, MdfItem.MDF_2_4B,
          rule("MDF-REQ-2.4b-SELECTED", Severity.ERROR, bases(MdfItem.MDF_2_4B), MdfItem.MDF_2_4B.recipients(),
              "mdf.required.sizeForModality",
              "Every selected output modality (MDF-2.4) has a maximum size or N/A in MDF-2.4b."),
          rule("MDF-CONS-2.4b-UNSELECTED", Severity.ERROR, bases(MdfItem.MDF_2_4, MdfItem.MDF_2_4B),
              MdfItem.MDF_2_4B.recipients(), "mdf.consistency.sizeUnselected",
              "MDF-2.4b gives maximum sizes only for output modalities selected in MDF-2.4."),
          d -> d.modelProperties().outputModalities(), d -> listOrEmpty(d.modelProperties().outputMaximumSizes()));
    }

    private static List<MaximumSize> listOrEmpty(@Nullable List<MaximumSize> list) {
      return list == null ? List.of() : list;
    }

    @Override
    public List<Rule> rules() {
      return List.of(requiredForSelected, unselected);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      ModalitySelection chosen = selection.apply(doc);
      List<MaximumSize> given = sizes.apply(doc);
      if (chosen == null || chosen.isEmpty() || given.isEmpty()) {
        return; // the completeness rules of the two items report what is missing
      }
      JsonPointer at = at(sizesItem);
      List<Modality> selected = new ArrayList<>(chosen.selected());
      if (chosen.other() != null && !chosen.other().isBlank() && !selected.contains(Modality.OTHER)) {
        selected.add(Modality.OTHER);
      }
      EnumSet<Modality> withSize = EnumSet.noneOf(Modality.class);
      for (int i = 0; i < given.size() && !out.isStopped(); i++) {
        Modality m = given.get(i).modality();
        withSize.add(m);
        if (!selected.contains(m)) {
          out.add(unselected.finding(at.append(i).append("modality"), sizesItem.id(), m.name()));
        }
      }
      for (Modality m : selected) {
        if (out.isStopped()) {
          return;
        }
        if (!withSize.contains(m)) {
          out.add(requiredForSelected.finding(at, sizesItem.id(), m.name()));
        }
      }
    }
  }

  /**
   * The form accepts {@code N/A} for training energy (MDF-8.1) only when a compute or hardware provider withholds
   * what is needed to estimate it, and then asks MDF-8.2 to state what information is lacking; Annex XI 1(2)(e)
   * otherwise lets energy be estimated from compute.
   */
  static final class EnergyExplanation implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-NA-8.1-EXPLANATION", Severity.ERROR, bases(MdfItem.MDF_8_1, MdfItem.MDF_8_2),
        AUTHORITIES, "mdf.na.energyExplanation",
        "An N/A training energy (MDF-8.1) comes with the explanation of what is lacking in MDF-8.2.");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      Applicable<EnergyAmount> energy = doc.energy().trainingEnergy();
      if (energy != null && energy.isNotApplicable() && !form.isFilled(MdfItem.MDF_8_2.row(), doc)) {
        out.add(RULE.finding(at(MdfItem.MDF_8_2)));
      }
    }
  }

  /**
   * The Union market release date (MDF-1.5) is not before the first release (MDF-1.4): release in the Union is one
   * of the model's releases; Annex XI 1(1)(c), Annex XII 1(c).
   */
  static final class UnionRelease implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-CONS-1.5-UNION-RELEASE", Severity.ERROR,
        bases(MdfItem.MDF_1_4, MdfItem.MDF_1_5), EnumSet.allOf(Recipient.class), "mdf.consistency.unionRelease",
        "The Union market release date (MDF-1.5) is not before the first release date (MDF-1.4).");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      GeneralInformation g = doc.generalInformation();
      LocalDate release = g.releaseDate();
      LocalDate union = g.unionMarketReleaseDate();
      if (release != null && union != null && union.isBefore(release)) {
        out.add(RULE.finding(at(MdfItem.MDF_1_5), union.toString(), release.toString()));
      }
    }
  }

  /**
   * The parameter range (MDF-2.5b) contains the exact count (MDF-2.5a); Annex XI 1(1)(d), Annex XII 1(f). A count
   * equal to a boundary the form leaves open is accepted in either adjacent range (UNCONFIRMED; see
   * {@link ParameterRange#containsAcceptingBoundaries}).
   */
  static final class ParameterRangeCheck implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-CONS-2.5b-RANGE", Severity.ERROR, bases(MdfItem.MDF_2_5A, MdfItem.MDF_2_5B),
        union(MdfItem.MDF_2_5A, MdfItem.MDF_2_5B), "mdf.consistency.parameterRange",
        "The parameter range (MDF-2.5b) contains the exact count (MDF-2.5a).");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      ParameterCount count = doc.modelProperties().parameterCount();
      ParameterRange range = doc.modelProperties().parameterRange();
      if (count != null && range != null && !range.containsAcceptingBoundaries(count.amount())) {
        out.add(RULE.finding(at(MdfItem.MDF_2_5B), range.label(), count.amount().toString()));
      }
    }
  }

  /**
   * The training-time range (MDF-7.1a) matches the wall-clock days (MDF-7.1b); Annex XI 1(2)(d). A month is 28 to
   * 31 days (UNCONFIRMED: the form does not define a month; see
   * {@link TrainingTimeRange#containsAcceptingBoundaries}).
   */
  static final class TrainingTimeCheck implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-CONS-7.1a-RANGE", Severity.ERROR, bases(MdfItem.MDF_7_1A, MdfItem.MDF_7_1B),
        AUTHORITIES, "mdf.consistency.trainingTime",
        "The training-time range (MDF-7.1a) matches the wall-clock days (MDF-7.1b).");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      ComputationalResources c = doc.computationalResources();
      TrainingTimeEstimate estimate = c.trainingTimeRange();
      TrainingTime time = c.trainingTime();
      TrainingTimeRange range = estimate == null ? null : estimate.range();
      BigDecimal days = time == null ? null : time.wallClockDays();
      if (range != null && days != null && !range.containsAcceptingBoundaries(days)) {
        out.add(RULE.finding(at(MdfItem.MDF_7_1A).append("range"), range.label(), days.toString()));
      }
    }
  }

  /**
   * The order of magnitude of training compute (MDF-7.2a) matches the precise figure (MDF-7.2b): it equals
   * 10^floor(log10 C) or 10^round(log10 C), since the form does not say whether to truncate or round; Annex XI
   * 1(2)(d).
   */
  static final class ComputeMagnitude implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-CONS-7.2a-MAGNITUDE", Severity.ERROR,
        bases(MdfItem.MDF_7_2A, MdfItem.MDF_7_2B), AUTHORITIES, "mdf.consistency.computeMagnitude",
        "The training compute order of magnitude (MDF-7.2a) matches the precise figure (MDF-7.2b).");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      ComputeAmount magnitude = doc.computationalResources().trainingComputeOrderOfMagnitude();
      ComputeAmount precise = doc.computationalResources().trainingCompute();
      if (magnitude == null || precise == null || magnitude.amount().signum() == 0
          || precise.amount().signum() == 0) {
        return;
      }
      int stated = Quantities.orderOfMagnitude(magnitude.amount());
      int[] allowed = Quantities.allowedOrdersOfMagnitude(precise.amount()); // as CoarseItems derives 7.2a
      if (stated != allowed[0] && stated != allowed[1]) {
        out.add(RULE.finding(at(MdfItem.MDF_7_2A), magnitude.amount().toString(), precise.amount().toString()));
      }
    }
  }

  /**
   * The training compute (MDF-7.2b) is within a factor of ten of 6 · P · D, P the exact parameter count (MDF-2.5a)
   * and D the training tokens (MDF-6.4b, else 6.4a). The Commission guidelines' architecture-based estimate for
   * large dense transformers is C ≈ 6 · P · D (gpai-reference.md section 5.7; the guidelines' annex section number
   * is UNCONFIRMED). Sparse (mixture-of-experts) models and several epochs can legitimately depart from it, so a
   * departure is a warning.
   */
  static final class ComputePlausibility implements CrossCheck<ModelDocumentation> {
    static final Rule RULE = rule("MDF-PLAUS-7.2b-6PD", Severity.WARNING,
        bases(MdfItem.MDF_7_2B, MdfItem.MDF_2_5A, MdfItem.MDF_6_4B), List.of(Recipient.AI_OFFICE),
        "mdf.plausibility.compute",
        "The training compute (MDF-7.2b) is within a factor of ten of 6 x parameters x training tokens.");

    @Override
    public List<Rule> rules() {
      return List.of(RULE);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      ComputeAmount compute = doc.computationalResources().trainingCompute();
      ParameterCount parameters = doc.modelProperties().parameterCount();
      DataSize tokens = trainingTokens(doc);
      if (compute == null || parameters == null || tokens == null || parameters.amount().signum() == 0
          || tokens.amount().signum() == 0) {
        return;
      }
      BigDecimal estimate = SIX.multiply(parameters.amount()).multiply(tokens.amount());
      BigDecimal c = compute.amount();
      if (c.compareTo(estimate.multiply(BigDecimal.TEN)) > 0 || c.multiply(BigDecimal.TEN).compareTo(estimate) < 0) {
        out.add(RULE.finding(at(MdfItem.MDF_7_2B), c.toString(), estimate.round(new MathContext(2)).toString(),
            parameters.amount().toString(), tokens.amount().toString()));
      }
    }

    private static @Nullable DataSize trainingTokens(ModelDocumentation doc) {
      for (DataPoints p : new DataPoints[] {doc.trainingData().dataPoints(),
          doc.trainingData().dataPointsApproximate()}) {
        if (p != null && p.training() != null && p.training().unit() == DataUnit.TOKENS) {
          return p.training();
        }
      }
      return null;
    }
  }

  /**
   * For a model with systemic risk, the Annex XI section 2 material (MDF-SR-XI-2.1 to 2.3); an unknown status is
   * reported ({@code MDF-SR-STATUS}) and never taken as "no systemic risk". The status is the validator's override
   * if given, else the document's own statement.
   */
  record SystemicRisk(@Nullable Boolean override) implements CrossCheck<ModelDocumentation> {
    static final Rule EVALUATION = rule("MDF-SR-XI-2.1", Severity.ERROR,
        List.of(ART_53_1_A, LegalBasis.article(55, "1", "a"), LegalBasis.annex("XI", "2", "1"), SS_10_1), AUTHORITIES,
        "mdf.systemicRisk.evaluation", "A systemic-risk model documents its evaluation strategies and results.");
    static final Rule ADVERSARIAL_TESTING = rule("MDF-SR-XI-2.2", Severity.ERROR,
        List.of(ART_53_1_A, LegalBasis.article(55, "1", "a"), LegalBasis.annex("XI", "2", "2"), SS_10_1), AUTHORITIES,
        "mdf.systemicRisk.adversarial", "A systemic-risk model documents adversarial testing and model "
            + "adaptations.");
    static final Rule SYSTEM_ARCHITECTURE = rule("MDF-SR-XI-2.3", Severity.ERROR,
        List.of(ART_53_1_A, LegalBasis.annex("XI", "2", "3"), SS_10_1), AUTHORITIES, "mdf.systemicRisk.architecture",
        "A systemic-risk model documents its system architecture, or N/A where not applicable.");
    static final Rule STATUS_UNKNOWN = rule("MDF-SR-STATUS", Severity.WARNING,
        List.of(LegalBasis.article(51, "1"), ART_53_1_A, LegalBasis.annex("XI", "2")), AUTHORITIES,
        "mdf.systemicRisk.unknown", "The documentation says whether the model has systemic risk.");

    @Override
    public List<Rule> rules() {
      return List.of(EVALUATION, ADVERSARIAL_TESTING, SYSTEM_ARCHITECTURE, STATUS_UNKNOWN);
    }

    @Override
    public void check(ModelDocumentation doc, Form<ModelDocumentation> form, ValidationReport.Collector out) {
      Boolean systemicRisk = override != null ? override : doc.systemicRisk();
      if (systemicRisk == null) {
        out.add(STATUS_UNKNOWN.finding(JsonPointer.of("systemicRisk")));
        return;
      }
      if (!systemicRisk) {
        return;
      }
      JsonPointer at = JsonPointer.of("systemicRiskDocumentation");
      SystemicRiskDocumentation sr = doc.systemicRiskDocumentation();
      if (!answered(sr == null ? null : sr.evaluationStrategies())) {
        out.add(EVALUATION.finding(at.append("evaluationStrategies")));
      }
      if (!out.isStopped() && !answered(sr == null ? null : sr.adversarialTesting())) {
        out.add(ADVERSARIAL_TESTING.finding(at.append("adversarialTesting")));
      }
      Applicable<String> architecture = sr == null ? null : sr.systemArchitecture();
      if (!out.isStopped() && (architecture == null
          || !architecture.isNotApplicable() && !answered(architecture.value().orElse(null)))) {
        out.add(SYSTEM_ARCHITECTURE.finding(at.append("systemArchitecture")));
      }
    }

    private static boolean answered(@Nullable String text) {
      return Answers.isAnswered(text) && !Answers.isNotApplicable(text);
    }
  }

  static final MaximumSizes INPUT_SIZES = MaximumSizes.input();
  static final MaximumSizes OUTPUT_SIZES = MaximumSizes.output();

  /** Returns the cross checks in the order they run, with a systemic-risk override or null. */
  static List<CrossCheck<ModelDocumentation>> all(@Nullable Boolean systemicRisk) {
    return List.of(INPUT_SIZES, OUTPUT_SIZES, new EnergyExplanation(), new UnionRelease(),
        new ParameterRangeCheck(), new TrainingTimeCheck(), new ComputeMagnitude(), new ComputePlausibility(),
        new SystemicRisk(systemicRisk));
  }
}
