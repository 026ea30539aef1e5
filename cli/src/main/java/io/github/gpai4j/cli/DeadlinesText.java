package io.github.gpai4j.cli;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.evaluation.safety.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders the {@code deadlines} listing: one line (text), table row (Markdown) or object (JSON) per deadline, in
 * due-date order, with what is due, for which document and subject, its status and the provisions that set it.
 */
final class DeadlinesText {

  private DeadlinesText() {}

  private static String what(Deadline d, Locale locale) {
    return d.label(locale);
  }

  private static String bases(Deadline d, Locale locale) {
    return d.legalBases().stream().map(b -> Citations.of(b, locale)).collect(Collectors.joining("; "));
  }

  static String text(List<Deadline> deadlines, LocalDate asOf, Locale locale) {
    StringBuilder sb = new StringBuilder(Messages.text("deadlines.title", locale, asOf.toString())).append('\n');
    if (deadlines.isEmpty()) {
      return sb.append("  ").append(Messages.text("deadlines.none", locale)).append('\n').toString();
    }
    for (Deadline d : deadlines) {
      sb.append(String.format(Locale.ROOT, "  %-10s  %-20s  %s  [%s; %s]%n", d.due(), d.status().label(locale),
          what(d, locale), d.document(), bases(d, locale)));
      if (d.metOn() != null) {
        sb.append("              ").append(Messages.text("deadlines.metOn", locale, d.metOn().toString()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  static String markdown(List<Deadline> deadlines, LocalDate asOf, Locale locale) {
    StringBuilder sb = new StringBuilder("# ")
        .append(Markdown.escape(Messages.text("deadlines.title", locale, asOf.toString()))).append("\n\n");
    if (deadlines.isEmpty()) {
      return sb.append(Markdown.escape(Messages.text("deadlines.none", locale))).append('\n').toString();
    }
    sb.append("| ").append(Messages.text("deadlines.column.due", locale)).append(" | ")
        .append(Messages.text("deadlines.column.status", locale)).append(" | ")
        .append(Messages.text("deadlines.column.what", locale)).append(" | ")
        .append(Messages.text("deadlines.column.document", locale)).append(" | ")
        .append(Messages.text("deadlines.column.done", locale)).append(" | ")
        .append(Messages.text("column.legalBasis", locale)).append(" |\n|---|---|---|---|---|---|\n");
    for (Deadline d : deadlines) {
      sb.append("| ").append(d.due()).append(" | ").append(Markdown.escape(d.status().label(locale))).append(" | ")
          .append(Markdown.escape(what(d, locale))).append(" | `").append(d.document()).append("` | ")
          .append(d.metOn() == null ? "" : d.metOn().toString()).append(" | ")
          .append(Markdown.escape(bases(d, locale))).append(" |\n");
    }
    return sb.toString();
  }

  static String json(List<Deadline> deadlines, LocalDate asOf) {
    StringBuilder sb = new StringBuilder("{\n  \"asOf\": \"").append(asOf).append("\",\n  \"deadlines\": [");
    for (int i = 0; i < deadlines.size(); i++) {
      Deadline d = deadlines.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"document\": ").append(string(d.document()))
          .append(", \"subject\": ").append(string(d.subject()))
          .append(", \"kind\": \"").append(d.kind().name()).append('"')
          .append(", \"due\": \"").append(d.due()).append('"')
          .append(", \"metOn\": ").append(d.metOn() == null ? "null" : "\"" + d.metOn() + "\"")
          .append(", \"status\": \"").append(d.status().name()).append('"')
          .append(", \"legalBases\": [")
          .append(d.legalBases().stream().map(LegalBasis::citation).map(DeadlinesText::string)
              .collect(Collectors.joining(", ")))
          .append("]}");
    }
    return sb.append(deadlines.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  private static String string(String s) {
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
}
