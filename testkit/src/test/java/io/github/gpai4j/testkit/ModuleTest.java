package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the module descriptor: only the API packages (engine, domain generators, stateful testing and the optional
 * JUnit integration) are exported, the JUnit Platform finds the test-identity listener as a service, and of gpai4j
 * only taxonomy (with core) is read.
 */
class ModuleTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_is_named_io_github_gpai4j_testkit() throws IOException {
    assertEquals("io.github.gpai4j.testkit", descriptor().name());
  }

  @Test
  void exports_only_the_api_packages_to_everyone() throws IOException {
    Set<String> exports = descriptor().exports().stream()
        .peek(export -> assertEquals(Set.of(), export.targets(), export.source() + " is exported to everyone"))
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.gpai4j.testkit", "io.github.gpai4j.testkit.domain",
        "io.github.gpai4j.testkit.junit", "io.github.gpai4j.testkit.stateful"), exports);
  }

  /**
   * The listener is registered for the class path only: a {@code provides} of a JUnit service would make the module
   * fail to resolve where JUnit is absent ("does not read a module that exports org.junit.platform.launcher").
   */
  @Test
  void registers_the_test_identity_listener_on_the_class_path_without_requiring_junit() throws IOException {
    assertEquals(Set.of(), descriptor().provides());
    assertEquals("io.github.gpai4j.testkit.junit.TestIdentityListener", Files.readString(Path.of("target", "classes",
        "META-INF", "services", "org.junit.platform.launcher.TestExecutionListener")).strip());
    assertTrue(descriptor().requires().stream()
        .filter(r -> r.name().startsWith("org.junit"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)));
  }

  /**
   * The testkit reads core and taxonomy (through taxonomy), never evaluation: evaluation test-depends on the testkit
   * to run its own property tests, which a dependency back would make a reactor cycle.
   */
  @Test
  void requires_taxonomy_and_not_evaluation_of_gpai4j() throws IOException {
    Set<String> gpai4j = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> name.startsWith("io.github.gpai4j.")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.gpai4j.taxonomy"), gpai4j);
  }

  @Test
  void opens_no_package() throws IOException {
    assertEquals(Set.of(), descriptor().opens());
  }
}
