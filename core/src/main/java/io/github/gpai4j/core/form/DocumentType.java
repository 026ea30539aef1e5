package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A document type in one version, as the {@linkplain DocumentTypes registry} knows it: the {@code documentType}
 * written in its JSON, the version id, the value of the JSON's {@code formVersion} property that selects it, the
 * Java type that holds it, its form (table and accessors) where it has one, and its bundled samples.
 *
 * <p>Several versions of a document type may be registered side by side, each with its own table and Java type
 * (the Model Documentation Form of the final Code and that of the first draft); a document that names no form
 * version reads as the {@linkplain #isDefault() default} one.
 *
 * @param name the {@code documentType}, such as {@code model-documentation}, not blank
 * @param version the version id, such as {@code cop-final-2025-07}, not blank
 * @param formVersionCode the value of the JSON's {@code formVersion} that selects this version, or null if the
 *     document type has no form versions
 * @param isDefault whether this version is read when a document names no form version
 * @param javaType the Java type, not null
 * @param form the form, or null if the document type has no form table (a model profile)
 * @param samples the names of the bundled samples, in the order to list them
 * @param sampleOpener opens a bundled sample by name, returning null for an unknown name; it runs in the module
 *     that holds the samples, not null
 * @param <D> the Java type
 * @since 0.2.0
 */
public record DocumentType<D extends Document>(
    String name,
    String version,
    @Nullable String formVersionCode,
    boolean isDefault,
    Class<D> javaType,
    @Nullable Form<D> form,
    List<String> samples,
    Function<String, @Nullable InputStream> sampleOpener) {

  /**
   * Checks and copies the components.
   *
   * @param name the document type
   * @param version the version id
   * @param formVersionCode the selecting form version code
   * @param isDefault whether this is the default version
   * @param javaType the Java type
   * @param form the form
   * @param samples the sample names
   * @param sampleOpener the sample opener
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the name or version is blank, or the form belongs to another type
   */
  public DocumentType {
    requireNonNull(name, "name");
    requireNonNull(version, "version");
    requireNonNull(javaType, "javaType");
    requireNonNull(sampleOpener, "sampleOpener");
    samples = List.copyOf(requireNonNull(samples, "samples"));
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("A document type needs a name and a version");
    }
    if (form != null && !form.table().documentType().equals(name)) {
      throw new IllegalArgumentException("Form " + form + " does not belong to document type " + name);
    }
  }

  /**
   * Returns the form, where the document type has one.
   *
   * @return the form, or empty
   */
  public Optional<Form<D>> findForm() {
    return Optional.ofNullable(form);
  }

  /**
   * Opens a bundled sample.
   *
   * @param sample the sample's name, one of {@link #samples()}, not null
   * @return the sample's bytes, UTF-8 JSON; the caller closes it
   * @throws IllegalArgumentException if there is no such sample
   */
  public InputStream openSample(String sample) {
    requireNonNull(sample, "sample");
    InputStream in = samples.contains(sample) ? sampleOpener.apply(sample) : null;
    if (in == null) {
      throw new IllegalArgumentException("No bundled sample '" + sample + "' of " + name + "/" + version
          + "; there are " + samples);
    }
    return in;
  }

  /**
   * Casts a document to this type's Java type.
   *
   * @param document the document, not null
   * @return the document
   * @throws ClassCastException if it is not of this type
   */
  public D cast(Document document) {
    return javaType.cast(requireNonNull(document, "document"));
  }

  /** Returns {@code name/version}. */
  @Override
  public String toString() {
    return name + "/" + version;
  }
}
