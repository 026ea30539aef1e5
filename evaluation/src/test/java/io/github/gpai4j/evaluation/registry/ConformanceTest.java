package io.github.gpai4j.evaluation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.evaluation.documentation.Standing;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>A third kind, {@code real-<provider>-<model>.json}, is a document transcribed from a provider's published
 * documentation. Its sidecar {@code real-<provider>-<model>.expected} lists every finding it must yield, one
 * {@code <rule id> <JSON Pointer>} per line in report order ({@code #} starts a comment line), checked exactly; its
 * sidecar {@code real-<provider>-<model>.source.md} cites the source and says, for each expected finding, why the
 * published document earns it (or that it is a defect of gpai4j, reported). The document states its provider's
 * standing ({@code openSourceExemption}, {@code voluntary}, {@code systemicRisk}); under that standing
 * ({@link Standing#statedIn}) the same findings must come back without an error. Regenerate the
 * {@code .expected} sidecars with {@code -Dgpai4j.golden.update=true}, review the diff (comments above a finding
 * that is still reported are kept) and run again: the other checks of that run read the sidecars as they were.
 */
class ConformanceTest {

  private static final String SEPARATOR = "--";

  /** The corpus is validated as of one date, so that date-dependent rules (the summary's update cadence) run. */
  static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2026, 12, 1);

  /**
   * A key {@code <fixture>.asOf} in {@code expected.properties} validates that fixture as of another date; a key
   * {@code asOf} sets the corpus's date, {@code document} for the date each document states.
   */
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
    Properties expected = expectations(type);
    String asOf = expected.getProperty(file.getFileName() + AS_OF_SUFFIX, expected.getProperty("asOf"));
    if ("document".equals(asOf)) { // the validator's own date: the latest date the document states
      return DocumentValidators.validate(doc, io.github.gpai4j.core.validation.ValidationOptions.defaults());
    }
    return DocumentValidators.validate(doc, asOf == null ? OPTIONS
        : io.github.gpai4j.core.validation.ValidationOptions.defaults().withAsOf(java.time.LocalDate.parse(asOf)));
  }

  /** The real documents' sidecars: expected findings and source note. */
  static final String EXPECTED = ".expected";
  static final String SOURCE_NOTE = ".source.md";
  /** Set this system property to {@code true} to rewrite the {@code .expected} sidecars from the reports. */
  static final String UPDATE = "gpai4j.golden.update";

  static Path sidecar(Path realDocument, String suffix) {
    String name = realDocument.getFileName().toString();
    return realDocument.resolveSibling(name.substring(0, name.length() - ".json".length()) + suffix);
  }

  /**
   * Reads a real document's expected findings, one {@code <rule id> <JSON Pointer>} per line; blank lines and lines
   * starting with {@code #} are skipped.
   */
  static List<String> expectedFindings(Path realDocument) throws IOException {
    return Files.readAllLines(sidecar(realDocument, EXPECTED), StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** A report's findings in report order, each as {@code <rule id> <JSON Pointer>}. */
  static List<String> findingLines(ValidationReport report) {
    return report.findings().stream().map(f -> (f.ruleId() + " " + f.location()).strip()).toList();
  }

  /**
   * Rewrites an {@code .expected} sidecar for new findings: the leading comment lines up to the first blank line
   * stay, and the comment lines just above a finding stay above it while the finding is still reported (a vanished
   * finding loses its comment).
   */
  static List<String> regenerated(List<String> old, List<String> findings) {
    List<String> out = new ArrayList<>();
    int headerEnd = 0;
    for (int i = 0; i < old.size(); i++) {
      if (old.get(i).isBlank()) {
        headerEnd = i + 1;
        break;
      }
      if (!old.get(i).startsWith("#")) {
        break;
      }
    }
    Map<String, ArrayDeque<List<String>>> comments = new HashMap<>();
    List<String> pending = new ArrayList<>();
    for (String line : old.subList(headerEnd, old.size())) {
      if (line.startsWith("#")) {
        pending.add(line);
      } else if (!line.isBlank()) {
        comments.computeIfAbsent(line.strip(), k -> new ArrayDeque<>()).add(List.copyOf(pending));
        pending.clear();
      }
    }
    out.addAll(old.subList(0, headerEnd));
    for (String finding : findings) {
      ArrayDeque<List<String>> attached = comments.get(finding);
      if (attached != null && !attached.isEmpty()) {
        out.addAll(attached.poll());
      }
      out.add(finding);
    }
    return out;
  }

  /**
   * The standing a real document's provider states in the document itself ({@code systemicRisk},
   * {@code openSourceExemption}, {@code voluntary}; {@link Standing#statedIn}).
   */
  static Standing statedStanding(Path realDocument) throws Exception {
    return Standing.statedIn((ModelDocumentation) Gpai4jJson.strict().readDocument(realDocument));
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

  /**
   * Documents as providers published them, transcribed: each yields exactly the findings its {@code .expected}
   * sidecar lists, rule and JSON Pointer, in the order the report gives them.
   */
  @TestFactory
  Stream<DynamicNode> real_documents_yield_exactly_their_expected_findings_in_report_order() throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (DocumentType<?> type : validatedTypes()) {
      nodes.add(DynamicContainer.dynamicContainer(type.toString(), files(type, "real-").stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ValidationReport report = validate(type, file);
            if (Boolean.getBoolean(UPDATE)) {
              Path source = Path.of("src", "test", "resources", "conformance", type.name(), type.version(),
                  sidecar(file, EXPECTED).getFileName().toString());
              Files.write(source, regenerated(Files.readAllLines(source, StandardCharsets.UTF_8),
                  findingLines(report)), StandardCharsets.UTF_8);
            } else {
              assertEquals(expectedFindings(file), findingLines(report), () -> report.toText(Locale.ENGLISH));
            }
          }))));
    }
    return nodes.stream();
  }

  /**
   * Art.&nbsp;53(2): Art.&nbsp;53(1)(a) and (b) "shall not apply" to providers of models released under a free and
   * open-source licence whose parameters are public, unless the model has systemic risk; and documentation of what is
   * not a general-purpose AI model is voluntary. Under the standing its provider states, a real document yields the
   * same findings at the same places, none of them an error, after the information finding that states the standing.
   */
  @TestFactory
  Stream<DynamicNode> real_documents_under_their_stated_standing_keep_their_findings_without_an_error()
      throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (DocumentType<?> type : validatedTypes()) {
      nodes.add(DynamicContainer.dynamicContainer(type.toString(), files(type, "real-").stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ModelDocumentation doc = Gpai4jJson.strict().read(Files.readString(file), ModelDocumentation.class);
            Standing stated = statedStanding(file);
            assertFalse(stated.isBoundByArticle53(), "the real documents' providers state they are not bound");
            ValidationReport report = ModelDocumentationValidator.create().withStanding(stated).validate(doc);
            List<String> want = new ArrayList<>();
            want.add("MDF-STANDING-NOT-BOUND");
            want.addAll(expectedFindings(file));
            assertEquals(want, findingLines(report), () -> report.toText(Locale.ENGLISH));
            assertEquals(List.of(), report.findings(Severity.ERROR), () -> report.toText(Locale.ENGLISH));
          }))));
    }
    return nodes.stream();
  }

  /** What a provider publishes beyond the form (extensions, contact points, data sets) survives a write and a read. */
  @TestFactory
  Stream<DynamicNode> real_documents_read_written_and_read_again_are_equal() throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (DocumentType<?> type : validatedTypes()) {
      nodes.add(DynamicContainer.dynamicContainer(type.toString(), files(type, "real-").stream()
          .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Document doc = Gpai4jJson.strict().readDocument(file);
            assertEquals(doc, Gpai4jJson.strict().readDocument(Gpai4jJson.strict().write(doc)));
          }))));
    }
    return nodes.stream();
  }

  /** Every real document has both sidecars, and every sidecar has its document. */
  @Test
  void every_real_document_has_its_expected_findings_and_its_source_note() throws Exception {
    for (DocumentType<?> type : validatedTypes()) {
      for (Path file : files(type, "real-")) {
        assertTrue(Files.exists(sidecar(file, EXPECTED)), sidecar(file, EXPECTED).toString());
        assertTrue(Files.exists(sidecar(file, SOURCE_NOTE)), sidecar(file, SOURCE_NOTE).toString());
      }
      try (Stream<Path> s = Files.list(corpus(type))) {
        for (Path sidecar : s.filter(p -> p.getFileName().toString().startsWith("real-")
            && !p.getFileName().toString().endsWith(".json")).toList()) {
          String name = sidecar.getFileName().toString();
          String suffix = name.endsWith(SOURCE_NOTE) ? SOURCE_NOTE : EXPECTED;
          assertTrue(name.endsWith(suffix), "unknown sidecar " + sidecar);
          assertTrue(Files.exists(sidecar.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".json")),
              "sidecar without its document: " + sidecar);
        }
      }
    }
  }

  /** Item 8 of the real-documents issue: at least two published documents are in the final form's corpus. */
  @Test
  void the_final_form_has_at_least_two_real_documents() throws Exception {
    DocumentType<?> finalForm = validatedTypes().stream()
        .filter(t -> t.toString().equals("model-documentation/cop-final-2025-07")).findFirst().orElseThrow();
    assertTrue(files(finalForm, "real-").size() >= 2, files(finalForm, "real-").toString());
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
        if (name.equals("asOf")) {
          continue; // the corpus's date, not a fixture
        }
        String file = name.endsWith(AS_OF_SUFFIX) ? name.substring(0, name.length() - AS_OF_SUFFIX.length()) : name;
        assertTrue(Files.exists(corpus(type).resolve(file)), name);
      }
    }
  }

  /** Both real form versions of the documentation type, and every other validated type, have a corpus. */
  @Test
  void every_real_form_version_has_valid_and_invalid_fixtures() throws Exception {
    assertTrue(validatedTypes().stream().map(Object::toString).toList().containsAll(List.of(
        "copyright-policy/cop-final-2025-07", "model-documentation/cop-final-2025-07",
        "model-documentation/cop-draft-2024-11", "training-content-summary/template-2025-07",
        "serious-incident-report/template-2025-11", "safety-and-security-model-report/cop-final-2025-07",
        "safety-and-security-framework/cop-final-2025-07")));
    for (DocumentType<?> type : validatedTypes()) {
      assertFalse(files(type, "valid-").isEmpty(), type.toString());
      assertFalse(files(type, "invalid-").isEmpty(), type.toString());
    }
  }
}
