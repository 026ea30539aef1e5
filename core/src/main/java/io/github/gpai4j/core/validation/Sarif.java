package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders validation reports as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the log format that
 * code-scanning tools read, so that findings under Regulation (EU) 2024/1689 show inline next to the input files.
 *
 * <p>One SARIF log holds one run of tool {@code gpai4j} over one or more input files ({@link Input}). The run's
 * rules ({@code tool.driver.rules}) are the rules that produced a finding, in rule id order, each with its English
 * description, its legal bases in the help text and in {@code properties.legalBases}, and a default level mapped from
 * its severity ({@link Severity#ERROR} to {@code error}, {@link Severity#WARNING} to {@code warning},
 * {@link Severity#INFO} to {@code note}). Each finding becomes a result, in input order then report order, with its
 * message in the chosen language, a physical location (the input's URI and, when the input text is known, the line
 * and column where the value the finding's JSON Pointer names starts, or its nearest existing ancestor:
 * {@link JsonLocations}) and a logical location whose fully qualified name is the JSON Pointer.
 *
 * <p>The output is deterministic: equal inputs give byte-identical text (fixed member order, two-space indentation,
 * {@code \n} line ends, no trailing newline).
 *
 * @since 0.2.0
 */
public final class Sarif {

  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  /** The location of the published SARIF 2.1.0 JSON schema, written as {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The tool name written as {@code tool.driver.name}. */
  public static final String TOOL_NAME = "gpai4j";

  /** The project's home page, written as {@code tool.driver.informationUri}. */
  public static final String INFORMATION_URI = "https://github.com/gpai4j/gpai4j";

  private Sarif() {}

  /**
   * One input file of a SARIF run: its URI as the log should name it, its report and, if known, where its values
   * are.
   *
   * @param uri the file's URI or relative path, as code-scanning tools should show it (such as
   *     {@code docs/model.json}), not blank
   * @param report the report of the file, not null
   * @param locations the positions of the file's values, or null if the text is not available (results then carry
   *     no region)
   * @since 0.2.0
   */
  public record Input(String uri, ValidationReport report, @Nullable JsonLocations locations) {

    /**
     * Checks the components.
     *
     * @param uri the URI
     * @param report the report
     * @param locations the positions, or null
     * @throws NullPointerException if the URI or report is null
     * @throws IllegalArgumentException if the URI is blank or not a URI reference (RFC 3986); {@link Sarif#uri(Path)}
     *     makes one from a file path
     */
    public Input {
      requireNonNull(uri, "uri");
      requireNonNull(report, "report");
      if (uri.isBlank()) {
        throw new IllegalArgumentException("An input needs a URI");
      }
      try {
        new URI(uri);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("Not a URI reference: '" + uri + "'; Sarif.uri(Path) encodes a file path",
            e);
      }
    }

    /**
     * Returns the input for a file whose text is known, indexing the text for line and column.
     *
     * @param uri the file's URI or relative path, not blank
     * @param report the report, not null
     * @param json the file's bytes (UTF-8), not null
     * @return the input
     * @throws NullPointerException if an argument is null
     */
    public static Input of(String uri, ValidationReport report, byte[] json) {
      requireNonNull(json, "json");
      return new Input(uri, report, JsonLocations.index(json));
    }
  }

  /**
   * Returns the URI by which a SARIF log names a file: for a relative path, its segments joined by {@code /} with
   * spaces and other characters that a URI cannot hold percent-encoded (UTF-8), such as {@code docs/my%20model.json};
   * for an absolute path, its {@code file:} URI.
   *
   * @param path the file's path, not null
   * @return the URI reference, in ASCII
   * @throws NullPointerException if the path is null
   */
  public static String uri(Path path) {
    requireNonNull(path, "path");
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    StringBuilder sb = new StringBuilder();
    for (Path segment : path) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(segment.toString());
    }
    try {
      // The multi-argument constructor quotes what a path may not hold; a leading segment with ':' would read as
      // a scheme, so it is prefixed with "./".
      String text = sb.toString();
      int colon = text.indexOf(':');
      if (colon >= 0 && (text.indexOf('/') < 0 || colon < text.indexOf('/'))) {
        text = "./" + text;
      }
      return new URI(null, null, text, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Cannot name path '" + path + "' as a URI", e);
    }
  }

  /**
   * Returns the SARIF log of one input file.
   *
   * @param input the input, not null
   * @param locale the language of the messages (English or French), not null
   * @param toolVersion the version of gpai4j that ran, written as {@code tool.driver.version}, not null
   * @return the SARIF JSON text
   * @throws NullPointerException if an argument is null
   */
  public static String toJson(Input input, Locale locale, String toolVersion) {
    requireNonNull(input, "input");
    return toJson(List.of(input), locale, toolVersion);
  }

  /**
   * Returns the SARIF log of a run over several input files.
   *
   * @param inputs the inputs, in the order their results are written, not null
   * @param locale the language of the messages (English or French), not null
   * @param toolVersion the version of gpai4j that ran, not null
   * @return the SARIF JSON text
   * @throws NullPointerException if an argument or element is null
   */
  public static String toJson(List<Input> inputs, Locale locale, String toolVersion) {
    StringBuilder sb = new StringBuilder(2048);
    try {
      write(sb, inputs, locale, toolVersion);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /**
   * Returns the SARIF log of a run over several input files, with at most as many results per rule id and input as
   * the options allow ({@link #write(Appendable, List, Locale, String, ReportOptions)}).
   *
   * @param inputs the inputs, in the order their results are written, not null
   * @param locale the language of the messages (English or French), not null
   * @param toolVersion the version of gpai4j that ran, not null
   * @param options how many findings per rule to write, not null
   * @return the SARIF JSON text
   * @throws NullPointerException if an argument or element is null
   */
  public static String toJson(List<Input> inputs, Locale locale, String toolVersion, ReportOptions options) {
    StringBuilder sb = new StringBuilder(2048);
    try {
      write(sb, inputs, locale, toolVersion, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /**
   * Writes the SARIF log of a run over several input files as it goes.
   *
   * @param out where to write, not null; not flushed or closed
   * @param inputs the inputs, in the order their results are written, not null
   * @param locale the language of the messages (English or French), not null
   * @param toolVersion the version of gpai4j that ran, not null
   * @throws IOException if the target fails
   * @throws NullPointerException if an argument or element is null
   */
  public static void write(Appendable out, List<Input> inputs, Locale locale, String toolVersion)
      throws IOException {
    write(out, inputs, locale, toolVersion, ReportOptions.all());
  }

  /**
   * Writes the SARIF log of a run over several input files as it goes, with at most as many results per rule id and
   * input as the options allow (the first in report order). With a cap, the run's {@code properties.omitted} lists
   * {@code {"uri": ..., "ruleId": ..., "count": ...}} for every input and rule whose findings were left out, in input
   * then rule id order (empty if none were).
   *
   * @param out where to write, not null; not flushed or closed
   * @param inputs the inputs, in the order their results are written, not null
   * @param locale the language of the messages (English or French), not null
   * @param toolVersion the version of gpai4j that ran, not null
   * @param options how many findings per rule to write, not null
   * @throws IOException if the target fails
   * @throws NullPointerException if an argument or element is null
   */
  public static void write(Appendable out, List<Input> inputs, Locale locale, String toolVersion,
      ReportOptions options) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(inputs, "inputs");
    requireNonNull(locale, "locale");
    requireNonNull(toolVersion, "toolVersion");
    requireNonNull(options, "options");
    for (Input i : inputs) {
      requireNonNull(i, "input");
    }
    Map<String, Rule> rules = new TreeMap<>();
    for (Input i : inputs) {
      for (Finding f : i.report().findings()) {
        rules.putIfAbsent(f.ruleId(), f.rule());
      }
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (String id : rules.keySet()) {
      ruleIndex.put(id, ruleIndex.size());
    }
    Map<String, Integer> artifactIndex = new HashMap<>();
    List<String> artifacts = new ArrayList<>();
    for (Input i : inputs) {
      if (artifactIndex.putIfAbsent(i.uri(), artifacts.size()) == null) {
        artifacts.add(i.uri());
      }
    }
    String language = MessageSource.bundleLocale(locale).equals(Locale.FRENCH) ? "fr" : "en";
    Rendering.JsonWriter w = new Rendering.JsonWriter(out);
    try {
      w.beginObject();
      w.name("$schema").value(SCHEMA);
      w.name("version").value(VERSION);
      w.name("runs").beginArray().beginObject();
      w.name("tool").beginObject().name("driver").beginObject();
      w.name("name").value(TOOL_NAME);
      w.name("version").value(toolVersion);
      w.name("informationUri").value(INFORMATION_URI);
      w.name("rules").beginArray();
      for (Rule r : rules.values()) {
        writeRule(w, r);
      }
      w.endArray();
      w.endObject().endObject();
      w.name("language").value(language);
      w.name("columnKind").value("utf16CodeUnits");
      w.name("artifacts").beginArray();
      for (String uri : artifacts) {
        w.beginObject().name("location").beginObject().name("uri").value(uri).endObject().endObject();
      }
      w.endArray();
      w.name("results").beginArray();
      List<Map<String, Integer>> omitted = new ArrayList<>();
      for (Input i : inputs) {
        ValidationReport.Cap cap = new ValidationReport.Cap(options);
        for (Finding f : i.report().findings()) {
          if (cap.admits(f)) {
            writeResult(w, f, i, ruleIndex.get(f.ruleId()), artifactIndex.get(i.uri()), locale);
          }
        }
        omitted.add(cap.omitted());
      }
      w.endArray();
      if (options.caps()) {
        w.name("properties").beginObject().name("omitted").beginArray();
        for (int n = 0; n < inputs.size(); n++) {
          for (Map.Entry<String, Integer> e : omitted.get(n).entrySet()) {
            w.beginObject().name("uri").value(inputs.get(n).uri()).name("ruleId").value(e.getKey())
                .name("count").value(e.getValue()).endObject();
          }
        }
        w.endArray().endObject();
      }
      w.endObject().endArray();
      w.endObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns the SARIF level of a severity: {@code error}, {@code warning} or {@code note}.
   *
   * @param severity the severity, not null
   * @return the level
   * @throws NullPointerException if the severity is null
   */
  public static String level(Severity severity) {
    return switch (requireNonNull(severity, "severity")) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static void writeRule(Rendering.JsonWriter w, Rule r) {
    String bases = citations(r.legalBases());
    w.beginObject();
    w.name("id").value(r.id());
    w.name("shortDescription").beginObject().name("text").value(r.description()).endObject();
    w.name("fullDescription").beginObject().name("text").value(r.description() + " Legal basis: " + bases + ".")
        .endObject();
    StringBuilder help = new StringBuilder(r.description()).append("\nLegal basis: ").append(bases).append('.');
    if (!r.recipients().isEmpty()) {
      help.append("\nConcerns: ").append(abbreviations(r.recipients())).append('.');
    }
    w.name("help").beginObject().name("text").value(help.toString()).endObject();
    w.name("defaultConfiguration").beginObject().name("level").value(level(r.severity())).endObject();
    w.name("properties").beginObject();
    w.name("legalBases").beginArray();
    for (LegalBasis b : r.legalBases()) {
      w.value(b.citation());
    }
    w.endArray();
    w.name("recipients").beginArray();
    for (Recipient rc : r.recipients()) {
      w.value(rc.name());
    }
    w.endArray();
    w.name("severity").value(r.severity().name());
    w.endObject();
    w.endObject();
  }

  private static void writeResult(Rendering.JsonWriter w, Finding f, Input in, int ruleIndex, int artifactIndex,
      Locale locale) {
    w.beginObject();
    w.name("ruleId").value(f.ruleId());
    w.name("ruleIndex").value(ruleIndex);
    w.name("level").value(level(f.severity()));
    w.name("message").beginObject().name("text").value(f.message(locale)).endObject();
    w.name("locations").beginArray().beginObject();
    w.name("physicalLocation").beginObject();
    w.name("artifactLocation").beginObject().name("uri").value(in.uri()).name("index").value(artifactIndex)
        .endObject();
    JsonLocations.Position at = in.locations() == null ? null : in.locations().locate(f.location());
    if (at != null) {
      w.name("region").beginObject().name("startLine").value(at.line()).name("startColumn").value(at.column())
          .endObject();
    }
    w.endObject();
    w.name("logicalLocations").beginArray().beginObject();
    w.name("fullyQualifiedName").value(f.location().text());
    w.name("kind").value(f.location().isRoot() ? "object" : "member");
    w.endObject().endArray();
    w.endObject().endArray();
    if (!f.related().isEmpty()) {
      // the same fact in another document (a cross-document finding): that document's URI as the caller named it
      w.name("relatedLocations").beginArray();
      for (int i = 0; i < f.related().size(); i++) {
        RelatedLocation r = f.related().get(i);
        w.beginObject().name("id").value(i);
        w.name("physicalLocation").beginObject().name("artifactLocation").beginObject().name("uri")
            .value(r.document()).endObject().endObject();
        w.name("logicalLocations").beginArray().beginObject().name("fullyQualifiedName").value(r.location().text())
            .name("kind").value(r.location().isRoot() ? "object" : "member").endObject().endArray();
        w.endObject();
      }
      w.endArray();
    }
    w.name("properties").beginObject();
    w.name("legalBases").beginArray();
    for (LegalBasis b : f.legalBases()) {
      w.value(b.citation());
    }
    w.endArray();
    w.name("recipients").beginArray();
    for (Recipient rc : f.recipients()) {
      w.value(rc.name());
    }
    w.endArray();
    w.name("arguments").beginArray();
    for (String a : f.arguments()) {
      w.value(a);
    }
    w.endArray();
    w.endObject();
    w.endObject();
  }

  private static String citations(List<LegalBasis> bases) {
    StringBuilder sb = new StringBuilder();
    for (LegalBasis b : bases) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(b.citation());
    }
    return sb.toString();
  }

  private static String abbreviations(List<Recipient> recipients) {
    StringBuilder sb = new StringBuilder();
    for (Recipient r : recipients) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(r.abbreviation());
    }
    return sb.toString();
  }
}
