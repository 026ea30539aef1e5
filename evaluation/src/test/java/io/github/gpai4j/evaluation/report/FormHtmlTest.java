package io.github.gpai4j.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.classification.ComputeEstimate;
import io.github.gpai4j.evaluation.classification.EstimationMethod;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.classification.ProviderEstablishment;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The filled form a provider hands over to one recipient (Art.&nbsp;53(1)(a) with Annex XI for the AI Office and
 * national competent authorities, Art.&nbsp;53(1)(b) with Annex XII for downstream providers), rendered as XHTML with
 * the gaps marked and static SVG pictures; each test parses the page as XML.
 */
class FormHtmlTest {

  private static final Path MISSING_1_1 = Path.of(
      "src/test/resources/conformance/model-documentation/cop-final-2025-07/invalid-MDF-REQ-1.1--missing.json");
  private static final String HOSTILE = "<script>alert(\\\"x\\\")</script> & \\u0001 <img src=\\\"https://evil.example/x.png\\\"/>";

  private static Document read(String json) throws Exception {
    return Gpai4jJson.strict().readDocument(json);
  }

  private static String text() throws Exception {
    return Files.readString(MISSING_1_1, StandardCharsets.UTF_8);
  }

  private static ObligationSchedule schedule() {
    ModelProfile profile = ModelProfile.builder()
        .modelName("example-70b")
        .providerEstablishment(ProviderEstablishment.UNION)
        .trainingCompute(ComputeEstimate.of("5E+24", EstimationMethod.MEASURED))
        .addInputModalities(Modality.TEXT)
        .addOutputModalities(Modality.TEXT)
        .unionPlacementDate(LocalDate.of(2025, 9, 1))
        .build();
    return ObligationDeriver.withCurrentRules().derive(profile, LocalDate.of(2026, 11, 28));
  }

