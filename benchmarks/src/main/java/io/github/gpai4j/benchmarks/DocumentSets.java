package io.github.gpai4j.benchmarks;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.SummaryGens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 *       {@link DocumentationGens#validModelDocumentation()}, seed {@value #SEED}, as gpai4j writes it;
 *   <li>{@code M}: a public summary of training content from the testkit's
 *       {@link SummaryGens#withCrawledDomains(int, boolean)} with statistics for 1,000 crawled domains (and the 100
 *       top domains footnote 16 asks of a provider that is not an SME), as gpai4j writes it;
 *   <li>{@code L}: the same with 10,000 crawled domains (1,000 top domains);
 *   <li>{@code XL}: the same with 100,000 crawled domains (10,000 top domains), the scale of issue 11; not in the
 *       default runs (about 15 MB, under the 16 MiB read limit): {@code -p doc=XL}.
 * </ul>
 *
 * <p>Every document is valid as of {@link #AS_OF}, the date the benchmarks validate as of.
 */
final class DocumentSets {
  /** The seed of every generated document. */
  static final long SEED = 20_260_915L;

  /** The documents of set S. */
  static final List<String> S = List.of("S-sample", "S-generated");

  /** Every document name, in the order the report prints them. */
  static final List<String> ALL = List.of("S-sample", "S-generated", "M", "L");

  /** The date the benchmarks validate as of, so that date-dependent rules run too. */
  static final LocalDate AS_OF = SummaryGens.VALID_AS_OF;

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
   * @param set the set name, {@code S}, {@code M} or {@code L}
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
      case "M" -> utf8(Gpai4jJson.strict().write(SummaryGens.withCrawledDomains(1_000, false)));
      case "L" -> utf8(Gpai4jJson.strict().write(SummaryGens.withCrawledDomains(10_000, false)));
      case "XL" -> utf8(Gpai4jJson.strict().write(SummaryGens.withCrawledDomains(100_000, false)));
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
