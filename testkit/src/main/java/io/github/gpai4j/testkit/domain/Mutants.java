package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.EnergyAmount;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.documentation.DataPoints;
import io.github.gpai4j.core.documentation.HardwareDays;
import io.github.gpai4j.core.documentation.MaximumSize;
import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ParameterRange;
import io.github.gpai4j.core.documentation.TrainingTime;
import io.github.gpai4j.core.documentation.TrainingTimeEstimate;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Figure;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.form.Precision;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generators of rule-tagged mutants of Model Documentation Forms: a valid document from
 * {@link DocumentationGens} with one change that breaks exactly one rule of
 * {@code io.github.gpai4j.evaluation.documentation.ModelDocumentationRules} (in gpai4j-evaluation, which the testkit
 * does not depend on), tagged with that rule's id. The table-derived ids come from {@link FormTable}; the ids of
 * cross-item rules are written here, and evaluation's property tests check each against the validator's catalogue.
 *
 * <p>The mutants cover every Model Documentation rule: a missing answer per item ({@code MDF-REQ-*}, Art.
 * 53(1)(a)-(b) with Annexes XI-XII), a selected modality without maximum size, {@code N/A} where the form does
 * not allow it, too few significant figures per quantity ({@code MDF-PREC-*}), each consistency rule
 * ({@code MDF-CONS-*}), training compute a hundred times 6 · P · D ({@code MDF-PLAUS-7.2b-6PD}, a warning), an
 * answer over its recommended word count ({@code MDF-WORDS}, information), a missing piece of Annex XI section 2
 * for a model with systemic risk ({@code MDF-SR-XI-2.x}) and an unstated systemic-risk status
 * ({@code MDF-SR-STATUS}), and a model variant answering an item that is answered once per family
 * ({@code MDF-VARIANT-ITEM}). One rule cannot be broken alone: an {@code N/A} training energy without explanation
 * leaves MDF-8.2 unanswered, so that mutant names {@code MDF-REQ-8.2} as its companion (see {@link Mutant}).
 *
 * @since 0.1.0
 */
public final class Mutants {

  private static final FormTable TABLE = ModelDocumentationForms.FINAL.table();

  private static final List<Operator> OPERATORS = operators();

  private Mutants() {}

  /**
   * Returns a generator of mutants of valid Model Documentation Forms, each breaking one rule, spread evenly over
   * the rules; shrinks towards the first rule in id order and the simplest document.
   *
   * @return the generator
   */
  public static Gen<Mutant<ModelDocumentation>> modelDocumentation() {
    return source -> OPERATORS.get((int) source.uniform(0, OPERATORS.size() - 1)).apply(source);
  }

  /**
   * Returns a generator of mutants that all break one rule.
   *
   * @param ruleId the rule id, such as {@code MDF-CONS-2.5b-RANGE}, not null
   * @return the generator
   * @throws IllegalArgumentException if no mutant breaks that rule
   */
  public static Gen<Mutant<ModelDocumentation>> modelDocumentation(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    for (Operator op : OPERATORS) {
      if (op.ruleId.equals(ruleId)) {
        return op::apply;
      }
    }
    throw new IllegalArgumentException("No Model Documentation mutant breaks rule '" + ruleId + "'");
  }

  /**
   * Returns one generator per Model Documentation rule, in rule-id order, each making mutants that break that rule:
   * a property that runs each for a few tries exercises every rule in a bounded number of tries, where sampling
   * {@link #modelDocumentation()} 500 times misses one of the 71 rules about one run in twenty.
   *
   * @return the generators, one for each rule of {@link #modelDocumentationRuleIds()}, unmodifiable
   * @since 0.2.0
   */
  public static List<Gen<Mutant<ModelDocumentation>>> modelDocumentationPerRule() {
    List<Gen<Mutant<ModelDocumentation>>> gens = new ArrayList<>(OPERATORS.size());
    for (Operator op : OPERATORS) {
      gens.add(op::apply);
    }
    return List.copyOf(gens);
  }

  /**
   * Returns the ids of the rules the Model Documentation mutants break, in id order.
   *
   * @return the rule ids, unmodifiable
   */
  public static Set<String> modelDocumentationRuleIds() {
    Set<String> ids = new TreeSet<>();
    for (Operator op : OPERATORS) {
      ids.add(op.ruleId);
    }
    return Collections.unmodifiableSet(ids);
  }

