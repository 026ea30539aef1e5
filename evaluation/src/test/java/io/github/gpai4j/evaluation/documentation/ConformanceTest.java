package io.github.gpai4j.evaluation.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationReport;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus under {@code conformance/model-documentation}: every {@code valid-*.json} yields no
 * finding at all; every {@code invalid-<rule id>--<what>.json} yields exactly the rule it names, or exactly the
 * set that {@code expected.properties} lists for it (which must include the named rule).
 */
class ConformanceTest {

  private static final String SEPARATOR = "--";

  static Path corpus() throws URISyntaxException {
    return Path.of(ConformanceTest.class.getResource("/conformance/model-documentation/valid-complete.json").toURI())
        .getParent();
  }

  static List<Path> files(String prefix) throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  static Properties expectations() throws IOException, URISyntaxException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(corpus().resolve("expected.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  static String namedRule(Path file) {
    String name = file.getFileName().toString();
    return name.substring("invalid-".length(), name.indexOf(SEPARATOR));
  }

  static ValidationReport validate(Path file) throws Exception {
    ModelDocumentation doc = Gpai4jJson.strict().read(file, ModelDocumentation.class);
    return ModelDocumentationValidator.create().validate(doc);
  }

  @TestFactory
  Stream<DynamicTest> valid_documents_have_no_findings() throws Exception {
    return files("valid-").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ValidationReport report = validate(file);
      assertEquals(List.of(), report.findings(), () -> report.toText(Locale.ENGLISH));
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalid_documents_trigger_exactly_the_expected_rules() throws Exception {
    Properties expected = expectations();
    return files("invalid-").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String named = namedRule(file);
      String listed = expected.getProperty(file.getFileName().toString());
      Set<String> want = listed == null ? Set.of(named)
          : Arrays.stream(listed.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
      assertTrue(want.contains(named), "expected.properties must include the rule named in the file name");
      ValidationReport report = validate(file);
      assertEquals(new TreeSet<>(want), new TreeSet<>(report.ruleIds()), () -> report.toText(Locale.ENGLISH));
    }));
  }

  /** Done when every rule has a failing fixture. */
  @Test
  void every_rule_has_an_invalid_fixture_named_after_it() throws Exception {
    Set<String> named = files("invalid-").stream().map(ConformanceTest::namedRule).collect(Collectors.toSet());
    Set<String> without = ModelDocumentationRules.all().stream().map(Rule::id).filter(id -> !named.contains(id))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), without);
  }

  @Test
  void every_fixture_name_names_a_known_rule() throws Exception {
    for (Path file : files("invalid-")) {
      ModelDocumentationRules.byId(namedRule(file));
    }
  }

  @Test
  void every_expectation_refers_to_an_existing_fixture() throws Exception {
    for (String name : expectations().stringPropertyNames()) {
      assertTrue(Files.exists(corpus().resolve(name)), name);
    }
  }

  @Test
  void the_corpus_is_not_empty() throws Exception {
    assertFalse(files("valid-").isEmpty());
    assertFalse(files("invalid-").isEmpty());
  }
}
