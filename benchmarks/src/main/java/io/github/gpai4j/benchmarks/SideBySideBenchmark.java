package io.github.gpai4j.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.schema.JsonSchemas;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same bytes through five paths, side by side in one run: a Jackson token scan, Jackson's {@code readTree}, the
 * gpai4j read (as the command line reads: {@code readDocument} from a stream, the type chosen from the header),
 * the gpai4j read followed by the document type's validator ({@link DocumentValidators}, as of
 * {@link DocumentSets#AS_OF} so that date-dependent rules run too), and networknt
 * json-schema-validator checking the tree against the JSON Schema gpai4j exports for the type
 * ({@link JsonSchemas}). The schema path parses too ({@code readTree}, then validate), so that every path starts
 * from the same bytes. Run with {@code -prof gc} for the bytes allocated per operation; {@link BenchmarkReport}
 * does this and prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Dslf4j.internal.verbosity=ERROR"})
public class SideBySideBenchmark {

  /** The document read, one of {@link DocumentSets#ALL}. */
  @Param({"S-sample", "S-generated", "M", "L"})
  public String doc;

  private final JsonMapper jackson = JsonMapper.builder().build();
  private final ValidationOptions options = ValidationOptions.defaults().withAsOf(DocumentSets.AS_OF);
  private final Gpai4jJson json = Gpai4jJson.strict();
  private byte[] bytes;
  private Schema schema;

  /**
   * Loads the document, compiles its type's schema, and checks that every path accepts the document, so that no
   * path is timed on its error branch.
   *
   * @throws DocumentReadException never for the bundled and generated documents
   */
  @Setup
  public void setUp() throws DocumentReadException {
    bytes = DocumentSets.bytes(doc);
    Document document = read();
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.of(DocumentTypes.of(document)), InputFormat.JSON);
    List<Error> errors = networknt();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(doc + " fails its JSON Schema: " + errors);
    }
    ValidationReport report = readAndValidate();
    if (report.count(Severity.ERROR) > 0) {
      throw new IllegalStateException(doc + " has errors: " + report.ruleIds());
    }
  }

  /**
   * Reads every token with Jackson's streaming parser, building nothing.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int tokenScan() {
    int tokens = 0;
    try (JsonParser p = jackson.createParser(bytes)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Reads the bytes into Jackson's tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode readTree() {
    return jackson.readTree(bytes);
  }

  /**
   * Reads the bytes as the command line does: the type from the header, bound strictly.
   *
   * @return the document
   * @throws DocumentReadException never for these documents
   */
  @Benchmark
  public Document read() throws DocumentReadException {
    return json.readDocument(new ByteArrayInputStream(bytes), false).value();
  }

  /**
   * Reads the bytes and runs every rule of the document's type.
   *
   * @return the report
   * @throws DocumentReadException never for these documents
   */
  @Benchmark
  public ValidationReport readAndValidate() throws DocumentReadException {
    return DocumentValidators.validate(read(), options);
  }

  /**
   * Reads the bytes into a tree and validates it against the exported JSON Schema with networknt.
   *
   * @return the schema errors, none for these documents
   */
  @Benchmark
  public List<Error> networknt() {
    return schema.validate(jackson.readTree(bytes));
  }
}
