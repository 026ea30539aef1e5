package io.github.gpai4j.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.gpai4j.taxonomy.evaluation.EvaluationMethod;
import io.github.gpai4j.taxonomy.mitigation.GovernanceCommitment;
import io.github.gpai4j.taxonomy.mitigation.SafetyMitigationKind;
import io.github.gpai4j.taxonomy.mitigation.SecurityMitigationArea;
import io.github.gpai4j.taxonomy.mitigation.SecurityObjective;
import io.github.gpai4j.taxonomy.mitigation.ThreatActor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Codes are the JSON form of the vocabulary and are never renamed once released. The golden file lists every code
 * as {@code VERSION CODE}; renaming, removing or adding a code fails this test until the golden file is updated
 * on purpose (and, after a release, a rename is never allowed).
 */
class GoldenCodesTest {

  /** Returns every code, taxonomy entries first (by version and category), then the other vocabularies. */
  static List<String> currentLines() {
    List<String> lines = new ArrayList<>();
    for (TaxonomyVersion v : TaxonomyVersion.values()) {
      for (TaxonomyEntry e : Taxonomy.of(v).entries()) {
        lines.add(v.name() + " " + e.code());
      }
    }
    Stream.of(
            SafetyMitigationKind.values(),
            SecurityMitigationArea.values(),
            SecurityObjective.values(),
            ThreatActor.values(),
            GovernanceCommitment.values(),
            EvaluationMethod.values())
        .flatMap(Stream::of)
        .forEach(t -> lines.add(TaxonomyVersion.FINAL_2025_07.name() + " " + t.code()));
    return lines;
  }

  @Test
  void every_code_matches_the_golden_file_line_for_line() throws IOException {
    List<String> golden;
    try (InputStream in = GoldenCodesTest.class.getResourceAsStream("/golden/codes.txt")) {
      assertNotNull(in, "golden/codes.txt is missing");
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
    assertEquals(String.join("\n", golden), String.join("\n", currentLines()));
  }
}