  // ----------------------------------------------------------------------------------------------- operators

  private static final class Operator {
    final String ruleId;
    final boolean systemic;
    final BiFunction<ModelDocumentation, Source, Mutant<ModelDocumentation>> mutate;

    Operator(String ruleId, boolean systemic,
        BiFunction<ModelDocumentation, Source, Mutant<ModelDocumentation>> mutate) {
      this.ruleId = ruleId;
      this.systemic = systemic;
      this.mutate = mutate;
    }

    Mutant<ModelDocumentation> apply(Source source) {
      ModelDocumentation valid = DocumentationGens.document(source, systemic || source.chance(0.5));
      return mutate.apply(valid, source);
    }
  }

  private static Operator op(String ruleId, String description, Function<ModelDocumentation, ModelDocumentation> f) {
    return new Operator(ruleId, false, (d, s) -> new Mutant<>(f.apply(d), ruleId, description));
  }

  private static Operator op(String ruleId, BiFunction<ModelDocumentation, Source, Mutant<ModelDocumentation>> f) {
    return new Operator(ruleId, false, f);
  }

  private static List<Operator> operators() {
    List<Operator> ops = new ArrayList<>();
    for (MdfItem item : MdfItem.values()) {
      String id = TABLE.requiredRuleId(item.row());
      if (item == MdfItem.MDF_8_2) {
        // a given training energy needs no explanation, so only the missing item is reported
        ops.add(op(id, item.id() + " left unanswered, training energy given",
            d -> Edits.withoutItem(givenEnergy(d), item)));
      } else {
        ops.add(op(id, item.id() + " left unanswered", d -> Edits.withoutItem(d, item)));
      }
    }
    ops.add(op("MDF-REQ-2.3b-SELECTED", (d, s) -> new Mutant<>(
        Edits.properties(d, b -> selectWithoutSize(b::inputModalities, b::inputMaximumSizes,
            d.modelProperties().inputModalities(), d.modelProperties().inputMaximumSizes())),
        "MDF-REQ-2.3b-SELECTED", "an input modality selected without a maximum size")));
    ops.add(op("MDF-REQ-2.4b-SELECTED", (d, s) -> new Mutant<>(
        Edits.properties(d, b -> selectWithoutSize(b::outputModalities, b::outputMaximumSizes,
            d.modelProperties().outputModalities(), d.modelProperties().outputMaximumSizes())),
        "MDF-REQ-2.4b-SELECTED", "an output modality selected without a maximum size")));
    ops.add(op("MDF-CONS-2.3b-UNSELECTED", (d, s) -> new Mutant<>(
        Edits.properties(d, b -> sizeWithoutSelection(b::inputModalities, b::inputMaximumSizes,
            d.modelProperties().inputModalities(), d.modelProperties().inputMaximumSizes())),
        "MDF-CONS-2.3b-UNSELECTED", "a maximum size for an input modality that is not selected")));
    ops.add(op("MDF-CONS-2.4b-UNSELECTED", (d, s) -> new Mutant<>(
        Edits.properties(d, b -> sizeWithoutSelection(b::outputModalities, b::outputMaximumSizes,
            d.modelProperties().outputModalities(), d.modelProperties().outputMaximumSizes())),
        "MDF-CONS-2.4b-UNSELECTED", "a maximum size for an output modality that is not selected")));
    ops.add(op(TABLE.notApplicableRuleId(), Mutants::notApplicableWhereNotAllowed));
    ops.add(new Operator("MDF-NA-8.1-EXPLANATION", false, (d, s) -> new Mutant<>(
        Edits.energy(d, b -> b.trainingEnergy(Applicable.notApplicable()).trainingEnergyMethodology(null)),
        "MDF-NA-8.1-EXPLANATION", "training energy N/A without the explanation in MDF-8.2",
        Set.of("MDF-REQ-8.2"))));
    for (MdfItem item : MdfItem.values()) {
      if (item.precision() != Precision.NONE) {
        String id = TABLE.precisionRuleId(item.row());
        ops.add(op(id, (d, s) -> imprecise(d, s, item, id)));
      }
    }
    ops.add(op("MDF-CONS-1.5-UNION-RELEASE", (d, s) -> new Mutant<>(
        Edits.general(d, b -> b.unionMarketReleaseDate(d.generalInformation().releaseDate().minusDays(s.choose(1, 400)))),
        "MDF-CONS-1.5-UNION-RELEASE", "Union market release before the first release")));
    ops.add(op("MDF-CONS-2.5b-RANGE", "a parameter range far from the exact count", d -> Edits.properties(d, b -> {
      ParameterRange actual = d.modelProperties().parameterRange();
      return b.parameterRange(actual.ordinal() >= 2 ? ParameterRange.P_1_500M : ParameterRange.P_GT_1T);
    })));
    ops.add(op("MDF-CONS-7.1a-RANGE", "a training-time range far from the wall-clock days", d -> Edits.compute(d, b -> {
      TrainingTimeEstimate e = d.computationalResources().trainingTimeRange();
      BigDecimal days = d.computationalResources().trainingTime().wallClockDays();
      TrainingTimeRange far = days.compareTo(BigDecimal.valueOf(60)) < 0
          ? TrainingTimeRange.MORE_THAN_6_MONTHS : TrainingTimeRange.LESS_THAN_1_MONTH;
      return b.trainingTimeRange(new TrainingTimeEstimate(e.measuredPeriod(), far));
    })));
    ops.add(op("MDF-CONS-7.2a-MAGNITUDE", "an order of magnitude of compute two orders too low", d -> Edits.compute(d,
        b -> b.trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(
            d.computationalResources().trainingComputeOrderOfMagnitude().amount().movePointLeft(2))))));
    ops.add(op("MDF-PLAUS-7.2b-6PD", "training compute a hundred times 6 x parameters x tokens", d -> Edits.compute(d,
        b -> {
          BigDecimal hundredfold = d.computationalResources().trainingCompute().amount().movePointRight(2);
          return b.trainingCompute(ComputeAmount.ofFlop(hundredfold))
              .trainingComputeOrderOfMagnitude(ComputeAmount.ofFlop(Numbers.magnitudeOf(hundredfold)));
        })));
    ops.add(op(TABLE.wordsRuleId(), Mutants::tooManyWords));
    ops.add(new Operator("MDF-SR-XI-2.1", true, (d, s) -> new Mutant<>(
        Edits.systemicRisk(d, b -> b.evaluationStrategies(s.chance(0.5) ? null : "N/A")),
        "MDF-SR-XI-2.1", "no evaluation strategies for a systemic-risk model")));
    ops.add(new Operator("MDF-SR-XI-2.2", true, (d, s) -> new Mutant<>(
        Edits.systemicRisk(d, b -> b.adversarialTesting(s.chance(0.5) ? null : " ")),
        "MDF-SR-XI-2.2", "no adversarial testing for a systemic-risk model")));
    ops.add(new Operator("MDF-SR-XI-2.3", true, (d, s) -> new Mutant<>(
        Edits.systemicRisk(d, b -> b.systemArchitecture(s.chance(0.5) ? null : Applicable.of(""))),
        "MDF-SR-XI-2.3", "no system architecture (nor N/A) for a systemic-risk model")));
    ops.add(op("MDF-VARIANT-ITEM", "a variant answering an item the family answers once (the architecture)",
        d -> d.withVariants(List.of(io.github.gpai4j.core.documentation.ModelVariant.builder("variant-1")
            .modelProperties(io.github.gpai4j.core.documentation.ModelProperties.builder()
                .architecture("A different architecture.").build())
            .build()))));
    ops.add(op("MDF-VARIANT-NAME", "two variants of a family with one name",
        d -> d.withVariants(List.of(io.github.gpai4j.core.documentation.ModelVariant.builder("same").build(),
            io.github.gpai4j.core.documentation.ModelVariant.builder("same").build()))));
    ops.add(op("MDF-SR-STATUS", "systemic-risk status not stated",
        d -> ModelDocumentation.builder().from(d).systemicRisk(null).build()));
    ops.sort((a, b) -> a.ruleId.compareTo(b.ruleId));
    return List.copyOf(ops);
  }

  // ----------------------------------------------------------------------------------------------- helpers

  private static ModelDocumentation givenEnergy(ModelDocumentation d) {
    if (d.energy().trainingEnergy() != null && d.energy().trainingEnergy().value().isPresent()) {
      return d;
    }
    return Edits.energy(d, b -> b.trainingEnergy(Applicable.of(EnergyAmount.ofMegawattHours("1.0"))));
  }

  private static <B> B selectWithoutSize(Function<ModalitySelection, B> select,
      Function<List<MaximumSize>, B> sizes, ModalitySelection selection, List<MaximumSize> given) {
    List<Modality> selected = new ArrayList<>(selection.selected());
    for (Modality m : Modality.values()) {
      if (!selected.contains(m)) {
        selected.add(m);
        return select.apply(new ModalitySelection(selected, null));
      }
    }
    // all modalities selected: drop the size of the last one (at least four sizes remain)
    return sizes.apply(given.subList(0, given.size() - 1));
  }

  private static <B> B sizeWithoutSelection(Function<ModalitySelection, B> select,
      Function<List<MaximumSize>, B> sizes, ModalitySelection selection, List<MaximumSize> given) {
    for (Modality m : Modality.values()) {
      if (!selection.selected().contains(m)) {
        List<MaximumSize> more = new ArrayList<>(given);
        more.add(MaximumSize.of(m, "1 unit"));
        return sizes.apply(more);
      }
    }
    // all modalities selected: unselect the last one and keep its size
    List<Modality> fewer = new ArrayList<>(selection.selected());
    fewer.remove(fewer.size() - 1);
    return select.apply(new ModalitySelection(fewer, null));
  }

  /** The items whose answer in a document is free text, where an N/A or a long text can be written. */
  private static List<MdfItem> textItems(ModelDocumentation d, Predicate<MdfItem> which) {
    List<MdfItem> items = new ArrayList<>();
    for (MdfItem item : MdfItem.values()) {
      if (which.test(item) && Answers.text(item.valueIn(d)) != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static Mutant<ModelDocumentation> notApplicableWhereNotAllowed(ModelDocumentation valid, Source s) {
    // an N/A training energy needs MDF-8.2 to explain it; with a given energy, N/A in 8.2 breaks one rule only
    ModelDocumentation d = givenEnergy(valid);
    List<MdfItem> items = textItems(d, item -> !item.notApplicableAllowed());
    MdfItem item = items.get((int) s.uniform(0, items.size() - 1));
    String na = Gens.elements("N/A", "n/a", " N/A ").generate(s);
    ModelDocumentation m = TreeEdits.edit(d, ModelDocumentation.class,
        tree -> TreeEdits.setText(tree, item.pointer(), na));
    return new Mutant<>(m, TABLE.notApplicableRuleId(),
        "'" + na + "' for " + item.id() + ", where the form allows no N/A");
  }

  private static Mutant<ModelDocumentation> tooManyWords(ModelDocumentation d, Source s) {
    List<MdfItem> items = textItems(d, item -> item.recommendedWords().isPresent());
    MdfItem item = items.get((int) s.uniform(0, items.size() - 1));
    int recommended = item.recommendedWords().getAsInt();
    int words = recommended + (int) s.choose(1, 20);
    String text = String.join(" ", Collections.nCopies(words, "word"));
    ModelDocumentation m = TreeEdits.edit(d, ModelDocumentation.class,
        tree -> TreeEdits.setText(tree, item.pointer(), text));
    return new Mutant<>(m, TABLE.wordsRuleId(),
        words + " words for " + item.id() + ", over the " + recommended + " recommended");
  }

  /**
   * Breaks the precision of one figure of an item as its table row states it: one significant figure where two are
   * asked, zero where one is, twice a power of ten where an order of magnitude is. The coarse items derived from
   * the figure (parameter range, order of magnitude, training-time range) follow it, so that only the precision
   * rule is broken.
   */
  private static Mutant<ModelDocumentation> imprecise(ModelDocumentation valid, Source s, MdfItem item,
      String ruleId) {
    // training energy may be a valid N/A (MDF-8.1); give it a figure to break
    ModelDocumentation d = Answers.figures(item.valueIn(valid)).isEmpty() ? givenEnergy(valid) : valid;
    List<Figure> figures = Answers.figures(item.valueIn(d));
    if (figures.isEmpty()) {
      throw new IllegalStateException("A valid document states no figure for " + item.id());
    }
    Figure figure = figures.get((int) s.uniform(0, figures.size() - 1));
    BigDecimal broken = FormMutants.broken(item.precision(), figure.value());
    String at = item.pointer() + figure.at().text();
    ModelDocumentation m = TreeEdits.edit(d, ModelDocumentation.class, tree -> TreeEdits.setFigure(tree, at, broken));
    return new Mutant<>(Edits.deriveCoarseItems(m, item), ruleId,
        figure.value() + " at " + at + " written as " + broken + " (" + item.precision() + " asked)");
  }
}
