package io.github.gpai4j.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A finding that compares the documents of Art.&nbsp;53(1) (documentation, copyright policy, summary of training
 * content) is located in one and points to the same fact in the other.
 */
class RelatedLocationTest {

  private final Finding plain = TestRules.MISSING.finding(JsonPointer.of("a"), "MDF-1.1");
  private final Finding related = plain.withRelated(List.of(new RelatedLocation("summary.json",
      JsonPointer.parse("/provider/provider/name"))));

  @Test
  void a_finding_built_the_old_way_has_no_related_location() {
    assertEquals(List.of(), new Finding(plain.rule(), plain.location(), plain.recipients(), plain.arguments())
        .related());
  }

  @Test
  void json_reports_write_related_locations_only_where_there_are_some() {
    String without = ValidationReport.of(List.of(plain)).toJson(Locale.ENGLISH);
    assertFalse(without.contains("\"related\""), without);
    String with = ValidationReport.of(List.of(related)).toJson(Locale.ENGLISH);
    assertTrue(with.replace(" ", "").contains("\"document\":\"summary.json\""), with);
  }

  @Test
  void text_reports_name_the_other_document_and_pointer_in_english_and_french() {
    assertTrue(ValidationReport.of(List.of(related)).toText(Locale.ENGLISH)
        .contains("/a and in summary.json at /provider/provider/name"));
    assertTrue(ValidationReport.of(List.of(related)).toText(Locale.FRENCH)
        .contains("/a et dans summary.json à /provider/provider/name"));
  }

  @Test
  void a_related_location_names_its_document() {
    assertThrows(IllegalArgumentException.class, () -> new RelatedLocation(" ", JsonPointer.root()));
  }
}
