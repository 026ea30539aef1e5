package io.github.gpai4j.core.form;

import java.util.List;

/**
 * Contributes document types to the {@linkplain DocumentTypes registry}. A module that defines a document type
 * declares {@code provides io.github.gpai4j.core.form.DocumentTypeProvider with ...} in its {@code module-info}
 * and lists the class in {@code META-INF/services} for the class path; the registry finds it through
 * {@link java.util.ServiceLoader}, so no dispatcher names the types it serves.
 *
 * @since 0.2.0
 */
public interface DocumentTypeProvider {

  /**
   * Returns the document types this module defines.
   *
   * @return the types, not null
   */
  List<DocumentType<?>> documentTypes();
}
