package io.github.gpai4j.examples;

import io.github.gpai4j.cli.Samples;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import java.io.PrintStream;
import java.util.Locale;

/**
 * User story: a provider hands a downstream provider its view of the documentation (Art.&nbsp;53(1)(b) and
 * Annex XII): only the items the form routes to downstream providers, after checking that none of them is missing.
 *
 * @since 0.1.0
 */
public final class DownstreamHandover {
  private DownstreamHandover() {}

  /**
   * Checks a documentation for the downstream provider and returns the JSON to hand over, or null if items are
   * missing (then the gaps are printed).
   *
   * @param doc the full documentation, not null
   * @param out where to print the gaps, not null
   * @return the JSON of the downstream provider's view, or null
   */
  static @org.jspecify.annotations.Nullable String handOver(ModelDocumentation doc, PrintStream out) {
    ValidationReport gaps = ModelDocumentationValidator.create().validate(doc)
        .forRecipient(Recipient.DOWNSTREAM_PROVIDER);
    if (!gaps.isValid()) {
      out.print(gaps.toText(Locale.ENGLISH));
      return null;
    }
    return Gpai4jJson.strict().write(doc.viewFor(Recipient.DOWNSTREAM_PROVIDER));
  }

  /**
   * Runs the example on the bundled complete documentation and prints the view handed over.
   *
   * @param args ignored
   * @throws DocumentReadException if the bundled sample cannot be read
   */
  public static void main(String[] args) throws DocumentReadException {
    ModelDocumentation doc = Gpai4jJson.strict().read(Samples.text(Samples.COMPLETE), ModelDocumentation.class);
    String view = handOver(doc, System.out);
    if (view != null) {
      System.out.println(view);
    }
  }
}
