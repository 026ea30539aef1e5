package io.github.gpai4j.evaluation.registry;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.DraftModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.evaluation.copyright.CopyrightPolicyValidator;
import io.github.gpai4j.evaluation.form.FormValidator;
import io.github.gpai4j.evaluation.summary.TrainingContentSummaryValidator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validator of each registered document type: the Model Documentation Form (final) with its cross-item checks,
 * the first draft's documentation table, the public summary of training content
 * ({@link TrainingContentSummaryValidator}), the copyright policy ({@link CopyrightPolicyValidator}), and, for any other registered type with a form table, the catalogue
 * validator that its table implies ({@link FormValidator#of(Form)}). A type without a form (a model profile) has
 * no validator; classify it instead.
 *
 * <p>Thread-safe; validators are created once per type.
 *
 * @since 0.2.0
 */
public final class DocumentValidators {

  private static final Map<DocumentType<?>, Validator<?>> VALIDATORS = new ConcurrentHashMap<>();

  static {
    VALIDATORS.put(DocumentTypes.forClass(ModelDocumentation.class), ModelDocumentationValidator.create());
    VALIDATORS.put(DocumentTypes.forClass(DraftModelDocumentation.class),
        FormValidator.of(ModelDocumentationForms.DRAFT_2024_11));
    VALIDATORS.put(DocumentTypes.forClass(TrainingContentSummary.class), TrainingContentSummaryValidator.create());
    VALIDATORS.put(DocumentTypes.forClass(CopyrightPolicy.class), CopyrightPolicyValidator.create());
  }

  private DocumentValidators() {}

  /**
   * Returns the validator of a document type.
   *
   * @param type the type, not null
   * @param <D> the Java type
   * @return the validator, or empty if the type has no form and no validator
   */
  @SuppressWarnings("unchecked")
  public static <D extends Document> Optional<Validator<D>> forType(DocumentType<D> type) {
    requireNonNull(type, "type");
    Validator<?> v = VALIDATORS.get(type);
    if (v == null && type.form() != null) {
      v = VALIDATORS.computeIfAbsent(type, t -> FormValidator.of(type.form()));
    }
    return Optional.ofNullable((Validator<D>) v);
  }

  /**
   * Validates a document of any registered type with a validator.
   *
   * @param document the document, not null
   * @param options how to run, not null
   * @return the report
   * @throws IllegalArgumentException if the document's type has no validator
   */
  public static ValidationReport validate(Document document, ValidationOptions options) {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    return validator(document).validate(document, options);
  }

  /**
   * Returns the completeness of a document for a recipient, if its type has a form.
   *
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @return the score, or empty if the type has no form or its form routes nothing to the recipient (the summary of
   *     training content has no items for the AI Office, the Model Documentation Form none for the public)
   */
  public static Optional<CompletenessScore> completeness(Document document, Recipient recipient) {
    requireNonNull(document, "document");
    requireNonNull(recipient, "recipient");
    DocumentType<?> type = DocumentTypes.of(document);
    return type.findForm().filter(form -> form.table().recipients().contains(recipient))
        .map(form -> completeness(form, document, recipient));
  }

  private static <D> CompletenessScore completeness(Form<D> form, Document document, Recipient recipient) {
    @SuppressWarnings("unchecked")
    D doc = (D) document;
    return CompletenessScore.of(form, doc, recipient);
  }

  @SuppressWarnings("unchecked")
  private static Validator<Document> validator(Document document) {
    DocumentType<?> type = DocumentTypes.of(document);
    return (Validator<Document>) forType(type).orElseThrow(() -> new IllegalArgumentException(
        "Document type " + type + " has no validator"));
  }
}
