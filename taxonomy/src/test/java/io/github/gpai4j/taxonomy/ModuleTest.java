package io.github.gpai4j.taxonomy;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the module descriptor: the exported API packages (the {@code internal} package stays hidden) and the
 * packages opened to Jackson only.
 */
class ModuleTest {

  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void module_is_named_io_github_gpai4j_taxonomy() throws IOException {
    assertEquals("io.github.gpai4j.taxonomy", descriptor().name());
  }

  @Test
  void module_exports_exactly_the_api_packages_to_everyone() throws IOException {
    ModuleDescriptor d = descriptor();
    assertEquals(
        Set.of(
            "io.github.gpai4j.taxonomy",
            "io.github.gpai4j.taxonomy.risk",
            "io.github.gpai4j.taxonomy.mitigation",
            "io.github.gpai4j.taxonomy.evaluation",
            "io.github.gpai4j.taxonomy.framework",
            "io.github.gpai4j.taxonomy.incident",
            "io.github.gpai4j.taxonomy.report"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(toSet()));
    d.exports().forEach(e -> assertEquals(Set.of(), e.targets(), e.source()));
  }

  @Test
  void module_opens_record_packages_to_jackson_only() throws IOException {
    for (ModuleDescriptor.Opens o : descriptor().opens()) {
      assertEquals(Set.of("tools.jackson.databind"), o.targets(), o.source());
    }
    assertEquals(7, descriptor().opens().size());
  }

  /** Every package of the module except {@code internal} is API and exported. */
  @Test
  void every_package_but_internal_is_exported() throws IOException {
    Path classes = Path.of("target", "classes");
    Set<String> packages;
    try (Stream<Path> files = Files.walk(classes)) {
      packages = files
          .filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
          .map(f -> classes.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .collect(toSet());
    }
    Set<String> exported = descriptor().exports().stream().map(ModuleDescriptor.Exports::source).collect(toSet());
    Set<String> hidden = new java.util.TreeSet<>(packages);
    hidden.removeAll(exported);
    assertEquals(Set.of("io.github.gpai4j.taxonomy.internal"), hidden);
  }
}
