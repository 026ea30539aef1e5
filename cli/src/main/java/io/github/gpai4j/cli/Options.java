package io.github.gpai4j.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Parsed command-line arguments of one command: positional arguments and {@code --name value} options. */
final class Options {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> named = new LinkedHashMap<>();

  private Options() {}

  static Options parse(List<String> args, Set<String> allowed, int maxPositional) throws Main.UsageException {
    Options o = new Options();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else {
          if (i + 1 >= args.size()) {
            throw new Main.UsageException("option --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        if (!allowed.contains(name)) {
          throw new Main.UsageException("unknown option --" + name
              + (allowed.isEmpty() ? "" : "; expected one of --" + String.join(", --", allowed)));
        }
        o.named.put(name, value);
      } else {
        o.positional.add(a);
      }
    }
    if (o.positional.size() > maxPositional) {
      throw new Main.UsageException("expected at most " + maxPositional + " FILE argument, got "
          + o.positional.size());
    }
    return o;
  }

  String file(String fallback) {
    return positional.isEmpty() ? fallback : positional.get(0);
  }

  @Nullable String get(String name) {
    return named.get(name);
  }

  String choice(String name, String fallback, Set<String> choices) throws Main.UsageException {
    String v = named.getOrDefault(name, fallback);
    if (!choices.contains(v)) {
      throw new Main.UsageException("--" + name + " must be one of " + String.join(", ", choices) + ", was '"
          + v + "'");
    }
    return v;
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
