package io.github.gpai4j.evaluation.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.ReportOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.LawEdges;
import io.github.gpai4j.testkit.domain.DocumentationGens;
import io.github.gpai4j.testkit.domain.Mutant;
import io.github.gpai4j.testkit.domain.Mutants;
import io.github.gpai4j.testkit.domain.ProfileGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Validators, codecs and classifiers are pure and shareable (CONTRIBUTING, "Fast and thread-safe"): 8 threads
 * reading, validating and rendering 1,000 generated documents through one shared instance of each give exactly
 * the results of doing it sequentially, byte for byte, message texts in English and French included.
 */
class ConcurrentValidationTest {

  private static final long SEED = 20_260_802L;
  private static final int THREADS = 8;

  private static final Gpai4jJson JSON = Gpai4jJson.strict();
  private static final ModelDocumentationValidator VALIDATOR = ModelDocumentationValidator.create();
  private static final ModelClassifier CLASSIFIER = ModelClassifier.withCurrentRules();

  /** Complete documents, systemic-risk documents, drafts with gaps and rule-breaking mutants, in equal parts. */
  private static List<ModelDocumentation> documents() {
    Gen<ModelDocumentation> mutants = Mutants.modelDocumentation().map(Mutant::value);
    Gen<ModelDocumentation> any = Gens.oneOf(DocumentationGens.validModelDocumentation(),
        DocumentationGens.validSystemicRiskModelDocumentation(), DocumentationGens.draftModelDocumentation(),
        mutants);
    return any.samples(SEED, 1000);
  }

  /** Everything a pipeline derives from one document, as text. */
  private static String outcome(String json) throws Exception {
    ModelDocumentation doc = JSON.read(json, ModelDocumentation.class);
    ValidationReport report = VALIDATOR.validate(doc);
    StringBuilder out = new StringBuilder();
    out.append(report.toJson(Locale.ENGLISH)).append('\n');
    report.writeText(out, Locale.FRENCH, ReportOptions.all());
    report.writeJson(out, Locale.FRENCH, ReportOptions.maxFindingsPerRule(2));
    for (Recipient r : Recipient.values()) {
      out.append(VALIDATOR.completeness(doc, r)).append('\n');
    }
    out.append(JSON.write(doc));
    return out.toString();
  }

  private static String classification(String json, LocalDate asOf) throws Exception {
    ModelProfile profile = JSON.read(json, ModelProfile.class);
    var c = CLASSIFIER.classify(profile, asOf);
    return JSON.write(c) + ClassificationText.render(c);
  }

  @Test
  void eight_threads_validating_shared_instances_give_exactly_the_sequential_results() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (ModelDocumentation d : documents()) {
      inputs.add(JSON.write(d));
    }
    List<String> sequential = new ArrayList<>();
    for (String json : inputs) {
      sequential.add(outcome(json));
    }
    assertTrue(sequential.stream().anyMatch(s -> s.contains("\"valid\": false")), "some documents have errors");
    assertTrue(sequential.stream().anyMatch(s -> s.contains("\"valid\": true")), "some documents are valid");

    List<String> concurrent = runInThreads(inputs.size(), i -> outcome(inputs.get(i)));
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(sequential.get(i), concurrent.get(i), "document " + i + " (seed " + SEED + ")");
    }
  }

  @Test
  void eight_threads_classifying_shared_instances_give_exactly_the_sequential_results() throws Exception {
    List<ModelProfile> profiles = ProfileGens.modelProfiles().samples(SEED, 200);
    List<LocalDate> dates = LawEdges.applicationDates().samples(SEED + 1, 200);
    List<String> inputs = new ArrayList<>();
    for (ModelProfile p : profiles) {
      inputs.add(JSON.write(p));
    }
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      sequential.add(classification(inputs.get(i), dates.get(i)));
    }
    List<String> concurrent = runInThreads(inputs.size(), i -> classification(inputs.get(i), dates.get(i)));
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(sequential.get(i), concurrent.get(i), "profile " + i + " (seed " + SEED + ")");
    }
  }

  /** A task over an index, allowed to throw. */
  private interface Task {
    String run(int index) throws Exception;
  }

  /**
   * Runs the task for every index on 8 threads released together; thread t takes the indices t, t + 8, ... so
   * that neighbouring documents (of different kinds) are validated at the same time on different threads.
   */
  private static List<String> runInThreads(int count, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String[]>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<String[]>> work = () -> {
          start.await();
          List<String[]> done = new ArrayList<>();
          for (int i = thread; i < count; i += THREADS) {
            done.add(new String[] {Integer.toString(i), task.run(i)});
          }
          return done;
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      String[] results = new String[count];
      for (Future<List<String[]>> f : futures) {
        for (String[] r : f.get()) {
          results[Integer.parseInt(r[0])] = r[1];
        }
      }
      return List.of(results);
    } finally {
      pool.shutdownNow();
    }
  }
}
