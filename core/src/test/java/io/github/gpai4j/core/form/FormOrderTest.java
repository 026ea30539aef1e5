package io.github.gpai4j.core.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gpai4j.core.documentation.ModelDocumentationForms;
import io.github.gpai4j.core.validation.JsonPointer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The item a finding's location lies in, in the document and in a variant, as the form order ranks it. */
class FormOrderTest {

  private static final FormOrder ORDER = FormOrder.of(ModelDocumentationForms.FINAL.table());

  @Test
  void finds_the_item_a_location_lies_in_also_inside_a_variant() {
    assertEquals("MDF-2.5a", ORDER.itemAt(JsonPointer.parse("/modelProperties/parameterCount")).orElseThrow().id());
    assertEquals("MDF-7.1b",
        ORDER.itemAt(JsonPointer.parse("/computationalResources/trainingTime/hardwareDays/0/days")).orElseThrow().id());
    assertEquals("MDF-2.5a",
        ORDER.itemAt(JsonPointer.parse("/variants/3/modelProperties/parameterCount")).orElseThrow().id());
    assertEquals(Optional.empty(), ORDER.itemAt(JsonPointer.parse("/systemicRiskDocumentation/adversarialTesting")));
    assertEquals(Optional.empty(), ORDER.itemAt(JsonPointer.root()));
  }

  @Test
  void ranks_the_root_first_then_items_with_the_family_before_its_variants() {
    long family = ORDER.rank(JsonPointer.parse("/modelProperties/parameterCount"));
    long variant = ORDER.rank(JsonPointer.parse("/variants/0/modelProperties/parameterCount"));
    long later = ORDER.rank(JsonPointer.parse("/modelProperties/parameterRange"));
    assertEquals(0, ORDER.rank(JsonPointer.root()));
    assertEquals(true, family < variant && variant < later);
    assertEquals(Long.MAX_VALUE, ORDER.rank(JsonPointer.parse("/extensions/x")));
  }
}
