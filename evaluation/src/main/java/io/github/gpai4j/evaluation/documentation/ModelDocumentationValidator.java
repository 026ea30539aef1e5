package io.github.gpai4j.evaluation.documentation;


import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.documentation.ModelVariant;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormOrder;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.form.FormValidator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a Model Documentation Form (GPAI Code of Practice, Transparency Measure 1.1, final July 2025) against
 * Art.&nbsp;53(1)(a)-(b) and Annexes XI and XII of Regulation (EU) 2024/1689, applying
 * {@link ModelDocumentationRules#all()}: the rules the form table implies (completeness per recipient,
 * {@code N/A}, precision, recommended length; see {@link FormValidator}), then the cross-item checks in this order:
 * maximum sizes per selected modality (MDF-2.3b, 2.4b), {@code N/A} energy explained in MDF-8.2, consistency
 * ({@code MDF-CONS-*}), the 6 · P · D plausibility of training compute ({@code MDF-PLAUS-7.2b-6PD}, a warning), and
 * for a model with systemic risk the Annex XI section 2 material ({@code MDF-SR-XI-2.1} to {@code 2.3}).
 *
 * <p><b>Systemic risk.</b> By default the validator believes the document's own statement
 * ({@link ModelDocumentation#systemicRisk()}); {@link #withSystemicRisk(boolean)} overrides it, for example with
 * the outcome of a classification under Art.&nbsp;51. When neither says, the section 2 material is not checked and
 * {@code MDF-SR-STATUS} warns about it: an unknown status is never taken as "no systemic risk".
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and its cost
 * is linear in the size of the document.
 *
 * @since 0.1.0
 */
public final class ModelDocumentationValidator implements Validator<ModelDocumentation> {


  /** Validated for a provider that Art.&nbsp;53(1)(a) and (b) bind; the standing it assumed. */
  static final Rule STANDING_BOUND = ModelDocumentationChecks.rule("MDF-STANDING-BOUND", Severity.INFO,
      List.of(LegalBasis.article(53, "1"), LegalBasis.article(53, "2")), EnumSet.allOf(Recipient.class),
      "mdf.standing.bound", "The report states the standing it assumed: a provider bound by Art. 53(1)(a) and (b).");

  /** Validated for a provider that Art.&nbsp;53(1)(a) and (b) do not bind; the standing it assumed. */
  static final Rule STANDING_NOT_BOUND = ModelDocumentationChecks.rule("MDF-STANDING-NOT-BOUND", Severity.INFO,
      List.of(LegalBasis.article(53, "1"), LegalBasis.article(53, "2")), EnumSet.allOf(Recipient.class),
      "mdf.standing.notBound", "The report states the standing it assumed: a provider not bound by Art. 53(1)(a) "
          + "and (b), whose missing items are what the form asks.");

  /**
   * A variant of a model family answers an item that the form table does not mark per variant; the family's answer
   * is the one that counts.
   */
  static final Rule VARIANT_ITEM = ModelDocumentationChecks.rule("MDF-VARIANT-ITEM", Severity.WARNING,
      List.of(ModelDocumentationForms.FINAL.table().basis()), EnumSet.allOf(Recipient.class),
      "mdf.variant.sharedItem", "A model variant answers only the items that differ between the models of a "
          + "family; the others are answered once for the family.");

  /** Each model variant has a name of its own, so that a finding located in a variant says which model it is about. */
  static final Rule VARIANT_NAME = ModelDocumentationChecks.rule("MDF-VARIANT-NAME", Severity.WARNING,
      List.of(ModelDocumentationForms.FINAL.table().basis()), EnumSet.allOf(Recipient.class),
      "mdf.variant.name", "Each model variant of a family has a name, and no two have the same name.");

  private static final LegalBasis ART_55 = LegalBasis.article(55);
  private static final FormOrder FORM_ORDER = FormOrder.of(ModelDocumentationForms.FINAL.table());
  private static final JsonPointer VARIANTS = JsonPointer.of("variants");

  // After the rules it uses: static fields initialise in textual order.
  private static final ModelDocumentationValidator FROM_DOCUMENT =
      new ModelDocumentationValidator(null, null, Severity.WARNING);

  private final FormValidator<ModelDocumentation> delegate;
  private final @Nullable Boolean systemicRiskOverride;
  private final @Nullable Standing standing;
  private final Severity nonBinding;
  private final Map<String, Rule> asFormAsks;
  private final List<Rule> rules;
  private final RuleCatalogue catalogue;

  private ModelDocumentationValidator(@Nullable Boolean systemicRisk, @Nullable Standing standing,
      Severity nonBinding) {
    this.delegate = FormValidator.of(ModelDocumentationForms.FINAL, ModelDocumentationChecks.FORM_RULES,
        ModelDocumentationChecks.all(systemicRisk));
    this.systemicRiskOverride = systemicRisk;
    this.standing = standing;
    this.nonBinding = nonBinding;
    Map<String, Rule> map = new HashMap<>();
    if (standing != null && !standing.isBoundByArticle53()) {
      List<LegalBasis> code = List.of(ModelDocumentationForms.FINAL.table().basis());
      for (Rule r : delegate.rules()) {
        if (!restsOnArticle55(r) && !r.id().startsWith("MDF-SR-")) { // Annex XI section 2: systemic risk only
          map.put(r.id(), new Rule(r.id(), nonBinding, code, r.recipients(), r.messageKey(), r.description(),
              r.messages()));
        }
      }
    }
    map.put(VARIANT_ITEM.id(), VARIANT_ITEM);
    map.put(VARIANT_NAME.id(), VARIANT_NAME);
    this.asFormAsks = Map.copyOf(map);
    List<Rule> all = new java.util.ArrayList<>(delegate.rules());
    all.add(VARIANT_ITEM);
    all.add(VARIANT_NAME);
    if (standing != null) {
      all.add(standing.isBoundByArticle53() ? STANDING_BOUND : STANDING_NOT_BOUND);
    }
    this.catalogue = RuleCatalogue.of(delegate.catalogue().name(), all);
    this.rules = catalogue.all();
  }

  /**
   * Whether a rule rests on Art.&nbsp;55, which neither the exemption nor voluntary documentation lifts; every other
   * Model Documentation rule rests on Art.&nbsp;53(1)(a) or (b) or on the form itself (the header items).
   */
  private static boolean restsOnArticle55(Rule rule) {
    for (LegalBasis b : rule.legalBases()) {
      if (b.isWithin(ART_55)) {
        return true;
      }
    }
    return false;
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
    return new ModelDocumentationValidator(systemicRisk, standing, nonBinding);
  }

  /**
   * Returns a validator that assumes the provider's standing, for example from {@link Standing#of} a classification:
   * its systemic-risk status (when known) replaces the document's statement, and when Art.&nbsp;53(1)(a) and (b)
   * do not bind the provider (an open-source model without systemic risk under Art.&nbsp;53(2), or voluntary
   * documentation) every finding of a rule that rests on them or on the form alone is still reported, with the same
   * rule id, location
   * and message, but as what the form asks: at {@link #withNonBindingSeverity the non-binding severity} (WARNING by
   * default), citing the Code of Practice (Transparency Measure 1.1) instead of Art.&nbsp;53. Rules that rest on
   * Art.&nbsp;55 keep their severity. The report states the standing it assumed in an INFO finding at the document
   * root ({@code MDF-STANDING-BOUND} or {@code MDF-STANDING-NOT-BOUND}).
   *
   * @param standing the standing, not null
   * @return the validator
   * @since 0.2.0
   */
  public ModelDocumentationValidator withStanding(Standing standing) {
    requireNonNull(standing, "standing");
    Boolean systemicRisk = standing.systemicRisk().isYes() ? Boolean.TRUE
        : standing.systemicRisk().isNo() ? Boolean.FALSE : systemicRiskOverride;
    return new ModelDocumentationValidator(systemicRisk, standing, nonBinding);
  }

  /**
   * Returns a validator that reports what does not bind the provider at a given severity (see
   * {@link #withStanding}).
   *
   * @param severity the severity, not null; {@code INFO} or {@code WARNING} keep such a document valid
   * @return the validator
   * @since 0.2.0
   */
  public ModelDocumentationValidator withNonBindingSeverity(Severity severity) {
    requireNonNull(severity, "severity");
    return new ModelDocumentationValidator(systemicRiskOverride, standing, severity);
  }

  /**
   * Validates the document; a document for a model family ({@link ModelDocumentation#variants()}) is validated once
   * per variant ({@link ModelDocumentation#forVariant(int)}), and a finding about an item the table marks per
   * variant is located in the variant ({@code /variants/<i>/...}) when the variant answers the item, or when other
   * variants answer it and neither this variant nor the family does; otherwise it is located at the family's answer
   * and reported once (an item that neither the family nor any variant answers is one finding, not one a variant). An item answered in a variant
   * that is not per variant is reported ({@code MDF-VARIANT-ITEM}) and not used. Findings come in form order
   * ({@link FormOrder}: section, item, variant).
   */
  @Override
  public ValidationReport validate(ModelDocumentation document, ValidationOptions options) {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    if (standing == null && document.variants().isEmpty()) {
      return delegate.validate(document, options); // the catalogue validator reports in form order already
    }
    List<Finding> all = document.variants().isEmpty()
        ? delegate.validate(document, ValidationOptions.defaults()).findings()
        : family(document);
    // Findings are re-issued in form order; a fail-fast run stops at the first that remains an error.
    List<Finding> ordered = new java.util.ArrayList<>(all);
    ordered.sort(FORM_ORDER);
    ValidationReport.Collector out = ValidationReport.collector(options);
    if (standing != null) {
      out.add(standingFinding());
    }
    for (Finding f : ordered) {
      if (out.isStopped()) {
        break;
      }
      Rule lowered = standing == null ? null : asFormAsks.get(f.ruleId());
      out.add(lowered == null ? f : new Finding(lowered, f.location(), f.recipients(), f.arguments()));
    }
    return out.report().ordered(FORM_ORDER);
  }

  private List<Finding> family(ModelDocumentation document) {
    Form<ModelDocumentation> form = ModelDocumentationForms.FINAL;
    List<FormItem> items = form.table().items();
    java.util.Set<Finding> out = new java.util.LinkedHashSet<>();
    int n = document.variants().size();
    List<java.util.Set<String>> answered = new java.util.ArrayList<>();
    java.util.Set<String> answeredSomewhere = new java.util.HashSet<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      ModelVariant variant = document.variants().get(i);
      String name = variant.name().strip();
      if (name.isEmpty() || !names.add(name)) {
        out.add(VARIANT_NAME.finding(VARIANTS.append(i).append("name"), variant.name()));
      }
      ModelDocumentation own = variant.asDocument();
      java.util.Set<String> answeredHere = new java.util.HashSet<>();
      for (FormItem item : items) {
        if (!form.isAnswered(item, own)) {
          continue;
        }
        if (item.perVariant()) {
          answeredHere.add(item.id());
        } else {
          out.add(VARIANT_ITEM.finding(VARIANTS.append(i).append(JsonPointer.parse(item.pointer())),
              item.recipients(), item.id(), variant.name()));
        }
      }
      answered.add(answeredHere);
      answeredSomewhere.addAll(answeredHere);
    }
    // Findings about a per-variant item that the variant does not answer itself are the family's when every variant
    // has them alike, and the variants' own otherwise (a shared range that fits one variant's count but not another's).
    java.util.Map<Finding, List<Integer>> shared = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      // The items answered once for the family read the same in every variant: check them in the first only, so
      // that the cost grows with the variants' answers, not with the family's text times the variants.
      ValidationReport report = i == 0
          ? delegate.validate(document.forVariant(i), ValidationOptions.defaults())
          : delegate.validate(document.forVariant(i), ValidationOptions.defaults(), FormItem::perVariant);
      for (Finding f : report.findings()) {
        FormItem item = FORM_ORDER.itemAt(f.location()).orElse(null);
        if (item == null || !item.perVariant()) {
          out.add(f);
        } else if (answered.get(i).contains(item.id())
            || answeredSomewhere.contains(item.id()) && !form.isAnswered(item, document)) {
          out.add(inVariant(f, i));
        } else {
          shared.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(i);
        }
      }
    }
    for (java.util.Map.Entry<Finding, List<Integer>> e : shared.entrySet()) {
      if (e.getValue().size() == n) {
        out.add(e.getKey());
      } else {
        for (int i : e.getValue()) {
          out.add(inVariant(e.getKey(), i));
        }
      }
    }
    return List.copyOf(out);
  }

  private static Finding inVariant(Finding f, int variant) {
    return new Finding(f.rule(), VARIANTS.append(variant).append(f.location()), f.recipients(), f.arguments());
  }

  private Finding standingFinding() {
    Standing s = requireNonNull(standing);
    return (s.isBoundByArticle53() ? STANDING_BOUND : STANDING_NOT_BOUND).finding(JsonPointer.root(),
        s.systemicRisk().name(), s.openSourceExemption().name(), s.voluntary().name());
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the catalogue of the rules this validator applies.
   *
   * @return the catalogue
   * @since 0.2.0
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns how complete the document is for a recipient: the items that go to it that are answered, out of all
   * items that go to it, with the missing ones. Adding an answer never lowers the score.
   *
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @return the score
   */
  public CompletenessScore completeness(ModelDocumentation document, Recipient recipient) {
    return delegate.completeness(requireNonNull(document, "document"), requireNonNull(recipient, "recipient"));
  }

  /**
   * Returns the completeness score for every recipient, in {@link Recipient} order.
   *
   * @param document the document, not null
   * @return the scores, unmodifiable
   */
  public Map<Recipient, CompletenessScore> completeness(ModelDocumentation document) {
    return delegate.completeness(requireNonNull(document, "document"));
  }
}
