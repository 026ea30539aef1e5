package io.github.gpai4j.evaluation.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.form.FormValidator;
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

  private static final ModelDocumentationValidator FROM_DOCUMENT = new ModelDocumentationValidator(null);

  private final FormValidator<ModelDocumentation> delegate;

  private ModelDocumentationValidator(@Nullable Boolean systemicRisk) {
    this.delegate = FormValidator.of(ModelDocumentationForms.FINAL, ModelDocumentationChecks.FORM_RULES,
        ModelDocumentationChecks.all(systemicRisk));
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
    return delegate.validate(document, options);
  }

  @Override
  public List<Rule> rules() {
    return delegate.rules();
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
