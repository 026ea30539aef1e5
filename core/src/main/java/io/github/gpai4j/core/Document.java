package io.github.gpai4j.core;

/**
 * A top-level gpai4j document: a value that is read and written as one JSON document carrying its
 * {@code documentType} and {@code schemaVersion}, such as the Model Documentation Form or a model profile.
 *
 * @since 0.1.0
 */
public interface Document {

  /**
   * Returns the document type, such as {@code model-documentation}; it selects the schema and the rules.
   *
   * @return the document type, never null
   */
  String documentType();

  /**
   * Returns the version of gpai4j's JSON schema for this document type, such as {@code 1.0}.
   *
   * @return the schema version, never null
   */
  String schemaVersion();
}
