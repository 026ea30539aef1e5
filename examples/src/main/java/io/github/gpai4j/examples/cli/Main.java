package io.github.gpai4j.examples.cli;

import io.github.gpai4j.core.documentation.MdfItem;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
        summary [FILE]     print a summary of a Model Documentation Form
        fields             list the 47 items of the Model Documentation Form
        help               print this help
      FILE may be a path or 'sample:NAME' for a bundled sample (%s).
      With no command, prints the summary of the bundled complete sample.
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
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
    String command = rest.isEmpty() ? "summary" : rest.remove(0);
    try {
      return switch (command) {
        case "summary" -> summary(rest);
        case "fields" -> fields(rest);
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

  private int summary(List<String> args) throws DocumentReadException, UsageException {
    String file = single(args, "sample:" + Samples.COMPLETE);
    out.print(DocumentationSummary.render(readDocumentation(file)));
    return OK;
  }

  private int fields(List<String> args) throws UsageException {
    if (!args.isEmpty()) {
      throw new UsageException("'fields' takes no arguments");
    }
    for (MdfItem item : MdfItem.values()) {
      out.printf("%-9s %-12s %-44s %s%n", item.id(),
          item.recipients().stream().map(r -> r.abbreviation()).collect(Collectors.joining(",")),
          abbreviate(item.label(), 44), item.pointer());
    }
    return OK;
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
    return String.format(USAGE_TEXT, String.join(", ", Samples.documentation()));
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