  private static org.w3c.dom.Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(org.w3c.dom.Document d, String tag, String cssClass) {
    NodeList nodes = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element byId(org.w3c.dom.Document d, String id) {
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  @Test
  void renders_well_formed_xhtml_without_script_or_network_resources() throws Exception {
    Document doc = read(text().replace("SHA-256 of the released weights: 3f1c0a", HOSTILE));
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    String html = FormHtml.render(doc, Recipient.AI_OFFICE, report, Locale.ENGLISH, schedule());
    org.w3c.dom.Document d = parse(html);
    assertEquals("html", d.getDocumentElement().getTagName());
    for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use", "foreignObject")) {
      assertEquals(0, d.getElementsByTagName(tag).getLength(), tag);
    }
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attrs = all.item(i).getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        String name = attrs.item(a).getNodeName();
        String value = attrs.item(a).getNodeValue();
        assertFalse(name.startsWith("on"), name);
        if (!name.equals("xmlns")) {
          assertFalse(value.contains("http:") || value.contains("https:") || value.contains("//"), name + "=" + value);
        }
      }
    }
    String style = d.getElementsByTagName("style").item(0).getTextContent();
    assertFalse(style.contains("url(") || style.contains("@import"), style);
    // The hostile answer shows as text, not as markup.
    String answer = byId(d, "item-MDF-1.2").getTextContent() + byId(d, "item-MDF-1.3").getTextContent();
    assertTrue(answer.contains("<script>alert(\"x\")</script> & \ufffd <img"), answer);
  }

  @Test
  void lists_the_recipients_items_in_form_order_with_labels_and_marks_the_gap_with_its_finding() throws Exception {
    Document doc = read(text());
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    org.w3c.dom.Document d = parse(FormHtml.render(doc, Recipient.DOWNSTREAM_PROVIDER, report, Locale.ENGLISH));
    FormTable table = DocumentTypes.of(doc).form().table();
    List<String> expected = table.fieldsFor(Recipient.DOWNSTREAM_PROVIDER).stream().map(i -> "item-" + i.id())
        .toList();
    List<String> rendered = elements(d, "tr", "item").stream().map(e -> e.getAttribute("id")).toList();
    assertEquals(expected, rendered);
    Element gap = byId(d, "item-MDF-1.1");
    assertTrue(gap.getAttribute("class").contains("missing"), gap.getAttribute("class"));
    assertTrue(gap.getTextContent().contains(table.label("MDF-1.1", Locale.ENGLISH)), gap.getTextContent());
    assertTrue(gap.getTextContent().contains("Missing"), gap.getTextContent());
    String findings = ((Element) gap.getNextSibling().getNextSibling()).getTextContent();
    assertTrue(findings.contains("MDF-REQ-1.1"), findings);
    assertEquals(1, elements(d, "tr", "missing").size());
  }

  @Test
  void draws_one_completeness_bar_per_section_and_recipient_with_items() throws Exception {
    Document doc = read(text());
    FormTable table = DocumentTypes.of(doc).form().table();
    int expected = 0;
    for (String section : table.sections()) {
      for (Recipient r : Recipient.values()) {
        if (table.inSection(section).stream().anyMatch((FormItem i) -> i.isFor(r))) {
          expected++;
        }
      }
    }
    org.w3c.dom.Document d = parse(FormHtml.render(doc, Recipient.AI_OFFICE, ValidationReport.empty(),
        Locale.ENGLISH));
    assertEquals(1, d.getElementsByTagName("svg").getLength());
    List<Element> bars = elements(d, "rect", "bar");
    assertEquals(expected, bars.size());
    // The general-information section misses one item (MDF-1.1) for every recipient: its bars are not full.
    assertTrue(bars.stream().anyMatch(b -> Integer.parseInt(b.getAttribute("width")) < FormHtml.BAR_WIDTH));
    assertTrue(bars.stream().anyMatch(b -> Integer.parseInt(b.getAttribute("width")) == FormHtml.BAR_WIDTH));
  }

  @Test
  void draws_each_dated_obligation_on_a_timeline_marking_the_evaluation_date() throws Exception {
    ObligationSchedule schedule = schedule();
    long dated = schedule.obligations().stream().filter(o -> o.effectiveDate() != null || o.dueDate() != null
        || o.extendedDueDate() != null || o.enforceableFrom() != null).count();
    assertTrue(dated > 0);
    org.w3c.dom.Document d = parse(FormHtml.render(read(text()), Recipient.AI_OFFICE, ValidationReport.empty(),
        Locale.ENGLISH, schedule));
    assertEquals(2, d.getElementsByTagName("svg").getLength());
    assertEquals(dated, elements(d, "g", "obligation").size());
    assertEquals(1, elements(d, "line", "asof").size());
    assertFalse(elements(d, "circle", "milestone").isEmpty());
  }

  @Test
  void renders_labels_and_messages_in_french() throws Exception {
    Document doc = read(text());
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    org.w3c.dom.Document d = parse(FormHtml.render(doc, Recipient.AI_OFFICE, report, Locale.FRENCH, schedule()));
    assertEquals("fr", d.getDocumentElement().getAttribute("lang"));
    FormTable table = DocumentTypes.of(doc).form().table();
    assertTrue(byId(d, "item-MDF-1.1").getTextContent().contains(table.label("MDF-1.1", Locale.FRENCH)));
    assertTrue(byId(d, "item-MDF-1.1").getTextContent().contains("Manquant"));
    String verdict = elements(d, "p", "verdict").get(0).getTextContent();
    assertEquals("Validation : 1 erreur, aucun avertissement, aucune remarque.", verdict);
  }

  @Test
  void renders_the_same_page_twice() throws Exception {
    Document doc = read(text());
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    assertEquals(FormHtml.render(doc, Recipient.AI_OFFICE, report, Locale.ENGLISH, schedule()),
        FormHtml.render(doc, Recipient.AI_OFFICE, report, Locale.ENGLISH, schedule()));
  }
}
