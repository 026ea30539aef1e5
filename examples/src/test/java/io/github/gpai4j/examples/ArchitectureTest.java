package io.github.gpai4j.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.Architectures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture of gpai4j, stated as rules that read as sentences when they fail. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // The modules' own class folders: scanning the whole class path for the package takes ten times longer.
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPaths(Stream.of("core", "taxonomy", "evaluation", "testkit", "cli", "examples")
            .map(module -> Path.of("..", module, "target", "classes")).toList());
  }

  @Test
  void imports_the_classes_of_every_module() {
    for (String pkg : new String[] {"core", "taxonomy", "evaluation", "testkit", "cli", "examples"}) {
      org.junit.jupiter.api.Assertions.assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.github.gpai4j." + pkg)), pkg);
    }
  }

  @Test
  void modules_depend_one_way_from_examples_and_the_command_line_to_core() {
    ArchRule rule = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("io.github.gpai4j.core..")
        .layer("taxonomy").definedBy("io.github.gpai4j.taxonomy..")
        .layer("evaluation").definedBy("io.github.gpai4j.evaluation..")
        .layer("testkit").definedBy("io.github.gpai4j.testkit..")
        .layer("cli").definedBy("io.github.gpai4j.cli..")
        .layer("examples").definedBy("io.github.gpai4j.examples..")
        .whereLayer("examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("cli").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("testkit").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("evaluation").mayOnlyBeAccessedByLayers("testkit", "cli", "examples")
        .whereLayer("taxonomy").mayOnlyBeAccessedByLayers("evaluation", "testkit", "cli", "examples")
        .because("dependencies point one way: core <- taxonomy <- evaluation <- cli <- examples, and testkit sees "
            + "the first three");
    rule.check(classes);
  }

  /** core and taxonomy describe (records, vocabulary, catalogues); evaluation judges. */
  @Test
  void validators_live_in_the_evaluation_module() {
    ArchRuleDefinition.classes().that().implement(io.github.gpai4j.core.validation.Validator.class)
        .should().resideInAPackage("io.github.gpai4j.evaluation..")
        .because("core and taxonomy describe documents and vocabularies; every rule that judges lives in evaluation")
        .check(classes);
    ArchRuleDefinition.noClasses().that().resideInAnyPackage("io.github.gpai4j.core..", "io.github.gpai4j.taxonomy..")
        .should().dependOnClassesThat().haveFullyQualifiedName(io.github.gpai4j.core.validation.Rule.class.getName())
        .orShould().dependOnClassesThat().haveFullyQualifiedName(
            io.github.gpai4j.core.validation.RuleCatalogue.class.getName())
        .because("rules are declared where they judge, in evaluation")
        .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("io.github.gpai4j.core.validation"))));
  }

  @Test
  void packages_have_no_cycles() {
    slices().matching("io.github.gpai4j.(**)").should().beFreeOfCycles()
        .because("package cycles are cheap to prevent on day one and expensive to remove later")
        .check(classes);
  }

  @Test
  void internal_packages_stay_inside_their_module() {
    for (String module : new String[] {"core", "taxonomy", "evaluation", "testkit"}) {
      ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("io.github.gpai4j." + module + "..")
          .should().dependOnClassesThat().resideInAPackage("io.github.gpai4j." + module + ".internal..")
          .because("internal packages are not API and are not exported by module " + module)
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void library_code_does_not_print_to_the_console() {
    ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages("io.github.gpai4j.cli..", "io.github.gpai4j.examples..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .because("a library reports through return values and exceptions, never the console")
        .check(classes);
  }

  @Test
  void library_code_does_not_use_java_util_logging() {
    ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages("io.github.gpai4j.cli..", "io.github.gpai4j.examples..")
        .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .because("an embeddable library leaves logging to its host")
        .check(classes);
  }
}
