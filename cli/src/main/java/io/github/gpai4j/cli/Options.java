package io.github.gpai4j.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parsed command-line arguments of one command: positional arguments (a lone {@code -} is one, standard input),
 * {@code --name value} options and {@code --flag} switches.
 */
final class Options {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> named = new LinkedHashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Options() {}

  static Options parse(List<String> args, Set<String> allowed, int maxPositional) throws Main.UsageException {
    return parse(args, allowed, Set.of(), maxPositional);
  }

  static Options parse(List<String> args, Set<String> allowed, Set<String> allowedFlags, int maxPositional)
      throws Main.UsageException {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        if (allowedFlags.contains(name)) {
          o.flags.add(name);
          continue;
        }
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else {
          if (!allowed.contains(name)) {
            throw unknown(name, allowed, allowedFlags);
          }
          if (i + 1 >= args.size()) {
            throw new Main.UsageException("option --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        if (!allowed.contains(name)) {
          throw unknown(name, allowed, allowedFlags);
        }
        o.named.put(name, value);
      } else {
        o.positional.add(a);
      }
    }
    if (o.positional.size() > maxPositional) {
      throw new Main.UsageException("expected at most " + maxPositional + " FILE argument"
          + (maxPositional == 1 ? "" : "s") + ", got " + o.positional.size());
    }
    return o;
  }

  private static Main.UsageException unknown(String name, Set<String> allowed, Set<String> allowedFlags) {
    List<String> known = new ArrayList<>(allowed);
    known.addAll(allowedFlags);
    known.sort(null);
    return new Main.UsageException("unknown option --" + name
        + (known.isEmpty() ? "" : "; expected one of --" + String.join(", --", known)));
  }

  String file(String fallback) {
    return positional.isEmpty() ? fallback : positional.get(0);
  }

  List<String> files(String fallback) {
    return positional.isEmpty() ? List.of(fallback) : List.copyOf(positional);
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  @Nullable String get(String name) {
    return named.get(name);
  }

  String choice(String name, String fallback, Set<String> choices) throws Main.UsageException {
    String v = named.getOrDefault(name, fallback);
    if (!choices.contains(v)) {
      throw new Main.UsageException("--" + name + " must be one of " + String.join(", ", choices.stream().sorted()
          .toList()) + ", was '" + v + "'");
    }
    return v;
  }

  Locale locale() throws Main.UsageException {
    return Locale.forLanguageTag(choice("locale", "en", Set.of("en", "fr")));
  }

  LocalDate date(String name, LocalDate fallback) throws Main.UsageException {
    String v = named.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("--" + name + " must be a date as YYYY-MM-DD, was '" + v + "'");
    }
  }
}
