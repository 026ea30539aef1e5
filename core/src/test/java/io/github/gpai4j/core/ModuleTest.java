package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages the core module exports, so that exporting an internal package is a deliberate act. */
class ModuleTest {

  @Test
  void exports_exactly_the_api_packages() throws Exception {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.gpai4j.core", descriptor.name());
    Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.gpai4j.core", "io.github.gpai4j.core.copyright", "io.github.gpai4j.core.data",
        "io.github.gpai4j.core.documentation",
        "io.github.gpai4j.core.form", "io.github.gpai4j.core.json", "io.github.gpai4j.core.schema",
        "io.github.gpai4j.core.summary", "io.github.gpai4j.core.validation"), exports);
  }
}
