package io.github.gpai4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins the benchmarks module: it exports nothing, since benchmarks run from the shaded jar. */
class ModuleTest {

  @Test
  void exports_nothing() throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.gpai4j.benchmarks", descriptor.name());
    assertTrue(descriptor.exports().isEmpty(), descriptor.exports().toString());
  }

  @Test
  void builds_documents_of_the_requested_size() {
    int small = BenchmarkDocuments.modelDocumentation(1).trainingProcess().designSpecification().length();
    int large = BenchmarkDocuments.modelDocumentation(16).trainingProcess().designSpecification().length();
    assertEquals(16, large / small);
  }
}
