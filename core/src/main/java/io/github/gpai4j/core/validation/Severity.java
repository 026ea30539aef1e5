package io.github.gpai4j.core.validation;

/**
 * How much a finding matters. Only {@link #ERROR} makes a document invalid.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The document does not meet an obligation or a requirement of the form; it is not valid. */
  ERROR,
  /** Something is probably wrong or implausible and deserves a look; the document stays valid. */
  WARNING,
  /** Guidance, such as a recommended word count exceeded; the document stays valid. */
  INFO
}
