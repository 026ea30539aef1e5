package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc's summary (the first sentence, shown in every index and member table) ends at the first period followed
 * by white space, so "(Art. 53(1))" would cut it after "Art.". This test finds such summaries in the main sources
 * of every module; write {@code Art.&nbsp;53} or use {@code {@summary ...}}.
 */
class JavadocSummaryTest {

  /** Abbreviations that end with a period inside a sentence. */
  static final Set<String> ABBREVIATIONS = Set.of("Art", "Arts", "art", "arts", "e.g", "i.e", "cf", "No", "Nos",
      "para", "paras", "Rec", "Reg", "Dir", "vs", "approx", "Sec", "Ch", "p", "pp", "Vol", "Fig", "incl", "resp",
      "ca", "viz", "al");

  private static final Set<String> BLOCK_TAGS = Set.of("p", "pre", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "hr", "div", "li");
  private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z.]+)$");
  private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z0-9]+)");

  @Test
  void no_summary_is_cut_at_an_abbreviation() throws IOException {
    List<String> cut = new ArrayList<>();
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      for (Path module : modules.sorted().collect(Collectors.toList())) {
        Path sources = module.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
          try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted()
                .collect(Collectors.toList())) {
              check(file, cut);
            }
          }
        }
      }
    }
    assertTrue(cut.isEmpty(), cut.size() + " summaries stop at an abbreviation:\n" + String.join("\n", cut));
  }

  @Test
  void finds_a_summary_cut_after_art() {
    assertEquals("Art", cutAt("Returns the threshold (Art. 51(2)).\n\n@return the threshold"));
    assertEquals("e.g", cutAt("The maximum size (e.g. context length) of the input."));
  }

  @Test
  void accepts_a_non_breaking_space_a_summary_tag_and_abbreviations_after_the_first_sentence() {
    assertEquals(null, cutAt("Returns the threshold (Art.&nbsp;51(2)).\n\n@return the threshold"));
    assertEquals(null, cutAt("{@summary Returns the threshold (Art. 51(2)).} More."));
    assertEquals(null, cutAt("Returns the threshold. See Art. 51(2)."));
    assertEquals(null, cutAt("Returns {@code Art. 5} as text."));
    assertEquals(null, cutAt("A value.\n@see Art. 5"));
  }

  private static void check(Path file, List<String> cut) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    Matcher m = COMMENT.matcher(source);
    while (m.find()) {
      String word = cutAt(body(m.group(1)));
      if (word != null) {
        long line = source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        cut.add(file.normalize() + ":" + line + ": after \"" + word + ".\"");
      }
    }
  }

  /** Returns the comment's text without the leading asterisks. */
  static String body(String raw) {
    StringBuilder out = new StringBuilder();
    for (String line : raw.split("\n", -1)) {
      String l = line.strip();
      if (l.startsWith("*")) {
        l = l.substring(1);
      }
      if (l.startsWith(" ")) {
        l = l.substring(1);
      }
      out.append(l).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the abbreviation at which javadoc would end the first sentence of a comment, or null if it ends
   * elsewhere. Like javadoc, the sentence ends at a period followed by white space, at a block tag or at a block
   * HTML element; periods inside inline tags do not count.
   */
  static String cutAt(String text) {
    if (text.contains("{@summary")) {
      return null;
    }
    String t = ("\n" + text).split("\n@", 2)[0].substring(1) + " ";
    boolean period = false;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '{' && t.startsWith("{@", i)) {
        int depth = 0;
        for (; i < t.length(); i++) {
          if (t.charAt(i) == '{') {
            depth++;
          } else if (t.charAt(i) == '}' && --depth == 0) {
            break;
          }
        }
        period = false;
        i++;
        continue;
      }
      if (c == '<') {
        Matcher tag = HTML_TAG.matcher(t).region(i, t.length());
        if (tag.lookingAt() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT))) {
          return null;
        }
        int close = t.indexOf('>', i);
        if (close < 0) {
          return null;
        }
        i = close + 1;
        period = false;
        continue;
      }
      if (c == '.') {
        period = true;
      } else if (Character.isWhitespace(c)) {
        if (period) {
          Matcher word = LAST_WORD.matcher(t.substring(0, i - 1));
          String w = word.find() ? word.group(1) : "";
          return ABBREVIATIONS.contains(w) ? w : null;
        }
      } else {
        period = false;
      }
      i++;
    }
    return null;
  }
}
