package io.github.gpai4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ComputationalResources;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiles and runs README's quick start, and checks that README shows exactly this code. */
class QuickStartTest {

  @Test
  void the_quick_start_runs() throws Exception {
    // quick-start:begin
    ModelDocumentation draft = ModelDocumentation.builder()
        .generalInformation(GeneralInformation.builder()
            .providerLegalName("Aurora Lattice AI SE")
            .modelName(ModelName.of("Lattice-4", "Lattice-4-2026-03"))
            .releaseDate(LocalDate.of(2026, 2, 16))
            .build())
        .computationalResources(ComputationalResources.builder()
            .trainingCompute(ComputeAmount.ofFlop("3.7e25"))     // 2 significant figures, kept
            .build())
        .build();                                                // half-filled drafts are legal values

    Gpai4jJson json = Gpai4jJson.strict();
    String text = json.write(draft);                             // deterministic, ISO dates
    ModelDocumentation back = json.read(text, ModelDocumentation.class);
    ModelDocumentation forDownstream = back.viewFor(Recipient.DOWNSTREAM_PROVIDER);
    // quick-start:end

    assertEquals(draft, back);
    assertNull(forDownstream.computationalResources().trainingCompute(), "MDF-7.2b goes to the AI Office only");
    assertEquals("Lattice-4", forDownstream.generalInformation().modelName().identifier());
  }

  @Test
  void readme_shows_exactly_the_quick_start() throws Exception {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/github/gpai4j/examples/QuickStartTest.java"), StandardCharsets.UTF_8);
    int begin = source.indexOf("    // quick-start:begin");
    int end = source.indexOf("    // quick-start:end");
    String snippet = String.join("\n", source.subList(begin + 1, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l).toList());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + snippet + "\n```"),
        "README.md must show the quick start exactly as QuickStartTest runs it:\n" + snippet);
  }
}
