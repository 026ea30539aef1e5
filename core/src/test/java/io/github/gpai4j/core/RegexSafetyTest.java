package io.github.gpai4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * No regular expression in library code has a nested quantifier (a repeated group that itself holds a repeated
 * element, as {@code (a+)+} or {@code (?:\([^()]+\))*}): such patterns can take exponential time to fail on
 * hostile input. The test reads every module's {@code src/main/java}, finds the patterns given to
 * {@code Pattern.compile}, {@code matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} (string
 * literals, concatenations of literals, and constants of the same file), and checks each.
 */
class RegexSafetyTest {

  private static final List<String> CALLS = List.of("Pattern.compile(", ".matches(", ".replaceAll(",
      ".replaceFirst(", ".split(");

  @Test
  void no_regular_expression_in_library_code_has_a_nested_quantifier() throws IOException {
    List<Path> roots = sourceRoots();
    assertTrue(roots.size() >= 4, "found the modules' sources: " + roots);
    List<String> problems = new ArrayList<>();
    int patterns = 0;
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        for (String regex : regexes(source)) {
          patterns++;
          String nested = nestedQuantifier(regex);
          if (nested != null) {
            problems.add(root.getParent().getParent().getParent().relativize(file) + ": \"" + regex + "\" repeats "
                + nested);
          }
        }
      }
    }
    assertTrue(patterns >= 5, "found the patterns: " + patterns);
    assertEquals(List.of(), problems);
  }

  @Test
  void the_checker_finds_nested_quantifiers_and_leaves_safe_patterns_alone() {
    assertTrue(nestedQuantifier("(a+)+") != null);
    assertTrue(nestedQuantifier("(?:\\([^()]+\\))*") != null);
    assertTrue(nestedQuantifier("((ab)*c)+") != null);
    assertTrue(nestedQuantifier("(x{2,})*") != null);
    assertEquals(null, nestedQuantifier("1(\\.[0-9]+)?"));
    assertEquals(null, nestedQuantifier("[A-Za-z0-9][A-Za-z0-9._-]*"));
    assertEquals(null, nestedQuantifier("(a|b)+"));
    assertEquals(null, nestedQuantifier("\\(+[(+)]*"));
    assertEquals(null, nestedQuantifier("(\\d{4})-"));
  }

  @Test
  void the_scanner_reads_literals_concatenations_and_constants() {
    String source = "class X { static final String P = \"a\" + \"+\"; void f(String s) {"
        + " Pattern.compile(P); s.split(\"\\\\.\"); s.matches(\"(b+)\" + \"*\"); s.split(\",\", 2); } }";
    assertEquals(List.of("a+", "\\.", "(b+)*", ","), regexes(source));
    assertFalse(regexes("s.split(x)").contains("x"));
  }

  /** The project root is the nearest directory upwards holding a pom.xml with modules and a core module. */
  private static List<Path> sourceRoots() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml"))
        && Files.readString(dir.resolve("pom.xml")).contains("<modules>")
        && Files.isDirectory(dir.resolve("core/src/main/java")))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "no multi-module project above " + Path.of("").toAbsolutePath());
    List<Path> roots = new ArrayList<>();
    try (Stream<Path> modules = Files.list(dir)) {
      for (Path module : modules.sorted().toList()) {
        Path src = module.resolve("src/main/java");
        if (Files.isDirectory(src)) {
          roots.add(src);
        }
      }
    }
    return roots;
  }

  /** The regular expressions a source file hands to the pattern methods, in source order. */
  static List<String> regexes(String source) {
    Map<String, String> constants = new HashMap<>();
    java.util.regex.Matcher c = java.util.regex.Pattern
        .compile("static final String ([A-Z][A-Z0-9_]*) = ").matcher(source);
    while (c.find()) {
      String value = literals(source, c.end());
      if (value != null) {
        constants.put(c.group(1), value);
      }
    }
    java.util.TreeMap<Integer, String> found = new java.util.TreeMap<>();
    for (String call : CALLS) {
      for (int i = source.indexOf(call); i >= 0; i = source.indexOf(call, i + 1)) {
        int arg = i + call.length();
        while (arg < source.length() && Character.isWhitespace(source.charAt(arg))) {
          arg++;
        }
        String value = literals(source, arg);
        if (value == null) {
          int end = arg;
          while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
            end++;
          }
          value = constants.get(source.substring(arg, end));
        }
        if (value != null) {
          found.put(i, value);
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Reads string literals joined by {@code +} from a position, or returns null if none starts there. */
  private static @Nullable String literals(String source, int at) {
    StringBuilder value = new StringBuilder();
    int i = at;
    boolean any = false;
    while (i < source.length() && source.charAt(i) == '"' && !source.startsWith("\"\"\"", i)) {
      any = true;
      i++;
      while (i < source.length() && source.charAt(i) != '"') {
        char ch = source.charAt(i);
        if (ch == '\\' && i + 1 < source.length()) {
          char e = source.charAt(++i);
          switch (e) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'u' -> {
              value.append((char) Integer.parseInt(source.substring(i + 1, i + 5), 16));
              i += 4;
            }
            default -> value.append(e);
          }
        } else {
          value.append(ch);
        }
        i++;
      }
      i++; // closing quote
      int next = i;
      while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
        next++;
      }
      if (next < source.length() && source.charAt(next) == '+') {
        next++;
        while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
          next++;
        }
        if (next < source.length() && source.charAt(next) == '"') {
          i = next;
          continue;
        }
      }
      break;
    }
    return any ? value.toString() : null;
  }

  /**
   * Returns a description of the first group that is repeated ({@code *}, {@code +}, {@code {n,}} or
   * {@code {n,m}} with m above 1) while holding a repeated element itself, or null if there is none.
   */
  static @Nullable String nestedQuantifier(String regex) {
    Deque<int[]> groups = new ArrayDeque<>(); // {start, holds a repeat}
    boolean lastWasGroupWithRepeat = false;
    int lastGroupStart = -1;
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      boolean groupJustClosed = false;
      if (c == '\\') {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
          int end = regex.indexOf("\\E", i + 2);
          i = end < 0 ? regex.length() : end + 2;
        } else {
          i += 2;
        }
      } else if (c == '[') {
        i = endOfClass(regex, i);
      } else if (c == '(') {
        groups.push(new int[] {i, 0});
        i++;
      } else if (c == ')') {
        int[] g = groups.isEmpty() ? new int[] {i, 0} : groups.pop();
        lastWasGroupWithRepeat = g[1] == 1;
        lastGroupStart = g[0];
        if (g[1] == 1 && !groups.isEmpty()) {
          groups.peek()[1] = 1;
        }
        groupJustClosed = true;
        i++;
      } else {
        i++;
      }
      // a quantifier applies to what was just read
      int q = quantifierEnd(regex, i);
      if (q > i) {
        boolean repeats = repeats(regex.substring(i, q));
        if (repeats) {
          if (groupJustClosed && lastWasGroupWithRepeat) {
            return "the group at " + lastGroupStart + " (" + regex.substring(lastGroupStart, q) + ")";
          }
          if (!groups.isEmpty()) {
            groups.peek()[1] = 1;
          }
        }
        i = q;
      }
    }
    return null;
  }

  private static int endOfClass(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    int depth = 1;
    while (i < regex.length() && depth > 0) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      i++;
    }
    return i;
  }

  private static int quantifierEnd(String regex, int at) {
    if (at >= regex.length()) {
      return at;
    }
    char c = regex.charAt(at);
    int end;
    if (c == '*' || c == '+' || c == '?') {
      end = at + 1;
    } else if (c == '{' && regex.indexOf('}', at) > at && regex.substring(at + 1, regex.indexOf('}', at))
        .matches("[0-9]+(,[0-9]*)?")) {
      end = regex.indexOf('}', at) + 1;
    } else {
      return at;
    }
    if (end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
      end++; // lazy or possessive
    }
    return end;
  }

  private static boolean repeats(String quantifier) {
    char c = quantifier.charAt(0);
    if (c == '*' || c == '+') {
      return true;
    }
    if (c == '?') {
      return false;
    }
    String body = quantifier.substring(1, quantifier.indexOf('}'));
    if (!body.contains(",")) {
      return Integer.parseInt(body) > 1;
    }
    String max = body.substring(body.indexOf(',') + 1);
    return max.isEmpty() || Integer.parseInt(max) > 1;
  }
}
