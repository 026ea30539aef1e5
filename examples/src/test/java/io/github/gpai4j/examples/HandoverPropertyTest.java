package io.github.gpai4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.PropertyReport;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * User story: property-test a documentation pipeline with the testkit. The pipeline is {@link DownstreamHandover};
 * the property says that every complete documentation the generators produce is handed over, and that what the
 * downstream provider reads back is exactly its view (Art.&nbsp;53(1)(b), Annex XII).
 */
class HandoverPropertyTest {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true,
      StandardCharsets.UTF_8);

  @Test
  void every_complete_documentation_is_handed_over_as_exactly_the_downstream_view() {
    PropertyReport report = Property.forAll(DocumentationGens.validModelDocumentation())
        .withTries(200)
        .check(doc -> {
          String json = DownstreamHandover.handOver(doc, NOWHERE);
          try {
            return json != null && Gpai4jJson.strict().read(json, ModelDocumentation.class)
                .equals(doc.viewFor(Recipient.DOWNSTREAM_PROVIDER));
          } catch (DocumentReadException e) {
            return false;
          }
        });
    assertTrue(report.tries() > 0, report.summary());
  }
}
