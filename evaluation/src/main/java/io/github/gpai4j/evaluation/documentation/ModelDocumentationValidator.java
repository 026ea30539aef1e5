package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.DataUnit;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Quantities;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.DataPoints;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.HardwareDays;
import io.github.gpai4j.core.documentation.MaximumSize;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.Modality;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.SystemicRiskDocumentation;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Model Documentation Form (GPAI Code of Practice, Transparency Measure 1.1) against Art.&nbsp;53(1)(a)-(b)
 * and Annexes XI and XII of Regulation (EU) 2024/1689, applying {@link ModelDocumentationRules#all()}.
 *
 * <p>The checks, in the order they run (which matters only for fail-fast):
 * <ol>
 *   <li>for each {@link MdfItem} in form order: answered, else {@code MDF-REQ-<item>} for the item's recipients;
 *       an {@code N/A} the form does not allow is {@code MDF-NA-NOT-ALLOWED} instead; precision of figures
 *       ({@code MDF-PREC-*}); recommended word counts ({@code MDF-WORDS}, information only);</li>
 *   <li>maximum sizes per selected modality (MDF-2.3b, 2.4b) and {@code N/A} energy explained in MDF-8.2;</li>
 *   <li>consistency between items ({@code MDF-CONS-*}) and the plausibility of training compute against
 *       6 · P · D ({@code MDF-PLAUS-7.2b-6PD}, a warning);</li>
 *   <li>for a model with systemic risk, the Annex XI section 2 material ({@code MDF-SR-XI-2.1} to
 *       {@code 2.3}).</li>
 * </ol>
 *
 * <p><b>Systemic risk.</b> By default the validator believes the document's own statement
 * ({@link ModelDocumentation#systemicRisk()}); {@link #withSystemicRisk(boolean)} overrides it, for example with
 * the outcome of a classification under Art. 51. When neither says, the section 2 material is not checked and
 * {@code MDF-SR-STATUS} warns about it: an unknown status is never taken as "no systemic risk".
 *
 * <p><b>Figures.</b> A figure's significant figures are those of the decimal as written ({@code 7.0E+10} has
 * two, {@code 7E+10} one). A zero states no significant figure and fails both the one- and two-figure
 * requirements; omit a data set that does not exist instead of writing zero.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and its cost
 * is linear in the size of the document.
 *
 * @since 0.1.0
 */
public final class ModelDocumentationValidator implements Validator<ModelDocumentation> {

  /** sqrt(10): a mantissa at or above it rounds up to the next power of ten on a logarithmic scale. */
  private static final BigDecimal ROOT_TEN = new BigDecimal("3.1622776601683793319988935444327");
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final BigDecimal TEN = BigDecimal.TEN;

  private static final ModelDocumentationValidator FROM_DOCUMENT = new ModelDocumentationValidator(null);

  private final @Nullable Boolean systemicRisk;

  private ModelDocumentationValidator(@Nullable Boolean systemicRisk) {
    this.systemicRisk = systemicRisk;
  }

  /**
   * Returns the validator that takes the model's systemic-risk status from the document.
   *
   * @return the validator
   */
  public static ModelDocumentationValidator create() {
    return FROM_DOCUMENT;
  }

  /**
   * Returns a validator that treats the model as having, or not having, systemic risk whatever the document says,
   * for example after classifying it under Art.&nbsp;51.
   *
   * @param systemicRisk true if the model is a general-purpose AI model with systemic risk
   * @return the validator
   */
  public ModelDocumentationValidator withSystemicRisk(boolean systemicRisk) {
    return new ModelDocumentationValidator(systemicRisk);
  }

  @Override
  public ValidationReport validate(ModelDocumentation document, ValidationOptions options) {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    ValidationReport.Collector collector = ValidationReport.collector(options);
    new Run(document, collector).run(systemicRisk != null ? systemicRisk : document.systemicRisk());
    return collector.report();
  }

  @Override
  public List<Rule> rules() {
    return ModelDocumentationRules.all();
  }

  /**
   * Returns how complete the document is for a recipient: the items routed to it that are answered, out of all
   * items routed to it, with the missing ones. Adding an answer never lowers the score.
   *
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @return the score
   */
  public CompletenessScore completeness(ModelDocumentation document, Recipient recipient) {
    requireNonNull(document, "document");
    requireNonNull(recipient, "recipient");
    List<MdfItem> items = MdfItem.fieldsFor(recipient);
    List<MdfItem> missing = new ArrayList<>();
    for (MdfItem item : items) {
      if (!isFilled(item, document)) {
        missing.add(item);
      }
    }
    return new CompletenessScore(recipient, items.size() - missing.size(), items.size(), missing);
  }

  /**
   * Returns the completeness score for every recipient, in {@link Recipient} order.
   *
   * @param document the document, not null
   * @return the scores, unmodifiable
   */
  public Map<Recipient, CompletenessScore> completeness(ModelDocumentation document) {
    requireNonNull(document, "document");
    Map<Recipient, CompletenessScore> map = new EnumMap<>(Recipient.class);
    for (Recipient r : Recipient.values()) {
      map.put(r, completeness(document, r));
    }
    return Collections.unmodifiableMap(map);
  }

  static boolean isFilled(MdfItem item, ModelDocumentation document) {
    return item.isAnsweredIn(document) && !(isForbiddenNotApplicable(item, document));
  }

  /**
   * Returns whether the item is answered {@code N/A} although the form does not allow it; a model name whose
   * identifier is {@code N/A} counts as such an answer.
   */
  private static boolean isForbiddenNotApplicable(MdfItem item, ModelDocumentation document) {
    if (item.notApplicableAllowed()) {
      return false;
    }
    if (item.isNotApplicableIn(document)) {
      return true;
    }
    return item.valueIn(document) instanceof ModelName name && name.identifier() != null
        && name.identifier().strip().equalsIgnoreCase(Applicable.NOT_APPLICABLE_TEXT);
  }

  /**
   * Counts words as maximal runs of characters that are neither whitespace nor space separators. Scripts written
   * without spaces count as one word per run.
   */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** One validation run: the document, the collector, nothing shared. */
  private static final class Run {
    private final ModelDocumentation doc;
    private final ValidationReport.Collector out;

    Run(ModelDocumentation doc, ValidationReport.Collector out) {
      this.doc = doc;
      this.out = out;
    }

    void run(@Nullable Boolean systemicRisk) {
      for (MdfItem item : MdfItem.values()) {
        if (out.isStopped()) {
          return;
        }
        checkItem(item);
      }
      if (!out.isStopped()) {
        checkMaximumSizes(MdfItem.MDF_2_3B, doc.modelProperties().inputModalities(),
            doc.modelProperties().inputMaximumSizes(), ModelDocumentationRules.REQ_INPUT_SIZE_FOR_SELECTED,
            ModelDocumentationRules.CONS_INPUT_SIZE_UNSELECTED);
      }
      if (!out.isStopped()) {
        checkMaximumSizes(MdfItem.MDF_2_4B, doc.modelProperties().outputModalities(),
            doc.modelProperties().outputMaximumSizes(), ModelDocumentationRules.REQ_OUTPUT_SIZE_FOR_SELECTED,
            ModelDocumentationRules.CONS_OUTPUT_SIZE_UNSELECTED);
      }
      if (!out.isStopped()) {
        checkEnergyExplanation();
      }
      if (!out.isStopped()) {
        checkReleaseDates();
      }
      if (!out.isStopped()) {
        checkParameterRange();
      }
      if (!out.isStopped()) {
        checkTrainingTime();
      }
      if (!out.isStopped()) {
        checkComputeMagnitude();
      }
      if (!out.isStopped()) {
        checkComputePlausibility();
      }
      if (!out.isStopped()) {
        checkSystemicRisk(systemicRisk);
      }
    }

    private void checkItem(MdfItem item) {
      JsonPointer at = JsonPointer.parse(item.pointer());
      if (isForbiddenNotApplicable(item, doc)) {
        out.add(ModelDocumentationRules.NA_NOT_ALLOWED.finding(at, item.recipients(), item.id()));
        return;
      }
      if (!item.isAnsweredIn(doc)) {
        out.add(ModelDocumentationRules.required(item).finding(at, item.id()));
        return;
      }
      checkPrecision(item, at);
      OptionalInt recommended = item.recommendedWords();
      if (recommended.isPresent()) {
        String text = text(item.valueIn(doc));
        if (text != null) {
          int words = countWords(text);
          if (words > recommended.getAsInt()) {
            out.add(ModelDocumentationRules.WORDS.finding(at, item.recipients(), item.id(), Integer.toString(words),
                Integer.toString(recommended.getAsInt())));
          }
        }
      }
    }

    private static @Nullable String text(@Nullable Object value) {
      if (value instanceof String s) {
        return s;
      }
      if (value instanceof Applicable.Given<?> g && g.get() instanceof String s) {
        return s;
      }
      return null;
    }

    private void checkPrecision(MdfItem item, JsonPointer at) {
      switch (item) {
        case MDF_2_5A -> {
          ParameterCount p = doc.modelProperties().parameterCount();
          if (p != null) {
            twoFigures(ModelDocumentationRules.PREC_PARAMETERS, item, at, p.amount());
          }
        }
        case MDF_6_4A -> dataPoints(ModelDocumentationRules.PREC_DATA_POINTS_APPROXIMATE, item, at,
            doc.trainingData().dataPointsApproximate(), 1);
        case MDF_6_4B -> dataPoints(ModelDocumentationRules.PREC_DATA_POINTS, item, at,
            doc.trainingData().dataPoints(), 2);
        case MDF_7_1B -> {
          TrainingTime t = doc.computationalResources().trainingTime();
          if (t != null) {
            if (t.wallClockDays() != null) {
              oneFigure(ModelDocumentationRules.PREC_TRAINING_TIME, item, at.append("wallClockDays"),
                  t.wallClockDays());
            }
            List<HardwareDays> hardware = t.hardwareDays();
            for (int i = 0; i < hardware.size(); i++) {
              oneFigure(ModelDocumentationRules.PREC_TRAINING_TIME, item,
                  at.append("hardwareDays").append(i).append("days"), hardware.get(i).days());
            }
          }
        }
        case MDF_7_2A -> {
          ComputeAmount c = doc.computationalResources().trainingComputeOrderOfMagnitude();
          if (c != null && !isPowerOfTen(c.amount())) {
            out.add(ModelDocumentationRules.PREC_COMPUTE_MAGNITUDE.finding(at, item.id(), c.amount().toString()));
          }
        }
        case MDF_7_2B -> {
          ComputeAmount c = doc.computationalResources().trainingCompute();
          if (c != null) {
            twoFigures(ModelDocumentationRules.PREC_COMPUTE, item, at, c.amount());
          }
        }
        case MDF_8_1 -> {
          Applicable<EnergyAmount> e = doc.energy().trainingEnergy();
          if (e != null && e.value().isPresent()) {
            twoFigures(ModelDocumentationRules.PREC_ENERGY, item, at, e.value().get().amount());
          }
        }
        case MDF_8_3 -> {
          ComputeAmount c = doc.energy().inferenceCompute();
          if (c != null) {
            twoFigures(ModelDocumentationRules.PREC_INFERENCE_COMPUTE, item, at, c.amount());
          }
        }
        default -> {
          // no precision requirement for this item
        }
      }
    }

    private void dataPoints(Rule rule, MdfItem item, JsonPointer at, @Nullable DataPoints points, int figures) {
      if (points == null) {
        return;
      }
      check(rule, item, at.append("training"), points.training(), figures);
      check(rule, item, at.append("testing"), points.testing(), figures);
      check(rule, item, at.append("validation"), points.validation(), figures);
    }

    private void check(Rule rule, MdfItem item, JsonPointer at, @Nullable DataSize size, int figures) {
      if (size != null) {
        if (figures == 1) {
          oneFigure(rule, item, at, size.amount());
        } else {
          twoFigures(rule, item, at, size.amount());
        }
      }
    }

    private void twoFigures(Rule rule, MdfItem item, JsonPointer at, BigDecimal value) {
      if (value.signum() == 0 || Quantities.significantFigures(value) < 2) {
        out.add(rule.finding(at, item.id(), value.toString()));
      }
    }

    private void oneFigure(Rule rule, MdfItem item, JsonPointer at, BigDecimal value) {
      if (value.signum() == 0) {
        out.add(rule.finding(at, item.id(), value.toString()));
      }
    }

    private void checkMaximumSizes(MdfItem sizesItem, @Nullable ModalitySelection selection, List<MaximumSize> sizes,
        Rule requiredForSelected, Rule unselected) {
      if (selection == null || selection.isEmpty() || sizes.isEmpty()) {
        return; // the completeness rules of the two items report what is missing
      }
      JsonPointer at = JsonPointer.parse(sizesItem.pointer());
      List<Modality> chosen = new ArrayList<>(selection.selected());
      if (selection.other() != null && !selection.other().isBlank() && !chosen.contains(Modality.OTHER)) {
        chosen.add(Modality.OTHER);
      }
      for (int i = 0; i < sizes.size() && !out.isStopped(); i++) {
        Modality m = sizes.get(i).modality();
        if (!chosen.contains(m)) {
          out.add(unselected.finding(at.append(i).append("modality"), sizesItem.id(), m.name()));
        }
      }
      for (Modality m : chosen) {
        if (out.isStopped()) {
          return;
        }
        boolean given = false;
        for (MaximumSize s : sizes) {
          given |= s.modality() == m;
        }
        if (!given) {
          out.add(requiredForSelected.finding(at, sizesItem.id(), m.name()));
        }
      }
    }

    private void checkEnergyExplanation() {
      Applicable<EnergyAmount> energy = doc.energy().trainingEnergy();
      if (energy != null && energy.isNotApplicable() && !isFilled(MdfItem.MDF_8_2, doc)) {
        out.add(ModelDocumentationRules.NA_ENERGY_EXPLANATION.finding(JsonPointer.parse(MdfItem.MDF_8_2.pointer())));
      }
    }

    private void checkReleaseDates() {
      GeneralInformation g = doc.generalInformation();
      LocalDate release = g.releaseDate();
      LocalDate union = g.unionMarketReleaseDate();
      if (release != null && union != null && union.isBefore(release)) {
        out.add(ModelDocumentationRules.CONS_UNION_RELEASE.finding(JsonPointer.parse(MdfItem.MDF_1_5.pointer()),
            union.toString(), release.toString()));
      }
    }

    private void checkParameterRange() {
      ParameterCount count = doc.modelProperties().parameterCount();
      ParameterRange range = doc.modelProperties().parameterRange();
      if (count != null && range != null && !range.containsAcceptingBoundaries(count.amount())) {
        out.add(ModelDocumentationRules.CONS_PARAMETER_RANGE.finding(JsonPointer.parse(MdfItem.MDF_2_5B.pointer()),
            range.label(), count.amount().toString()));
      }
    }

    private void checkTrainingTime() {
      ComputationalResources c = doc.computationalResources();
      TrainingTimeEstimate estimate = c.trainingTimeRange();
      TrainingTime time = c.trainingTime();
      TrainingTimeRange range = estimate == null ? null : estimate.range();
      BigDecimal days = time == null ? null : time.wallClockDays();
      if (range != null && days != null && !range.containsAcceptingBoundaries(days)) {
        out.add(ModelDocumentationRules.CONS_TRAINING_TIME.finding(
            JsonPointer.parse(MdfItem.MDF_7_1A.pointer()).append("range"), range.label(), days.toString()));
      }
    }

    private void checkComputeMagnitude() {
      ComputeAmount magnitude = doc.computationalResources().trainingComputeOrderOfMagnitude();
      ComputeAmount precise = doc.computationalResources().trainingCompute();
      if (magnitude == null || precise == null || magnitude.amount().signum() == 0
          || precise.amount().signum() == 0) {
        return;
      }
      int stated = Quantities.orderOfMagnitude(magnitude.amount());
      int floor = Quantities.orderOfMagnitude(precise.amount());
      int nearest = precise.amount().movePointLeft(floor).compareTo(ROOT_TEN) >= 0 ? floor + 1 : floor;
      if (stated != floor && stated != nearest) {
        out.add(ModelDocumentationRules.CONS_COMPUTE_MAGNITUDE.finding(
            JsonPointer.parse(MdfItem.MDF_7_2A.pointer()), magnitude.amount().toString(),
            precise.amount().toString()));
      }
    }

    private void checkComputePlausibility() {
      ComputeAmount compute = doc.computationalResources().trainingCompute();
      ParameterCount parameters = doc.modelProperties().parameterCount();
      DataSize tokens = trainingTokens();
      if (compute == null || parameters == null || tokens == null || parameters.amount().signum() == 0
          || tokens.amount().signum() == 0) {
        return;
      }
      BigDecimal estimate = SIX.multiply(parameters.amount()).multiply(tokens.amount());
      BigDecimal c = compute.amount();
      if (c.compareTo(estimate.multiply(TEN)) > 0 || c.multiply(TEN).compareTo(estimate) < 0) {
        out.add(ModelDocumentationRules.PLAUS_COMPUTE.finding(JsonPointer.parse(MdfItem.MDF_7_2B.pointer()),
            c.toString(), estimate.round(new MathContext(2)).toString(), parameters.amount().toString(),
            tokens.amount().toString()));
      }
    }

    private @Nullable DataSize trainingTokens() {
      for (DataPoints p : new DataPoints[] {doc.trainingData().dataPoints(),
          doc.trainingData().dataPointsApproximate()}) {
        if (p != null && p.training() != null && p.training().unit() == DataUnit.TOKENS) {
          return p.training();
        }
      }
      return null;
    }

    private void checkSystemicRisk(@Nullable Boolean systemicRisk) {
      if (systemicRisk == null) {
        out.add(ModelDocumentationRules.SR_STATUS_UNKNOWN.finding(JsonPointer.of("systemicRisk")));
        return;
      }
      if (!systemicRisk) {
        return;
      }
      JsonPointer at = JsonPointer.of("systemicRiskDocumentation");
      SystemicRiskDocumentation sr = doc.systemicRiskDocumentation();
      if (!answered(sr == null ? null : sr.evaluationStrategies())) {
        out.add(ModelDocumentationRules.SR_EVALUATION.finding(at.append("evaluationStrategies")));
      }
      if (!out.isStopped() && !answered(sr == null ? null : sr.adversarialTesting())) {
        out.add(ModelDocumentationRules.SR_ADVERSARIAL_TESTING.finding(at.append("adversarialTesting")));
      }
      Applicable<String> architecture = sr == null ? null : sr.systemArchitecture();
      if (!out.isStopped() && (architecture == null
          || !architecture.isNotApplicable() && !answered(architecture.value().orElse(null)))) {
        out.add(ModelDocumentationRules.SR_SYSTEM_ARCHITECTURE.finding(at.append("systemArchitecture")));
      }
    }

    private static boolean answered(@Nullable String text) {
      return text != null && !text.isBlank()
          && !text.strip().equalsIgnoreCase(Applicable.NOT_APPLICABLE_TEXT);
    }

    private static boolean isPowerOfTen(BigDecimal value) {
      return value.signum() > 0 && value.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE);
    }
  }
}
