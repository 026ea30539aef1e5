package io.github.gpai4j.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.gpai4j.testkit.internal.Runner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testkit is engine-neutral and keeps its engine internals out of its API. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.gpai4j.testkit");

  @Test
  void testkit_depends_on_no_test_engine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "net.jqwik..")
        .because("generators and the runner must work from any engine, and gpai4j does not use jqwik")
        .check(MAIN);
  }

  @Test
  void public_api_signatures_use_no_internal_type() {
    assertTrue(MAIN.contain(Property.class) && MAIN.contain(Runner.class), "classes imported");
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : MAIN) {
      if (!type.getPackageName().equals("io.github.gpai4j.testkit") || !isVisible(type.getModifiers())) {
        continue;
      }
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!isVisible(unit.getModifiers())) {
          continue;
        }
        List<JavaClass> used = new ArrayList<>(unit.getRawParameterTypes());
        used.add(unit.getRawReturnType());
        for (JavaClass usedType : used) {
          if (usedType.getPackageName().startsWith("io.github.gpai4j.testkit.internal")) {
            leaks.add(unit.getFullName() + " uses " + usedType.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static boolean isVisible(java.util.Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
