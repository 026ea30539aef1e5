package io.github.gpai4j.core.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The builders and copy methods users see: a builder cannot produce a document gpai4j refuses to read, and every
 * attribute has a public {@code withX} copy method on the public type (not only on the hidden generated class).
 */
class BuilderContractTest {

  private static final List<Class<?>> AGGREGATES = List.of(ModelDocumentation.class, GeneralInformation.class,
      ModelProperties.class, DistributionAndLicences.class, Use.class, TrainingProcess.class, TrainingData.class,
      ComputationalResources.class, Energy.class, SystemicRiskDocumentation.class);

  @Test
  void the_builder_has_no_setter_for_the_document_type_or_the_schema_version() {
    Set<String> names = Arrays.stream(ModelDocumentation.Builder.class.getMethods()).map(Method::getName)
        .collect(Collectors.toSet());
    assertFalse(names.contains("documentType"), "documentType setter");
    assertFalse(names.contains("schemaVersion"), "schemaVersion setter");
  }

  @Test
  void the_builder_copies_only_from_a_model_documentation() {
    List<Class<?>> sources = Arrays.stream(ModelDocumentation.Builder.class.getMethods())
        .filter(m -> m.getName().equals("from")).map(m -> m.getParameterTypes()[0]).collect(Collectors.toList());
    assertEquals(List.of(ModelDocumentation.class), sources,
        "a from(Document) overload would copy a model profile's header into a model documentation");
  }

  @Test
  void what_the_builder_builds_is_read_back_by_gpai4j() throws Exception {
    ModelDocumentation doc = ModelDocumentation.builder().documentVersion("1").build();
    Gpai4jJson json = Gpai4jJson.strict();
    assertEquals(doc, json.read(json.write(doc), ModelDocumentation.class));
    assertEquals(ModelDocumentation.DOCUMENT_TYPE, doc.documentType());
    assertEquals(ModelDocumentation.SCHEMA_VERSION, doc.schemaVersion());
  }

  @Test
  void every_attribute_has_a_public_copy_method_on_the_public_type() {
    for (Class<?> type : AGGREGATES) {
      Set<String> missing = new TreeSet<>();
      for (String attribute : attributes(type)) {
        String with = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        boolean declared = Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> m.getName().equals(with) && Modifier.isPublic(m.getModifiers()));
        if (!declared) {
          missing.add(with);
        }
      }
      assertTrue(missing.isEmpty(), type.getSimpleName() + " lacks " + missing);
    }
  }

  @Test
  void copy_methods_change_one_attribute_and_keep_the_rest() {
    ModelDocumentation doc = ModelDocumentation.builder()
        .documentVersion("1.0")
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("2.4e25")).build())
        .build();
    ModelDocumentation updated = doc.withLastUpdated(LocalDate.of(2026, 11, 28));
    assertEquals(LocalDate.of(2026, 11, 28), updated.lastUpdated());
    assertEquals("1.0", updated.documentVersion());
    assertSame(doc.computationalResources(), updated.computationalResources());
    ModelDocumentation recomputed = doc.withComputationalResources(
        doc.computationalResources().withTrainingCompute(ComputeAmount.ofFlop("2.5e25")));
    assertEquals(ComputeAmount.ofFlop("2.5e25"), recomputed.computationalResources().trainingCompute());
    assertEquals(ComputeAmount.ofFlop("2.4e25"), doc.computationalResources().trainingCompute(), "unchanged");
  }

  /** The attributes of an Immutables type: its no-argument accessors that the builder can set. */
  static Set<String> attributes(Class<?> type) {
    Set<String> builderMethods = Arrays.stream(builderOf(type).getMethods())
        .filter(m -> m.getParameterCount() == 1).map(Method::getName).collect(Collectors.toSet());
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && builderMethods.contains(m.getName()))
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Class<?> builderOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder")).findFirst()
        .orElseThrow(() -> new AssertionError(type + " has no Builder"));
  }
}
