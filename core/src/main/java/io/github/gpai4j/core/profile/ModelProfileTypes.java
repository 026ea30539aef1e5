package io.github.gpai4j.core.profile;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypeProvider;
import java.util.List;

/**
 * Contributes the {@code model-profile} document type to the
 * {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}, with its bundled samples. A model
 * profile has no form table: it is classified (by {@code ModelClassifier} in the evaluation module), not validated.
 *
 * @since 0.2.0
 */
public final class ModelProfileTypes implements DocumentTypeProvider {

  private static final List<String> SAMPLES = List.of("profile-frontier.json", "profile-open-small.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public ModelProfileTypes() {
    // stateless
  }

  /**
   * Returns the {@code model-profile} type.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(ModelProfile.DOCUMENT_TYPE, ModelProfile.SCHEMA_VERSION, null, true,
        ModelProfile.class, null, SAMPLES, name -> ModelProfileTypes.class.getResourceAsStream("samples/" + name)));
  }
}
