package io.github.gpai4j.taxonomy.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.taxonomy.framework.SafetyAndSecurityFramework;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bundled sample of the Safety and Security document types reads through the registry and round-trips. */
class BundledSafetySamplesJsonTest {

  /** Samples are read by type and written back to equal values. */
  @Test
  void every_bundled_safety_sample_round_trips() throws Exception {
    Gpai4jJson json = Gpai4jJson.strict();
    for (Class<? extends Document> c : List.of(SeriousIncidentReport.class, SafetyAndSecurityModelReport.class,
        SafetyAndSecurityFramework.class)) {
      DocumentType<?> type = DocumentTypes.forClass(c);
      assertFalse(type.samples().isEmpty(), type.toString());
      for (String sample : type.samples()) {
        Document doc;
        try (InputStream in = type.openSample(sample)) {
          doc = json.readDocument(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(c, doc.getClass().getSuperclass(), sample);
        assertEquals(doc, json.readDocument(json.write(doc)), sample);
      }
    }
  }
}
