package io.github.gpai4j.examples;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.validation.Sarif;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.evaluation.registry.DocumentValidators;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * User story: a CI job validates every JSON document in a folder (any registered document type and form version)
 * and fails the build on an ERROR finding, with one line per file and the findings of the files that fail, and
 * writes a SARIF 2.1.0 log ({@code gpai4j.sarif}) that code-scanning tools show inline, each finding at the line
 * and column of its JSON Pointer.
 *
 * <p>Exit status as the command line's: 0 every document valid, 1 a document with ERROR findings, 2 a file that
 * could not be read.
 *
 * @since 0.1.0
 */
public final class ValidateFolder {
  private ValidateFolder() {}

  /**
   * Validates every {@code *.json} file under a folder, in path order.
   *
   * @param folder the folder, not null
   * @param out where to print, not null
   * @return the exit status: the worst of the files
   * @throws IOException if the folder cannot be listed
   */
  static int validate(Path folder, PrintStream out) throws IOException {
    return validate(folder, out, null);
  }

  /**
   * Validates every {@code *.json} file under a folder, in path order, and writes a SARIF log of all findings.
   *
   * @param folder the folder, not null
   * @param out where to print, not null
   * @param sarif the SARIF file to write, or null for none
   * @return the exit status: the worst of the files
   * @throws IOException if the folder cannot be listed or the log cannot be written
   */
  static int validate(Path folder, PrintStream out, @Nullable Path sarif) throws IOException {
    List<Sarif.Input> inputs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int status = 0;
    for (Path file : files) {
      String name = folder.relativize(file).toString();
      try {
        byte[] bytes = Files.readAllBytes(file);
        Document doc = Gpai4jJson.strict().readDocument(new java.io.ByteArrayInputStream(bytes), false).value();
        ValidationReport report = DocumentValidators.validate(doc, ValidationOptions.defaults());
        inputs.add(Sarif.Input.of(Sarif.uri(folder.relativize(file)), report, bytes));
        out.printf("%s %s: %d errors, %d warnings%n", report.isValid() ? "ok  " : "FAIL", name,
            report.count(Severity.ERROR), report.count(Severity.WARNING));
        if (!report.isValid()) {
          report.findings(Severity.ERROR).forEach(f -> out.println("     " + f.ruleId() + " at "
              + f.location().text() + ": " + f.message(Locale.ENGLISH)));
          status = Math.max(status, 1);
        }
      } catch (DocumentReadException e) {
        out.println("FAIL " + name + ": unreadable: " + e.getMessage());
        status = 2;
      }
    }
    if (sarif != null) {
      Files.writeString(sarif, Sarif.toJson(inputs, Locale.ENGLISH, io.github.gpai4j.cli.Main.version()));
    }
    return status;
  }

  /**
   * Validates the folder given as the only argument and exits with the worst status.
   *
   * @param args the folder
   * @throws IOException if the folder cannot be listed
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length == 0 ? "." : args[0]);
    System.exit(validate(folder, System.out, Path.of("gpai4j.sarif")));
  }
}
