package io.github.gpai4j.cli;

import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormOrder;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.schema.JsonSchemas;
import io.github.gpai4j.core.validation.Sarif;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.form.CompletenessScore;
import io.github.gpai4j.evaluation.report.FormHtml;
import io.github.gpai4j.evaluation.report.ReportJson;
import io.github.gpai4j.evaluation.crossdoc.CrossDocumentValidator;
import io.github.gpai4j.evaluation.crossdoc.NamedDocument;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.core.profile.Fact;
import io.github.gpai4j.evaluation.documentation.ModelDocumentationValidator;
import io.github.gpai4j.evaluation.documentation.Standing;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import io.github.gpai4j.core.json.ReadResult;
import io.github.gpai4j.evaluation.safety.Deadline;
import io.github.gpai4j.evaluation.safety.SafetyDeadlines;
import io.github.gpai4j.evaluation.safety.SeriousIncidentReportRenderer;
import io.github.gpai4j.taxonomy.incident.SeriousIncidentReport;
import io.github.gpai4j.taxonomy.report.SafetyAndSecurityModelReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The gpai4j command line. Exit codes: 0 success (no ERROR finding), 1 ERROR findings, 2 input unreadable
 * (one line on stderr), 64 usage error.
 *
 * @since 0.1.0
 */
public final class Main {
  /** Success: no ERROR finding. */
  public static final int OK = 0;
  /** The document has ERROR findings. */
  public static final int FINDINGS = 1;
  /** The input could not be read. */
  public static final int UNREADABLE = 2;
  /** The command line was wrong (as in BSD sysexits EX_USAGE). */
  public static final int USAGE = 64;

