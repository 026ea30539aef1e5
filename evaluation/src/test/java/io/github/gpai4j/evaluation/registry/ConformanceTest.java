package io.github.gpai4j.evaluation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus under {@code conformance/<documentType>/<version>/}, one folder per registered document
 * type and form version that has a validator: every {@code valid-*.json} yields no finding at all; every
 * {@code invalid-<rule id>--<what>.json} yields exactly the rule it names, or exactly the set that
 * {@code expected.properties} lists for it (which must include the named rule), as of {@link #AS_OF}. Every fixture
 * is read through the
 * registry ({@link Gpai4jJson#readDocument(Path)}), so it must also declare its type and version correctly.
 */
class ConformanceTest {

  private static final String SEPARATOR = "--";

  /** The corpus is validated as of one date, so that date-dependent rules (the summary's update cadence) run. */
  static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2026, 12, 1);

  /** A key {@code <fixture>.asOf} in {@code expected.properties} validates that fixture as of another date. */
  static final String AS_OF_SUFFIX = ".asOf";

  private static final io.github.gpai4j.core.validation.ValidationOptions OPTIONS =
      io.github.gpai4j.core.validation.ValidationOptions.defaults().withAsOf(AS_OF);

  /** The registered types with a validator, each with its corpus folder. */
  static List<DocumentType<?>> validatedTypes() {
    return DocumentTypes.all().stream().filter(t -> DocumentValidators.forType(t).isPresent()).toList();
  }

  static Path corpus(DocumentType<?> type) throws URISyntaxException {
    URL url = ConformanceTest.class.getResource("/conformance/" + type.name() + "/" + type.version());
    if (url == null) {
      throw new AssertionError("No conformance corpus for " + type + " under conformance/" + type.name() + "/"
          + type.version());
    }
    return Path.of(url.toURI());
  }

  static List<Path> files(DocumentType<?> type, String prefix) throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(corpus(type))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  static Properties expectations(DocumentType<?> type) throws IOException, URISyntaxException {
    Properties p = new Properties();
    Path file = corpus(type).resolve("expected.properties");
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  static String namedRule(Path file) {
    String name = file.getFileName().toString();
    return name.substring("invalid-".length(), name.indexOf(SEPARATOR));
  }

  static ValidationReport validate(DocumentType<?> type, Path file) throws Exception {
    Document doc = Gpai4jJson.strict().readDocument(file);
    assertTrue(type.javaType().isInstance(doc), file + " reads as " + DocumentTypes.of(doc) + ", not " + type);
    String asOf = expectations(type).getProperty(file.getFileName() + AS_OF_SUFFIX);
    return DocumentValidators.validate(doc, asOf == null ? OPTIONS
        : io.github.gpai4j.core.validation.ValidationOptions.defaults().withAsOf(java.time.LocalDate.parse(asOf)));
  }

  static Validator<?> validator(DocumentType<?> type) {
    return DocumentValidators.forType(type).orElseThrow();
  }

  @TestFactory
  Stream<DynamicNode> valid_documents_have_no_findings() throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (DocumentType<?> type : validatedTypes()) {
      nodes.add(DynamicContainer.dynamicContainer(type.toString(), files(type, "valid-").stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ValidationReport report = validate(type, file);
            assertEquals(List.of(), report.findings(), () -> report.toText(Locale.ENGLISH));
          }))));
    }
    return nodes.stream();
  }

  @TestFactory
  Stream<DynamicNode> invalid_documents_trigger_exactly_the_expected_rules() throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (DocumentType<?> type : validatedTypes()) {
      Properties expected = expectations(type);
      nodes.add(DynamicContainer.dynamicContainer(type.toString(), files(type, "invalid-").stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String named = namedRule(file);
            String listed = expected.getProperty(file.getFileName().toString());
            Set<String> want = listed == null ? Set.of(named)
                : Arrays.stream(listed.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(want.contains(named), "expected.properties must include the rule named in the file name");
            ValidationReport report = validate(type, file);
            assertEquals(new TreeSet<>(want), new TreeSet<>(report.ruleIds()), () -> report.toText(Locale.ENGLISH));
          }))));
    }
    return nodes.stream();
  }

  /** Done when every rule of every form version has a failing fixture. */
  @Test
  void every_rule_has_an_invalid_fixture_named_after_it() throws Exception {
    for (DocumentType<?> type : validatedTypes()) {
      Set<String> named = files(type, "invalid-").stream().map(ConformanceTest::namedRule)
          .collect(Collectors.toSet());
      Set<String> without = validator(type).rules().stream().map(Rule::id).filter(id -> !named.contains(id))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of(), without, type.toString());
    }
  }

  @Test
  void every_fixture_name_names_a_rule_of_its_form_version() throws Exception {
    for (DocumentType<?> type : validatedTypes()) {
      Set<String> ids = validator(type).rules().stream().map(Rule::id).collect(Collectors.toSet());
      for (Path file : files(type, "invalid-")) {
        assertTrue(ids.contains(namedRule(file)), file.toString());
      }
    }
  }

  @Test
  void every_expectation_refers_to_an_existing_fixture() throws Exception {
    for (DocumentType<?> type : validatedTypes()) {
      for (String name : expectations(type).stringPropertyNames()) {
        String file = name.endsWith(AS_OF_SUFFIX) ? name.substring(0, name.length() - AS_OF_SUFFIX.length()) : name;
        assertTrue(Files.exists(corpus(type).resolve(file)), name);
      }
    }
  }

  /** Every real form version has a corpus. */
  @Test
  void every_real_form_version_has_valid_and_invalid_fixtures() throws Exception {
    assertEquals(List.of("copyright-policy/cop-final-2025-07", "model-documentation/cop-final-2025-07",
        "model-documentation/cop-draft-2024-11", "training-content-summary/template-2025-07"),
        validatedTypes().stream().map(Object::toString).toList());
    for (DocumentType<?> type : validatedTypes()) {
      assertFalse(files(type, "valid-").isEmpty(), type.toString());
      assertFalse(files(type, "invalid-").isEmpty(), type.toString());
    }
  }
}
