package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.core.profile.OpenSourceFacts;
import io.github.gpai4j.core.profile.ModificationFacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every attribute of a model profile and of its parts has a public {@code withX} copy method on the public type. */
class CopyMethodsTest {

  @Test
  void every_attribute_of_the_profile_and_its_parts_has_a_public_copy_method() {
    for (Class<?> type : List.of(ModelProfile.class, OpenSourceFacts.class, ModificationFacts.class)) {
      Set<String> missing = new TreeSet<>();
      for (String attribute : attributes(type)) {
        String with = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
        if (Arrays.stream(type.getDeclaredMethods())
            .noneMatch(m -> m.getName().equals(with) && Modifier.isPublic(m.getModifiers()))) {
          missing.add(with);
        }
      }
      assertTrue(missing.isEmpty(), type.getSimpleName() + " lacks " + missing);
    }
  }

  @Test
  void a_copy_changes_one_fact_of_a_part() {
    OpenSourceFacts facts = OpenSourceFacts.builder().licence("MIT").weightsPublic(Fact.YES).build();
    OpenSourceFacts withdrawn = facts.withWeightsPublic(Fact.NO);
    assertEquals(Fact.NO, withdrawn.weightsPublic());
    assertEquals("MIT", withdrawn.licence());
    assertEquals(Fact.YES, facts.weightsPublic());
  }

  /** The no-argument accessors that the builder can set. */
  private static Set<String> attributes(Class<?> type) {
    Class<?> builder = Arrays.stream(type.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder"))
        .findFirst().orElseThrow();
    Set<String> setters = Arrays.stream(builder.getMethods()).filter(m -> m.getParameterCount() == 1)
        .map(Method::getName).collect(Collectors.toSet());
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && setters.contains(m.getName()))
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}