  static final String USAGE_TEXT = """
      Usage: gpai4j [COMMAND] [ARGS]
        validate [FILE...] [--recipient AIO|NCA|DP|PUB] [--format text|json|markdown|sarif|html] [--locale en|fr]
                 [--lenient] [--as-of YYYY-MM-DD] [--standing stated|bound|open-source-exempt|voluntary]
                           check documents against the rules of their type and form version (read from
                           each document), date-dependent rules as of --as-of; given a Model Documentation
                           Form, a training-content summary and a copyright policy together, also check that
                           they agree (XDOC-*); --lenient keeps unknown properties and reports each as
                           information (DOC-UNKNOWN-PROPERTY); json adds completeness per recipient; sarif
                           is SARIF 2.1.0 for code-scanning tools; html is the form as one recipient
                           receives it (--recipient, default DP), gaps marked, with charts (one FILE;
                           --profile PROFILE [--as-of DATE] adds the obligations timeline); --standing
                           validates a Model Documentation Form for a provider of that standing: stated
                           (what the document says), bound, open-source-exempt (Art. 53(2)) or voluntary;
                           what does not bind the provider is reported as what the form asks
        schema TYPE [--version V]
                           print the JSON Schema 2020-12 of a document type (model-documentation,
                           model-profile, training-content-summary, copyright-policy, serious-incident-report,
                           safety-and-security-framework, safety-and-security-model-report) and form version
        summary [FILE] [--format text|markdown] [--locale en|fr]
                           print a summary of a Model Documentation Form
        classify [FILE] [--as-of YYYY-MM-DD] [--format text|json|markdown] [--locale en|fr]
                           classify a model profile (GPAI model, systemic risk, exemptions, dates)
        obligations [FILE] [--as-of YYYY-MM-DD] [--format text|json|markdown] [--locale en|fr]
                           list the Chapter V obligations of a model profile with their dates
        fields [--form VERSION] [--format text|markdown] [--locale en|fr]
                           list the items of a form version (default: the final Model Documentation Form;
                           cop-draft-2024-11 for the first draft's table; TYPE or TYPE/VERSION for another
                           document type, such as training-content-summary, copyright-policy or
                           serious-incident-report)
        rules [--form VERSION] [--format text|markdown] [--locale en|fr]
                           list the rules of a form version with severity and legal bases
        deadlines [FILE...] [--profile PROFILE] [--as-of YYYY-MM-DD] [--format text|json|markdown]
                  [--locale en|fr]
                           list upcoming and missed deadlines of serious-incident reports, Model Reports and
                           Frameworks (default: their bundled samples) and of a model profile's obligations,
                           as of a date; exit status 1 when one is missed or was met late
        render [FILE] [--format markdown|html] [--locale en|fr]
                           render a serious-incident report in the template's field order, as submitted
        help               print this help
        --version          print the version
      FILE may be a path, '-' for standard input, or 'sample:NAME' for a bundled sample (%s).
      --as-of defaults to today.
      With no command, validates the bundled complete sample.
      Exit status: 0 no ERROR finding; 1 ERROR findings; 2 an input could not be read (with several files, the
      worst of them); 64 usage error.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final Clock clock;
  private byte @Nullable [] standardInput;

  Main(PrintStream out, PrintStream err) {
    this(out, err, InputStream.nullInputStream(), Clock.systemDefaultZone());
  }

  Main(PrintStream out, PrintStream err, Clock clock) {
    this(out, err, InputStream.nullInputStream(), clock);
  }

  Main(PrintStream out, PrintStream err, InputStream in, Clock clock) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.clock = clock;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status = new Main(System.out, System.err, System.in, Clock.systemDefaultZone()).run(args);
    System.out.flush();
    System.exit(status);
  }

  /**
   * Returns the version of gpai4j this command line belongs to: the jar manifest's implementation version, or
   * the Maven project version recorded at build time.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String version() {
    Package pkg = Main.class.getPackage();
    String fromManifest = pkg == null ? null : pkg.getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    try (InputStream props = Main.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (props != null) {
        p.load(props);
      }
      return p.getProperty("version", "unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  int run(String... args) {
    List<String> rest = new ArrayList<>(List.of(args));
    String command = rest.isEmpty() ? "validate" : rest.remove(0);
    try {
      return switch (command) {
        case "validate" -> validate(rest);
        case "summary" -> summary(rest);
        case "classify" -> classify(rest);
        case "obligations" -> obligations(rest);
        case "fields" -> fields(rest);
        case "rules" -> rules(rest);
        case "schema" -> schema(rest);
        case "deadlines" -> deadlines(rest);
        case "render" -> render(rest);
        case "help", "--help", "-h" -> {
          out.print(usage());
          yield OK;
        }
        case "--version", "version" -> {
          out.println("gpai4j " + version());
          yield OK;
        }
        default -> usageError("unknown command '" + command + "'");
      };
    } catch (UsageException e) {
      return usageError(e.getMessage());
    } catch (DocumentReadException e) {
      err.println("gpai4j: cannot read input: " + e.getMessage());
      return UNREADABLE;
    }
  }

  /** The standing {@code --standing} names, for a Model Documentation Form. */
  private static Standing standing(String name, ModelDocumentation doc) {
    return switch (name) {
      case "stated" -> Standing.statedIn(doc);
      case "open-source-exempt" -> Standing.openSourceExempt();
      case "voluntary" -> new Standing(Standing.statedIn(doc).systemicRisk(), Fact.NO, Fact.YES);
      default -> new Standing(Standing.statedIn(doc).systemicRisk(), Fact.NO, Fact.NO);
    };
  }

  private int validate(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("recipient", "format", "locale", "profile", "as-of", "standing"),
        Set.of("lenient"), Integer.MAX_VALUE);
    String standing = o.get("standing") == null ? ""
        : o.choice("standing", "stated", Set.of("stated", "bound", "open-source-exempt", "voluntary"));
    String format = o.choice("format", "text", Set.of("text", "json", "markdown", "sarif", "html"));
    Locale locale = o.locale();
    String recipientText = o.get("recipient");
    @Nullable Recipient recipient;
    try {
      recipient = recipientText == null ? null : Recipient.parse(recipientText);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    List<String> files = o.files("sample:" + Samples.COMPLETE);
    boolean several = files.size() > 1;
    if (several && format.equals("html")) {
      throw new UsageException("'--format html' renders one document; give one FILE");
    }
    List<Sarif.Input> sarif = new ArrayList<>();
    String profileFile = o.get("profile");
    if (profileFile != null && !format.equals("html")) {
      throw new UsageException("'--profile' adds an obligations timeline to '--format html' only");
    }
    @Nullable ObligationSchedule schedule = null;
    if (profileFile != null) {
      try {
        schedule = ObligationDeriver.withCurrentRules().derive(read(profileFile, ModelProfile.class),
            o.date("as-of", LocalDate.now(clock)));
      } catch (DocumentReadException e) {
        err.println("gpai4j: cannot read " + profileFile + ": " + e.getMessage());
        return UNREADABLE;
      }
    }
    boolean unreadable = false;
    boolean errors = false;
    List<String> json = new ArrayList<>();
    // Read every file first, so that related documents (documentation, summary, policy) are compared with each other
    // and each mismatch is reported in the file it is located in, pointing to the other.
    List<@Nullable ReadResult<Document>> reads = new ArrayList<>();
    List<NamedDocument> named = new ArrayList<>();
    for (String file : files) {
      try {
        ReadResult<Document> read = readDocument(file, o.flag("lenient"));
        reads.add(read);
        if (named.stream().noneMatch(n -> n.name().equals(file))) {
          named.add(new NamedDocument(file, read.value()));
        }
      } catch (DocumentReadException e) {
        err.println("gpai4j: cannot read " + file + ": " + e.getMessage());
        reads.add(null);
      }
    }
    Map<String, ValidationReport> crossDocument = several && CrossDocumentValidator.create().relates(named)
        ? CrossDocumentValidator.create().validate(named) : Map.of();
    ValidationOptions validation = ValidationOptions.defaults().withAsOf(o.date("as-of", LocalDate.now(clock)));
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      ReadResult<Document> read = reads.get(i);
      if (read == null) {
        unreadable = true;
        continue;
      }
      byte[] raw = new byte[0];
      if (format.equals("sarif")) {
        try {
          raw = bytes(file);
        } catch (DocumentReadException e) {
          err.println("gpai4j: cannot read " + file + ": " + e.getMessage());
          unreadable = true;
          continue;
        }
      }
      Document doc = read.value();
      DocumentType<?> type = DocumentTypes.of(doc);
      if (DocumentValidators.forType(type).isEmpty()) {
        throw new UsageException(file + ": a " + type.name() + " document has no rules to validate against; try "
            + (type.name().equals("model-profile") ? "'classify' or 'obligations'" : "another command"));
      }
      ValidationReport report = (standing.isEmpty() || !(doc instanceof ModelDocumentation mdf)
          ? DocumentValidators.validate(doc, validation)
          : ModelDocumentationValidator.create().withStanding(standing(standing, mdf)).validate(mdf, validation))
          .merge(UnknownProperties.findings(read))
          .merge(crossDocument.getOrDefault(file, ValidationReport.empty()));
      Optional<? extends Form<?>> form = type.findForm();
      if (form.isPresent()) {
        report = report.ordered(FormOrder.of(form.get().table())); // unknown properties join in form order
      }
      if (recipient != null) {
        report = report.forRecipient(recipient);
      }
      errors |= !report.isValid();
      switch (format) {
        case "json" -> {
          List<CompletenessScore> scores = ReportJson.completeness(doc).stream()
              .filter(s -> recipient == null || s.recipient() == recipient).toList();
          String one = ReportJson.toJson(report, scores, locale).strip();
          json.add(several ? "{\n  \"file\": " + jsonString(file) + "," + one.substring(1) : one);
        }
        case "sarif" -> sarif.add(Sarif.Input.of(sarifUri(file), report, raw));
        case "html" -> out.print(FormHtml.render(doc, recipient == null ? Recipient.DOWNSTREAM_PROVIDER : recipient,
            report, locale, schedule));
        case "markdown" -> {
          if (several) {
            out.print((i == 0 ? "" : "\n") + "# " + Markdown.escape(Messages.text("file.title", locale, file))
                + "\n\n");
          }
          out.print(several ? report.toMarkdown(locale).replaceFirst("(?m)^# ", "## ") : report.toMarkdown(locale));
        }
        default -> out.print((i == 0 ? "" : "\n")
            + ValidationText.render(file, doc, type, report, recipient, locale));
      }
    }
    if (format.equals("json") && !json.isEmpty()) {
      out.println(several ? "[" + String.join(",\n", json) + "]" : json.get(0));
    }
    if (format.equals("sarif")) {
      out.println(Sarif.toJson(sarif, locale, version()).strip());
    }
    return unreadable ? UNREADABLE : errors ? FINDINGS : OK;
  }

  private int summary(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "markdown"));
    Locale locale = o.locale();
    String file = o.file("sample:" + Samples.COMPLETE);
    Document read = readDocument(file, false).value();
    if (!(read instanceof ModelDocumentation doc)) {
      DocumentType<?> type = DocumentTypes.of(read);
      throw new UsageException(file + ": 'summary' summarises a Model Documentation Form on the final form ("
          + DocumentTypes.forClass(ModelDocumentation.class).version() + "); this is a " + type.name() + " document ("
          + type.version() + "); try 'validate'");
    }
    out.print(DocumentationSummary.render(doc, locale, format.equals("markdown")));
    return OK;
  }

  private int classify(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("as-of", "format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "json", "markdown"));
    Locale locale = o.locale();
    LocalDate asOf = o.date("as-of", LocalDate.now(clock));
    ModelProfile profile = read(o.file("sample:" + Samples.PROFILE_FRONTIER), ModelProfile.class);
    Classification c = ModelClassifier.withCurrentRules().classify(profile, asOf);
    out.print(format.equals("json") ? Gpai4jJson.strict().write(c)
        : text(ClassificationText.render(c, locale), locale, format));
    return OK;
  }

  private int obligations(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("as-of", "format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "json", "markdown"));
    Locale locale = o.locale();
    LocalDate asOf = o.date("as-of", LocalDate.now(clock));
    ModelProfile profile = read(o.file("sample:" + Samples.PROFILE_FRONTIER), ModelProfile.class);
    ObligationSchedule s = ObligationDeriver.withCurrentRules().derive(profile, asOf);
    out.print(format.equals("json") ? Gpai4jJson.strict().write(s)
        : text(ObligationText.render(s, locale), locale, format));
    return OK;
  }

  /** The library's text rendering with French citations in French, as Markdown on request. */
  private static String text(String rendered, Locale locale, String format) {
    String text = Messages.french(locale) ? Citations.frenchText(rendered) : rendered;
    return format.equals("markdown") ? Markdown.fromText(text) : text;
  }

  private int fields(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("form", "format", "locale"), 0);
    boolean markdown = o.choice("format", "text", Set.of("text", "markdown")).equals("markdown");
    Locale locale = o.locale();
    FormTable table = formType(o, "fields").findForm().orElseThrow().table();
    if (markdown) {
      out.print("# " + Markdown.escape(table.title(locale) + " (" + table.version() + ")") + "\n\n| "
          + Messages.text("column.item", locale) + " | " + Messages.text("column.recipients", locale) + " | "
          + Messages.text("column.label", locale) + " | " + Messages.text("column.pointer", locale)
          + " |\n|---|---|---|---|\n");
    }
    for (FormItem item : table.items()) {
      String recipients = item.recipients().stream().map(r -> r.abbreviation()).collect(Collectors.joining(","));
      String label = table.label(item.id(), locale);
      if (markdown) {
        out.print("| " + item.id() + " | " + recipients + " | " + Markdown.escape(label) + " | `" + item.pointer()
            + "` |\n");
      } else {
        out.printf("%-11s %-12s %-44s %s%n", item.id(), recipients, abbreviate(label, 44), item.pointer());
      }
    }
    return OK;
  }

  private int rules(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("form", "format", "locale"), 0);
    boolean markdown = o.choice("format", "text", Set.of("text", "markdown")).equals("markdown");
    Locale locale = o.locale();
    DocumentType<?> type = formType(o, "rules");
    if (markdown) {
      out.print("| " + Messages.text("column.rule", locale) + " | " + Messages.text("column.severity", locale)
          + " | " + Messages.text("column.legalBasis", locale) + " |\n|---|---|---|\n");
    }
    for (Rule rule : DocumentValidators.forType(type).orElseThrow().rules()) {
      String bases = rule.legalBases().stream().map(b -> Citations.of(b, locale)).collect(Collectors.joining("; "));
      String severity = ValidationText.severity(rule.severity(), locale);
      if (markdown) {
        out.print("| `" + rule.id() + "` | " + severity + " | " + Markdown.escape(bases) + " |\n");
      } else {
        out.printf("%-28s %-13s %s%n", rule.id(), severity, bases);
      }
    }
    return OK;
  }

  /**
   * The registered form version named by {@code --form}, by default the final Model Documentation Form: a version
   * id (the Model Documentation Form's where two types share it), a document type (its default version), or
   * {@code TYPE/VERSION}.
   */
  private static DocumentType<?> formType(Options o, String command) throws UsageException {
    String version = o.get("form");
    List<DocumentType<?>> forms = DocumentTypes.all().stream().filter(t -> t.form() != null)
        .sorted(java.util.Comparator.comparing((DocumentType<?> t) -> !t.name().equals(ModelDocumentation.DOCUMENT_TYPE)))
        .toList();
    if (version == null) {
      return DocumentTypes.forClass(ModelDocumentation.class);
    }
    // VERSION, TYPE (its default version) or TYPE/VERSION: several types may share a version id (cop-final-2025-07)
    return forms.stream().filter(t -> t.version().equals(version) || t.toString().equals(version)
        || t.name().equals(version) && t.isDefault()).findFirst().orElseThrow(
        () -> new UsageException("'" + command + "': no form version '" + version + "'; known: "
            + forms.stream().map(DocumentType::toString).collect(Collectors.joining(", "))));
  }

  private int schema(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("version"), 1);
    List<String> types = o.files("");
    if (types.isEmpty() || types.get(0).isEmpty()) {
      throw new UsageException("'schema' needs a document type: "
          + DocumentTypes.all().stream().map(DocumentType::name).distinct().collect(Collectors.joining(", ")));
    }
    String type = types.get(0);
    String version = o.get("version");
    try {
      if (version != null) {
        out.print(JsonSchemas.of(type, version));
      } else {
        out.print(JsonSchemas.of(DocumentTypes.find(type, null).orElseThrow(() -> new IllegalArgumentException(
            "no document type '" + type + "'; known: " + DocumentTypes.all().stream().map(Object::toString)
                .collect(Collectors.joining(", "))))));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("'schema': " + e.getMessage());
    }
    return OK;
  }

  private int deadlines(List<String> args) throws UsageException {
    Options o = Options.parse(args, Set.of("profile", "as-of", "format", "locale"), Integer.MAX_VALUE);
    String format = o.choice("format", "text", Set.of("text", "json", "markdown"));
    Locale locale = o.locale();
    LocalDate asOf = o.date("as-of", LocalDate.now(clock));
    List<String> files = o.files("");
    if (files.equals(List.of(""))) {
      // no FILE: the bundled samples, unless a profile is given (its own model's documents are not bundled)
      files = o.get("profile") == null ? DEADLINE_SAMPLES : List.of();
    }
    SafetyDeadlines lister = SafetyDeadlines.euInstitutions();
    List<Deadline> all = new ArrayList<>();
    boolean unreadable = false;
    boolean modelReport = false;
    for (String file : files) {
      Document doc;
      try {
        doc = readDocument(file, false).value();
      } catch (DocumentReadException e) {
        err.println("gpai4j: cannot read " + file + ": " + e.getMessage());
        unreadable = true;
        continue;
      }
      modelReport |= doc instanceof SafetyAndSecurityModelReport;
      all.addAll(lister.of(doc, asOf));
    }
    String profileFile = o.get("profile");
    if (profileFile != null) {
      try {
        ModelProfile profile = read(profileFile, ModelProfile.class);
        ObligationSchedule schedule = ObligationDeriver.withCurrentRules().derive(profile, asOf);
        all.addAll(lister.of(schedule));
        if (!modelReport) {
          lister.expectedModelReport(schedule, profile.unionPlacementDate()).ifPresent(all::add);
        }
      } catch (DocumentReadException e) {
        err.println("gpai4j: cannot read " + profileFile + ": " + e.getMessage());
        unreadable = true;
      }
    }
    all.sort(java.util.Comparator.comparing(Deadline::due).thenComparing(Deadline::document)
        .thenComparing(Deadline::subject).thenComparing(Deadline::kind));
    out.print(switch (format) {
      case "json" -> DeadlinesText.json(all, asOf);
      case "markdown" -> DeadlinesText.markdown(all, asOf, locale);
      default -> DeadlinesText.text(all, asOf, locale);
    });
    boolean breached = all.stream().anyMatch(Deadline::isBreached);
    return unreadable ? UNREADABLE : breached ? FINDINGS : OK;
  }

  /** The bundled samples {@code deadlines} lists when given no FILE. */
  private static final List<String> DEADLINE_SAMPLES = List.of("sample:serious-incident-report-lattice-4.json",
      "sample:safety-and-security-model-report-lattice-4.json", "sample:safety-and-security-framework-lattice-4.json");

  private int render(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("format", "locale"), 1);
    String format = o.choice("format", "markdown", Set.of("markdown", "html"));
    Locale locale = o.locale();
    String file = o.file("sample:serious-incident-report-lattice-4.json");
    Document read = readDocument(file, false).value();
    if (!(read instanceof SeriousIncidentReport report)) {
      throw new UsageException(file + ": 'render' renders a serious-incident report; this is a "
          + DocumentTypes.of(read).name() + " document; try 'validate'");
    }
    out.print(format.equals("html") ? SeriousIncidentReportRenderer.html(report, locale)
        : SeriousIncidentReportRenderer.markdown(report, locale));
    return OK;
  }

  /** The URI a SARIF log names an input by: the file's path, or the sample or standard input as named. */
  private static String sarifUri(String file) {
    if (file.equals("-")) {
      return "stdin.json";
    }
    if (file.startsWith("sample:")) {
      return Sarif.uri(Path.of(file.substring("sample:".length())));
    }
    return Sarif.uri(Path.of(file));
  }

  private byte[] bytes(String file) throws DocumentReadException {
    try (InputStream input = open(file)) {
      return input.readAllBytes();
    } catch (java.io.IOException e) {
      throw ioError(file, e);
    }
  }

  /** Reads any registered document type from a path, {@code -} (standard input) or a bundled sample. */
  ReadResult<Document> readDocument(String file, boolean lenient) throws DocumentReadException {
    try (InputStream input = open(file)) {
      return Gpai4jJson.strict().readDocument(input, lenient);
    } catch (java.io.IOException e) {
      throw ioError(file, e);
    }
  }

  <T> T read(String file, Class<T> type) throws DocumentReadException {
    try (InputStream input = open(file)) {
      return Gpai4jJson.strict().read(input, type);
    } catch (java.io.IOException e) {
      throw ioError(file, e);
    }
  }

  private InputStream open(String file) throws DocumentReadException {
    if (file.startsWith("sample:")) {
      return Samples.open(file.substring("sample:".length()));
    }
    if (file.equals("-")) {
      if (standardInput == null) {
        try {
          standardInput = in.readAllBytes();
        } catch (java.io.IOException e) {
          throw ioError("standard input", e);
        }
      }
      return new ByteArrayInputStream(standardInput);
    }
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1, "no such file: " + file, e);
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      throw ioError(file, e);
    }
  }

  private static DocumentReadException ioError(String file, Exception e) {
    return new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
        "cannot read " + file + ": " + e.getMessage(), e);
  }

  /** A JSON string literal. */
  private static String jsonString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private String usage() {
    return String.format(USAGE_TEXT, String.join(", ", Samples.all()));
  }

  private int usageError(String message) {
    err.println("gpai4j: " + message);
    err.print(usage());
    return USAGE;
  }

  /** A malformed command line. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
