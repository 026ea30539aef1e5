package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * JUnit integration) are exported, and the JUnit Platform finds the test-identity listener as a service.
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

  @Test
  void provides_the_test_identity_listener_to_the_junit_platform() throws IOException {
    assertEquals(Set.of("org.junit.platform.launcher.TestExecutionListener"), descriptor().provides().stream()
        .map(ModuleDescriptor.Provides::service).collect(Collectors.toSet()));
  }

  @Test
  void opens_no_package() throws IOException {
    assertEquals(Set.of(), descriptor().opens());
  }
}
