package io.github.gpai4j.evaluation.documentation.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.TrainingTimeRange;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.Property;
import io.github.gpai4j.testkit.PropertyFailure;
import io.github.gpai4j.testkit.PropertyReport;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.Mutants;
import io.github.gpai4j.testkit.stateful.Command;
import io.github.gpai4j.testkit.stateful.StateMachine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README section "Property-test your documentation pipeline" compiles and behaves as it says. */
class ReadmePropertyExampleTest {

  // README snippet: property-test your documentation pipeline (keep identical to the README)
  static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();
  static final Gpai4jJson JSON = Gpai4jJson.strict();

  /** Your pipeline: store the document as JSON, read it back, publish the downstream providers' view. */
  static ModelDocumentation publishForDownstream(ModelDocumentation doc) throws DocumentReadException {
    ModelDocumentation stored = JSON.read(JSON.write(doc), ModelDocumentation.class);
    return stored.viewFor(Recipient.DOWNSTREAM_PROVIDER);
  }

  @Test
  void the_pipeline_keeps_valid_documents_valid_for_downstream_providers() {
    Property.forAll(DocumentationGens.validModelDocumentation())
        .withTries(100)
        .checkAssert(doc -> assertTrue(VALIDATOR.validate(publishForDownstream(doc))
            .forRecipient(Recipient.DOWNSTREAM_PROVIDER).isValid()));
  }

  @Test
  void the_validator_catches_every_kind_of_mistake() {
    Property.forAll(Mutants.modelDocumentation())
        .withTries(200)
        .check(mutant -> VALIDATOR.validate(mutant.value()).ruleIds().contains(mutant.ruleId()));
  }
  // end of README snippet

  /** Your documentation history: the versions published, newest last. */
  static final class DocumentHistory {
    private final List<String> versions = new ArrayList<>();

    void publish(String version) {
      versions.add(version);
    }

    String withdrawLatest() {
      return versions.remove(versions.size() - 1);
    }

    List<String> versions() {
      return List.copyOf(versions);
    }
  }

  // README block: statistics (compiled here; every_java_snippet_of_the_readme_section_is_compiled_here checks it)
  /** Your pipeline: the training-time range (MDF-7.1a) it writes for a run's wall-clock days. */
  static TrainingTimeRange rangeFor(BigDecimal days) {
    return TrainingTimeRange.of(days);
  }

  @Test
  void every_run_gets_the_range_its_days_fall_in() {
    PropertyReport report = Property.forAll(LawEdges.trainingDays())
        .withCoverage("within a day of a range limit", 20)
        .check(days -> {
          Property.classify(LawEdges.trainingTimeRangeStarts().stream()
              .anyMatch(start -> Math.abs(days.intValue() - start) <= 1), "within a day of a range limit");
          return rangeFor(days) == TrainingTimeRange.of(days);
        });
    assertEquals(1_000, report.tries(), report.summary());
  }
  // end of README block

  // README block: stateful (compiled here; every_java_snippet_of_the_readme_section_is_compiled_here checks it)
  /** Publishes a new version of the documentation. */
  record Publish(String version) implements Command<List<String>, DocumentHistory> {
    public List<String> nextState(List<String> model) {
      return Stream.concat(model.stream(), Stream.of(version)).collect(Collectors.toList());
    }

    public void run(DocumentHistory history, List<String> model) {
      history.publish(version);
    }
  }

  /** Withdraws the latest version; only when there is one. */
  record Withdraw() implements Command<List<String>, DocumentHistory> {
    public boolean precondition(List<String> model) {
      return !model.isEmpty();
    }

    public List<String> nextState(List<String> model) {
      return model.subList(0, model.size() - 1);
    }

    public void run(DocumentHistory history, List<String> model) {
      assertEquals(model.get(model.size() - 1), history.withdrawLatest());
    }
  }

  @Test
  void the_history_keeps_the_versions_published_and_not_withdrawn() {
    StateMachine.<List<String>, DocumentHistory>of(List::of, DocumentHistory::new,
            Gens.words().map(Publish::new), Gens.constant(new Withdraw()))
        .withInvariant("same versions", (model, history) -> history.versions().equals(model))
        .check();
  }
  // end of README block

  /** Every Java block of README's property-testing section is in this file (up to indentation): it compiles. */
  @Test
  void every_java_snippet_of_the_readme_section_is_compiled_here() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Property-test your documentation pipeline");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    String here = normalized(Files.readString(
        Path.of("src/test/java/io/github/gpai4j/evaluation/documentation/properties/ReadmePropertyExampleTest.java"),
        StandardCharsets.UTF_8));
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
    int count = 0;
    while (blocks.find()) {
      count++;
      String block = normalized(blocks.group(1));
      assertTrue(here.contains(block), "README snippet not compiled by this test:\n" + blocks.group(1));
    }
    assertEquals(4, count, "Java blocks in the section");
  }

  /** The other direction: every snippet this file marks for the README is shown there exactly. */
  @Test
  void every_snippet_marked_here_is_shown_in_the_readme() throws IOException {
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/io/github/gpai4j/evaluation/documentation/properties/ReadmePropertyExampleTest.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int shown = 0;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).strip().startsWith("// README snippet:")) {
        int end = i + 1;
        while (!source.get(end).strip().startsWith("// end of README snippet")) {
          end++;
        }
        String snippet = String.join("\n", source.subList(i + 1, end).stream()
            .map(l -> l.length() >= 2 ? l.substring(2) : l).toList());
        assertTrue(readme.contains("```java\n" + snippet + "\n```"), "README.md must show:\n" + snippet);
        shown++;
      }
    }
    assertEquals(2, shown);
  }

  private static String normalized(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
  }

  // README snippet: wrapping Gen for another engine (keep identical to the README)
  static Stream<ModelDocumentation> documents() {
    return DocumentationGens.validModelDocumentation().samples(20251128L, 25).stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void every_sampled_document_is_complete_for_the_ai_office(ModelDocumentation doc) {
    assertTrue(VALIDATOR.completeness(doc, Recipient.AI_OFFICE).isComplete());
  }
  // end of README snippet

  /**
   * What the README says a failure looks like: a pipeline that wrongly requires a short architecture description
   * fails, and the counterexample shrinks to the simplest text that breaks it, three one-letter words.
   */
  @Test
  void a_failing_pipeline_property_reports_a_seed_and_a_shrunk_document() {
    PropertyFailure failure = assertThrows(PropertyFailure.class, () ->
        Property.forAll(DocumentationGens.validModelDocumentation()).withSeed(7)
            .check(doc -> doc.modelProperties().architecture().split(" ").length < 3));
    ModelDocumentation shrunk = (ModelDocumentation) failure.counterexample().get(0);
    assertEquals("a a a", shrunk.modelProperties().architecture());
    assertEquals(7, failure.seed());
    assertTrue(failure.getMessage().contains("-Dgpai4j.seed=7"), failure.getMessage());
  }
}
