package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code UNCONFIRMED.md}, the page that lists every reading of the law gpai4j could not confirm, in step with
 * the code: CONTRIBUTING asks that such a reading say {@code UNCONFIRMED} in its Javadoc, and this test asks that
 * the page list it with the file and symbol that use it.
 */
class UnconfirmedPageTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern REFERENCE = Pattern.compile("`([\\w/.-]+\\.java)#(\\w+)`");
  /** Declares the provenance flag itself; it is not a reading. */
  private static final String FLAG_DECLARATION = "taxonomy/src/main/java/io/github/gpai4j/taxonomy/Provenance.java";

  @Test
  void every_source_that_says_unconfirmed_is_listed_on_the_page() throws IOException {
    Set<String> listed = references().stream().map(r -> r[0]).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(sourcesSayingUnconfirmed());
    missing.removeAll(listed);
    missing.remove(FLAG_DECLARATION);
    assertTrue(missing.isEmpty(), "UNCONFIRMED.md does not list " + missing);
  }

  @Test
  void every_listed_file_and_symbol_still_exists_and_still_says_unconfirmed() throws IOException {
    List<String> stale = new ArrayList<>();
    for (String[] reference : references()) {
      Path file = ROOT.resolve(reference[0]);
      if (!Files.isRegularFile(file)) {
        stale.add(reference[0] + " does not exist");
        continue;
      }
      String source = Files.readString(file, StandardCharsets.UTF_8);
      if (!source.contains("UNCONFIRMED")) {
        stale.add(reference[0] + " no longer says UNCONFIRMED");
      }
      if (!Pattern.compile("\\b" + reference[1] + "\\b").matcher(source).find()) {
        stale.add(reference[0] + " has no " + reference[1]);
      }
    }
    assertTrue(stale.isEmpty(), String.join("\n", stale));
  }

  @Test
  void the_page_lists_something() throws IOException {
    assertFalse(references().isEmpty());
  }

  private static List<String[]> references() throws IOException {
    String page = Files.readString(ROOT.resolve("UNCONFIRMED.md"), StandardCharsets.UTF_8);
    List<String[]> references = new ArrayList<>();
    Matcher m = REFERENCE.matcher(page);
    while (m.find()) {
      references.add(new String[] {m.group(1), m.group(2)});
    }
    return references;
  }

  private static Set<String> sourcesSayingUnconfirmed() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.collect(Collectors.toList())) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> walk = Files.walk(sources)) {
          for (Path file : walk.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
            if (Files.readString(file, StandardCharsets.UTF_8).contains("UNCONFIRMED")) {
              files.add(ROOT.relativize(file).toString().replace('\\', '/'));
            }
          }
        }
      }
    }
    return files;
  }
}
