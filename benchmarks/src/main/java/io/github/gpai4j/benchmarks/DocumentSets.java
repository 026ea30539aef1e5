package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The documents the side-by-side benchmarks read, as the UTF-8 bytes every path is given; the same name always
 * gives the same bytes (generators are seeded), so that the report can compute MB/s from the sizes without the
 * benchmarks telling it.
 *
 * <ul>
 *   <li>{@code S-sample}: the bundled complete Model Documentation Form ({@code model-documentation-complete.json}),
 *       as written by hand;
 *   <li>{@code S-generated}: a complete Model Documentation Form from the testkit's
 *       {@link DocumentationGens#validModelDocumentation()}, seed {@value #SEED}, as gpai4j writes it.
 * </ul>
 */
final class DocumentSets {
  /** The seed of every generated document. */
  static final long SEED = 20_260_915L;

  /** The documents of set S. */
  static final List<String> S = List.of("S-sample", "S-generated");

  /** Every document name, in the order the report prints them. */
  static final List<String> ALL = S;

  private DocumentSets() {}

  /**
   * Returns the set a document belongs to: the part of its name before the first {@code -}.
   *
   * @param document the document name
   * @return the set name
   */
  static String setOf(String document) {
    int dash = document.indexOf('-');
    return dash < 0 ? document : document.substring(0, dash);
  }

  /**
   * Returns the documents of a set.
   *
   * @param set the set name, {@code S}
   * @return the document names
   * @throws IllegalArgumentException for an unknown set
   */
  static List<String> documentsOf(String set) {
    List<String> documents = ALL.stream().filter(d -> setOf(d).equals(set)).toList();
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("Unknown document set " + set + "; known: " + ALL);
    }
    return documents;
  }

  /**
   * Returns the bytes of a document.
   *
   * @param document one of {@link #ALL}
   * @return fresh UTF-8 bytes
   * @throws IllegalArgumentException for an unknown name
   */
  static byte[] bytes(String document) {
    return switch (document) {
      case "S-sample" -> sample(ModelDocumentation.class, "model-documentation-complete.json");
      case "S-generated" -> utf8(Gpai4jJson.strict().write(DocumentationGens.validModelDocumentation().sample(SEED)));
      default -> throw new IllegalArgumentException("Unknown document " + document + "; known: " + ALL);
    };
  }

  private static byte[] sample(Class<? extends io.github.gpai4j.core.Document> type, String name) {
    try (InputStream in = DocumentTypes.forClass(type).openSample(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
