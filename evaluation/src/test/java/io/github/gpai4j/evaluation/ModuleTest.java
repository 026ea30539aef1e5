package io.github.gpai4j.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages the evaluation module exports and opens, so that widening either is a deliberate act. */
class ModuleTest {

  private static ModuleDescriptor descriptor() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exports_exactly_the_api_packages() throws Exception {
    ModuleDescriptor d = descriptor();
    assertEquals("io.github.gpai4j.evaluation", d.name());
    Set<String> exports = d.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.gpai4j.evaluation", "io.github.gpai4j.evaluation.classification",
        "io.github.gpai4j.evaluation.documentation", "io.github.gpai4j.evaluation.form",
        "io.github.gpai4j.evaluation.obligations", "io.github.gpai4j.evaluation.registry", "io.github.gpai4j.evaluation.report",
        "io.github.gpai4j.evaluation.rules", "io.github.gpai4j.evaluation.safety",
        "io.github.gpai4j.evaluation.summary", "io.github.gpai4j.evaluation.copyright",
        "io.github.gpai4j.evaluation.crossdoc", "io.github.gpai4j.evaluation.time"), exports);
  }

  @Test
  void opens_the_bound_packages_to_jackson_only() throws Exception {
    for (ModuleDescriptor.Opens o : descriptor().opens()) {
      assertEquals(Set.of("tools.jackson.databind"), o.targets(), o.source());
    }
    assertEquals(Set.of("io.github.gpai4j.evaluation.classification", "io.github.gpai4j.evaluation.obligations"),
        descriptor().opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet()));
  }
}
