package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The registry of document types: {@code documentType} and form version to Java type, form table and bundled
 * samples. The JSON reader ({@link io.github.gpai4j.core.json.Gpai4jJson#readDocument(String)}), the command line,
 * the conformance tests and the testkit dispatch through it. Types come from every {@link DocumentTypeProvider}
 * on the module or class path, found once.
 *
 * @since 0.2.0
 */
public final class DocumentTypes {

  private static final List<DocumentType<?>> ALL = load();

  private DocumentTypes() {}

  private static List<DocumentType<?>> load() {
    List<DocumentType<?>> all = new ArrayList<>();
    for (DocumentTypeProvider provider : ServiceLoader.load(DocumentTypeProvider.class,
        DocumentTypes.class.getClassLoader())) {
      all.addAll(provider.documentTypes());
    }
    all.sort(Comparator.comparing((DocumentType<?> t) -> t.name()).thenComparing(t -> !t.isDefault())
        .thenComparing(DocumentType::version));
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).toString().equals(all.get(i - 1).toString())) {
        throw new IllegalStateException("Document type " + all.get(i) + " is registered twice");
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns every registered document type and version: by name, the default version first.
   *
   * @return the types, unmodifiable
   */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /**
   * Finds the type of a document from its header: its {@code documentType} and, where it has one, its
   * {@code formVersion}; a document without form version is of the default version.
   *
   * @param documentType the {@code documentType}, not null
   * @param formVersionCode the {@code formVersion}, or null if the document names none
   * @return the type, or empty if none is registered
   */
  public static Optional<DocumentType<?>> find(String documentType, @Nullable String formVersionCode) {
    requireNonNull(documentType, "documentType");
    for (DocumentType<?> t : ALL) {
      if (t.name().equals(documentType)
          && (formVersionCode == null ? t.isDefault() : formVersionCode.equals(t.formVersionCode()))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a type by its name and version id, such as {@code model-documentation} and {@code cop-draft-2024-11}.
   *
   * @param documentType the {@code documentType}, not null
   * @param version the version id, not null
   * @return the type
   * @throws IllegalArgumentException if none is registered, listing those that are
   */
  public static DocumentType<?> byVersion(String documentType, String version) {
    requireNonNull(documentType, "documentType");
    requireNonNull(version, "version");
    for (DocumentType<?> t : ALL) {
      if (t.name().equals(documentType) && t.version().equals(version)) {
        return t;
      }
    }
    throw new IllegalArgumentException("No document type " + documentType + "/" + version + "; registered: "
        + ALL.stream().map(Object::toString).collect(Collectors.joining(", ")));
  }

  /**
   * Returns the type whose Java type is the given class.
   *
   * @param javaType the class, not null
   * @param <D> the Java type
   * @return the type
   * @throws IllegalArgumentException if no registered type uses the class
   */
  @SuppressWarnings("unchecked")
  public static <D extends Document> DocumentType<D> forClass(Class<D> javaType) {
    requireNonNull(javaType, "javaType");
    for (DocumentType<?> t : ALL) {
      if (t.javaType().equals(javaType) || t.javaType().isAssignableFrom(javaType)) {
        return (DocumentType<D>) t;
      }
    }
    throw new IllegalArgumentException("No document type is registered for " + javaType.getName());
  }

  /**
   * Returns the type of a document value.
   *
   * @param document the document, not null
   * @return its type
   * @throws IllegalArgumentException if its class is not registered
   */
  public static DocumentType<?> of(Document document) {
    requireNonNull(document, "document");
    for (DocumentType<?> t : ALL) {
      if (t.javaType().isInstance(document)) {
        return t;
      }
    }
    throw new IllegalArgumentException("No document type is registered for " + document.getClass().getName());
  }

  /**
   * Finds a bundled sample by name across all types.
   *
   * @param sample the sample's name, such as {@code model-documentation-complete.json}, not null
   * @return the type that bundles it, or empty
   */
  public static Optional<DocumentType<?>> bundling(String sample) {
    requireNonNull(sample, "sample");
    return ALL.stream().filter(t -> t.samples().contains(sample)).findFirst();
  }
}
