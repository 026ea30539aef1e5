package io.github.gpai4j.cli;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.evaluation.obligations.ObligationText;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
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
        validate [FILE] [--recipient AIO|NCA|DP] [--format text|json|markdown] [--locale en|fr]
                           check a document against the rules of its type and form version (read from
                           the document); exit 1 on ERROR findings
        summary [FILE]     print a summary of a Model Documentation Form
        classify [FILE] [--as-of YYYY-MM-DD] [--format text|json] [--locale en|fr]
                           classify a model profile (GPAI model, systemic risk, exemptions, dates)
        obligations [FILE] [--as-of YYYY-MM-DD] [--format text|json] [--locale en|fr]
                           list the Chapter V obligations of a model profile with their dates
        fields [--form VERSION]
                           list the items of a form version (default: the final Model Documentation Form;
                           cop-draft-2024-11 for the first draft's table)
        rules [--form VERSION]
                           list the rules of a form version with severity and legal bases
        help               print this help
      FILE may be a path or 'sample:NAME' for a bundled sample (%s).
      --as-of defaults to today.
      With no command, validates the bundled complete sample.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  Main(PrintStream out, PrintStream err) {
    this(out, err, Clock.systemDefaultZone());
  }

  Main(PrintStream out, PrintStream err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status = new Main(System.out, System.err).run(args);
    System.out.flush();
    System.exit(status);
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
        case "help", "--help", "-h" -> {
          out.print(usage());
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

  private int validate(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("recipient", "format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "json", "markdown"));
    Locale locale = Locale.forLanguageTag(o.choice("locale", "en", Set.of("en", "fr")));
    String recipientText = o.get("recipient");
    @Nullable Recipient recipient;
    try {
      recipient = recipientText == null ? null : Recipient.parse(recipientText);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String file = o.file("sample:" + Samples.COMPLETE);
    Document doc = readDocument(file);
    DocumentType<?> type = DocumentTypes.of(doc);
    if (DocumentValidators.forType(type).isEmpty()) {
      throw new UsageException("a " + type.name() + " document has no rules to validate against; try "
          + (type.name().equals("model-profile") ? "'classify' or 'obligations'" : "another command"));
    }
    ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
    if (recipient != null) {
      report = report.forRecipient(recipient);
    }
    switch (format) {
      case "json" -> out.println(report.toJson(locale));
      case "markdown" -> out.print(report.toMarkdown(locale));
      default -> out.print(ValidationText.render(file, doc, type, report, recipient, locale));
    }
    return report.isValid() ? OK : FINDINGS;
  }

  private int summary(List<String> args) throws DocumentReadException, UsageException {
    String file = single(args, "sample:" + Samples.COMPLETE);
    out.print(DocumentationSummary.render(readDocumentation(file)));
    return OK;
  }

  private int classify(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("as-of", "format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "json"));
    Locale locale = Locale.forLanguageTag(o.choice("locale", "en", Set.of("en", "fr")));
    LocalDate asOf = o.date("as-of", LocalDate.now(clock));
    ModelProfile profile = read(o.file("sample:" + Samples.PROFILE_FRONTIER), ModelProfile.class);
    Classification c = ModelClassifier.withCurrentRules().classify(profile, asOf);
    out.print(format.equals("json") ? Gpai4jJson.strict().write(c) : ClassificationText.render(c, locale));
    return OK;
  }

  private int obligations(List<String> args) throws DocumentReadException, UsageException {
    Options o = Options.parse(args, Set.of("as-of", "format", "locale"), 1);
    String format = o.choice("format", "text", Set.of("text", "json"));
    Locale locale = Locale.forLanguageTag(o.choice("locale", "en", Set.of("en", "fr")));
    LocalDate asOf = o.date("as-of", LocalDate.now(clock));
    ModelProfile profile = read(o.file("sample:" + Samples.PROFILE_FRONTIER), ModelProfile.class);
    ObligationSchedule s = ObligationDeriver.withCurrentRules().derive(profile, asOf);
    out.print(format.equals("json") ? Gpai4jJson.strict().write(s) : ObligationText.render(s, locale));
    return OK;
  }

  private int fields(List<String> args) throws UsageException {
    FormTable table = form(args, "fields").table();
    for (FormItem item : table.items()) {
      out.printf("%-11s %-12s %-44s %s%n", item.id(),
          item.recipients().stream().map(r -> r.abbreviation()).collect(Collectors.joining(",")),
          abbreviate(table.label(item.id(), Locale.ENGLISH), 44), item.pointer());
    }
    return OK;
  }

  private int rules(List<String> args) throws UsageException {
    DocumentType<?> type = formType(args, "rules");
    for (Rule rule : DocumentValidators.forType(type).orElseThrow().rules()) {
      out.printf("%-28s %-7s %s%n", rule.id(), rule.severity(),
          rule.legalBases().stream().map(LegalBasis::citation).collect(Collectors.joining("; ")));
    }
    return OK;
  }

  private static Form<?> form(List<String> args, String command) throws UsageException {
    return formType(args, command).findForm().orElseThrow();
  }

  /** The registered form version named by {@code --form}, by default the final Model Documentation Form. */
  private static DocumentType<?> formType(List<String> args, String command) throws UsageException {
    Options o = Options.parse(args, Set.of("form"), 0);
    String version = o.get("form");
    List<DocumentType<?>> forms = DocumentTypes.all().stream().filter(t -> t.form() != null).toList();
    if (version == null) {
      return DocumentTypes.forClass(ModelDocumentation.class);
    }
    return forms.stream().filter(t -> t.version().equals(version)).findFirst().orElseThrow(
        () -> new UsageException("'" + command + "': no form version '" + version + "'; known: "
            + forms.stream().map(DocumentType::version).collect(Collectors.joining(", "))));
  }

  static Document readDocument(String file) throws DocumentReadException {
    Gpai4jJson json = Gpai4jJson.strict();
    if (file.startsWith("sample:")) {
      try (InputStream in = Samples.open(file.substring("sample:".length()))) {
        return json.readDocument(in, false).value();
      } catch (java.io.IOException e) {
        throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1, e.getMessage(), e);
      }
    }
    return json.readDocument(Path.of(file));
  }

  static ModelDocumentation readDocumentation(String file) throws DocumentReadException {
    return read(file, ModelDocumentation.class);
  }

  static <T> T read(String file, Class<T> type) throws DocumentReadException {
    Gpai4jJson json = Gpai4jJson.strict();
    if (file.startsWith("sample:")) {
      try (InputStream in = Samples.open(file.substring("sample:".length()))) {
        return json.read(in, type);
      } catch (java.io.IOException e) {
        throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1, e.getMessage(), e);
      }
    }
    return json.read(Path.of(file), type);
  }

  private static String single(List<String> args, String fallback) throws UsageException {
    if (args.size() > 1) {
      throw new UsageException("expected at most one FILE, got " + args.size() + " arguments");
    }
    return args.isEmpty() ? fallback : args.get(0);
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
