package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The form's {@code N/A} with an optional reason and the explicit "none" with an optional statement: both answers,
 * distinct from a missing answer and from each other.
 */
class ApplicableMarkersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "N/A|NULL",
      "  n/a  |NULL",
      "N/A.|NULL",
      "N/A: depends on the downstream provider's deployment|depends on the downstream provider's deployment",
      "N/A - not disclosed|not disclosed",
      "N/A \u2013 API only|API only",
      "N/A (no public weights)|no public weights",
      "N/A:   |NULL"})
  void reads_not_applicable_with_its_reason(String text, String reason) {
    Applicable<?> a = Applicable.parseMarker(text);
    assertInstanceOf(Applicable.NotApplicable.class, a);
    assertEquals(Optional.ofNullable(reason), a.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "None|NULL",
      "none.|NULL",
      "None: trained from scratch|trained from scratch",
      "NONE - no other assets are released|no other assets are released"})
  void reads_none_with_its_statement(String text, String statement) {
    Applicable<?> a = Applicable.parseMarker(text);
    assertInstanceOf(Applicable.None.class, a);
    assertEquals(Optional.ofNullable(statement), a.explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "None of the data was collected from users",
      "N/Awesome",
      "Nonetheless, the model",
      "Not applicable to this release"})
  void text_that_merely_starts_with_the_letters_is_a_value(String text) {
    assertNull(Applicable.parseMarker(text));
    assertInstanceOf(Applicable.Given.class, Applicable.of(text));
  }

  @Test
  void markers_write_back_as_they_read() {
    assertEquals("N/A: no public API", Applicable.notApplicable("  no public API ").toString());
    assertEquals("N/A", Applicable.notApplicable("  ").toString());
    assertEquals("None: trained from scratch", Applicable.none("trained from scratch").toString());
    assertEquals("None", Applicable.none(null).toString());
    assertEquals(Applicable.parseMarker("None: trained from scratch"), Applicable.none("trained from scratch"));
  }

  @Test
  void none_and_not_applicable_are_different_answers_and_map_keeps_them() {
    Applicable<Integer> none = Applicable.none("x");
    Applicable<Integer> na = Applicable.notApplicable("y");
    assertTrue(none.isNone() && !none.isNotApplicable());
    assertTrue(na.isNotApplicable() && !na.isNone());
    assertEquals(none, none.map(i -> i + 1));
    assertEquals(Optional.of("y"), na.map(i -> i + 1).explanation());
  }
}
