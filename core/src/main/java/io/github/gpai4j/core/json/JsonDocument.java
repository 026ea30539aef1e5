package io.github.gpai4j.core.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@code documentType} and the schema versions that a {@link io.github.gpai4j.core.Document} type
 * reads. {@link Gpai4jJson} checks both before binding, so that a model profile given where model documentation
 * is expected fails with one clear message instead of a list of unknown properties.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JsonDocument {
  /**
   * Returns the document type, such as {@code model-documentation}.
   *
   * @return the document type
   */
  String type();

  /**
   * Returns the schema versions this type reads; the first is the one it writes.
   *
   * @return the supported schema versions, not empty
   */
  String[] schemaVersions();
}
