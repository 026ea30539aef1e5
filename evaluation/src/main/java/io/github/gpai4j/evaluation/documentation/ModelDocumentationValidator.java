package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
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

  private static final ModelDocumentationValidator FROM_DOCUMENT =
      new ModelDocumentationValidator(null, null, Severity.WARNING);

  /** Validated for a provider that Art.&nbsp;53(1)(a) and (b) bind; the standing it assumed. */
  static final Rule STANDING_BOUND = ModelDocumentationChecks.rule("MDF-STANDING-BOUND", Severity.INFO,
      List.of(LegalBasis.article(53, "1"), LegalBasis.article(53, "2")), EnumSet.allOf(Recipient.class),
      "mdf.standing.bound", "The report states the standing it assumed: a provider bound by Art. 53(1)(a) and (b).");

  /** Validated for a provider that Art.&nbsp;53(1)(a) and (b) do not bind; the standing it assumed. */
  static final Rule STANDING_NOT_BOUND = ModelDocumentationChecks.rule("MDF-STANDING-NOT-BOUND", Severity.INFO,
      List.of(LegalBasis.article(53, "1"), LegalBasis.article(53, "2")), EnumSet.allOf(Recipient.class),
      "mdf.standing.notBound", "The report states the standing it assumed: a provider not bound by Art. 53(1)(a) "
          + "and (b), whose missing items are what the form asks.");

  private static final LegalBasis ART_55 = LegalBasis.article(55);

  private final FormValidator<ModelDocumentation> delegate;
  private final @Nullable Standing standing;
  private final Severity nonBinding;
  private final Map<String, Rule> asFormAsks;
  private final List<Rule> rules;

  private ModelDocumentationValidator(@Nullable Boolean systemicRisk, @Nullable Standing standing,
      Severity nonBinding) {
    this.delegate = FormValidator.of(ModelDocumentationForms.FINAL, ModelDocumentationChecks.FORM_RULES,
        ModelDocumentationChecks.all(systemicRisk));
    this.standing = standing;
    this.nonBinding = nonBinding;
    Map<String, Rule> map = new HashMap<>();
    if (standing != null && !standing.isBoundByArticle53()) {
      List<LegalBasis> code = List.of(ModelDocumentationForms.FINAL.table().basis());
      for (Rule r : delegate.rules()) {
        if (!restsOnArticle55(r)) {
          map.put(r.id(), new Rule(r.id(), nonBinding, code, r.recipients(), r.messageKey(), r.description(),
              r.messages()));
        }
      }
    }
    this.asFormAsks = Map.copyOf(map);
    if (standing == null) {
      this.rules = delegate.rules();
    } else {
      List<Rule> all = new java.util.ArrayList<>(delegate.rules());
      all.add(standing.isBoundByArticle53() ? STANDING_BOUND : STANDING_NOT_BOUND);
      this.rules = RuleCatalogue.of("Model Documentation", all).all();
    }
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
    return new ModelDocumentationValidator(systemicRisk, null, nonBinding);
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
        : standing.systemicRisk().isNo() ? Boolean.FALSE : null;
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
    ModelDocumentationValidator v = new ModelDocumentationValidator(null, null, severity);
    return standing == null ? v : v.withStanding(standing);
  }

  @Override
  public ValidationReport validate(ModelDocumentation document, ValidationOptions options) {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    if (standing == null) {
      return delegate.validate(document, options);
    }
    // With a standing, findings are re-issued in order; a fail-fast run stops at the first that remains an error.
    ValidationReport all = delegate.validate(document, ValidationOptions.defaults());
    ValidationReport.Collector out = ValidationReport.collector(options);
    out.add(standingFinding());
    for (Finding f : all.findings()) {
      if (out.isStopped()) {
        break;
      }
      Rule lowered = asFormAsks.get(f.ruleId());
      out.add(lowered == null ? f : new Finding(lowered, f.location(), f.recipients(), f.arguments()));
    }
    return out.report();
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
    return delegate.catalogue();
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
