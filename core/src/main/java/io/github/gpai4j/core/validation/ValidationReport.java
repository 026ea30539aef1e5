package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The immutable outcome of validating a document against the rules implementing Regulation (EU) 2024/1689: the
 * findings, their counts per severity and whether the document is valid (no {@link Severity#ERROR}).
 *
 * <p><b>Order.</b> Findings are sorted by location (JSON Pointer order, see {@link JsonPointer#compareTo}), then
 * severity (errors, warnings, information), rule id, arguments, recipients and message key; identical findings
 * appear once. Two reports with the same findings are equal and render identically, whatever order the rules
 * ran in. {@link #ordered(Comparator)} gives the same findings in another order, such as the form's own order of
 * sections, items and variants ({@link io.github.gpai4j.core.form.FormOrder}); equal reports hold the same findings
 * in the same order.
 *
 * <p><b>Renderings.</b> {@link #toJson(Locale)} gives a deterministic JSON form (byte-identical for equal
 * reports: fixed member order, two-space indentation, {@code \n} line ends, no trailing newline);
 * {@link #toMarkdown(Locale)} a table for review; {@link #toText(Locale)} one line per finding for logs. Each has a
 * {@code write...} twin that streams to a writer and can cap repeated findings per rule ({@link ReportOptions}),
 * so that a report of hundreds of thousands of findings is never built as one string.
 *
 * @since 0.1.0
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), false);

  private final List<Finding> findings;
  private final boolean stoppedEarly;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(List<Finding> sortedDistinct, boolean stoppedEarly) {
    this.findings = sortedDistinct;
    this.stoppedEarly = stoppedEarly;
    for (Finding f : sortedDistinct) {
      counts[f.severity().ordinal()]++;
    }
  }

  /**
   * Returns the report of a document in which nothing was found.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns the report holding the given findings, sorted and without duplicates.
   *
   * @param findings the findings in any order, not null
   * @return the report
   * @throws NullPointerException if the collection or an element is null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    return of(findings, false);
  }

  private static ValidationReport of(Collection<Finding> findings, boolean stoppedEarly) {
    requireNonNull(findings, "findings");
    if (findings.isEmpty() && !stoppedEarly) {
      return EMPTY;
    }
    TreeSet<Finding> sorted = new TreeSet<>();
    for (Finding f : findings) {
      sorted.add(requireNonNull(f, "finding"));
    }
    // Findings that compare equal (same location, severity, rule id, arguments, recipients) appear once.
    return new ValidationReport(Collections.unmodifiableList(new ArrayList<>(sorted)), stoppedEarly);
  }

  /**
   * Returns a collector that validators fill while they run, honouring the options' fail-fast setting.
   *
   * @param options the options of the run, not null
   * @return a new collector, for use by one thread
   */
  public static Collector collector(ValidationOptions options) {
    return new Collector(requireNonNull(options, "options"));
  }

  /**
   * Returns the findings in report order.
   *
   * @return the findings, unmodifiable, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity in report order.
   *
   * @param severity the severity, not null
   * @return the findings, unmodifiable
   */
  public List<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    List<Finding> out = new ArrayList<>(counts[severity.ordinal()]);
    for (Finding f : findings) {
      if (f.severity() == severity) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether the document is valid: no finding is an {@link Severity#ERROR}. Warnings and information do
   * not make a document invalid. A fail-fast report that stopped early is never valid.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return counts[Severity.ERROR.ordinal()] == 0;
  }

  /**
   * Returns whether validation stopped at the first error (fail-fast), so that other problems may exist.
   *
   * @return true if the report may be incomplete
   */
  public boolean stoppedEarly() {
    return stoppedEarly;
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return counts[requireNonNull(severity, "severity").ordinal()];
  }

  /**
   * Returns the number of findings per severity, every severity present, in {@link Severity} order.
   *
   * @return the counts, unmodifiable
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> map = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      map.put(s, counts[s.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the distinct rule ids of the findings, sorted.
   *
   * @return the rule ids, unmodifiable
   */
  public List<String> ruleIds() {
    TreeSet<String> ids = new TreeSet<>();
    for (Finding f : findings) {
      ids.add(f.ruleId());
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the part of this report that concerns one recipient (see {@link Finding#concerns(Recipient)}), for
   * example what a document lacks for the downstream providers of Art.&nbsp;53(1)(b), in this report's order. Each
   * finding cites only what concerns that recipient: it names the recipient alone (or none, when it is about the
   * whole document), and of its legal bases only those that concern the recipient
   * ({@link LegalBasis#concerns(Recipient)}; all of them if none does), so that a downstream provider's report does
   * not cite Annex XI or the authorities.
   *
   * @param recipient the recipient, not null
   * @return the narrower report
   */
  public ValidationReport forRecipient(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.concerns(recipient)) {
        out.add(narrow(f, recipient));
      }
    }
    return new ValidationReport(Collections.unmodifiableList(out), stoppedEarly);
  }

  private static Finding narrow(Finding f, Recipient recipient) {
    List<LegalBasis> bases = new ArrayList<>();
    for (LegalBasis b : f.legalBases()) {
      if (b.concerns(recipient)) {
        bases.add(b);
      }
    }
    List<Recipient> recipients = f.recipients().isEmpty() ? List.of() : List.of(recipient);
    if (bases.isEmpty() || bases.size() == f.legalBases().size()) {
      return recipients.equals(f.recipients()) ? f : new Finding(f.rule(), f.location(), recipients, f.arguments());
    }
    Rule r = f.rule();
    Rule narrowed = new Rule(r.id(), r.severity(), bases, r.recipients(), r.messageKey(), r.description(),
        r.messages());
    return new Finding(narrowed, f.location(), recipients, f.arguments());
  }

  /**
   * Returns a report with the same findings in another order, ties broken by the default order: for example
   * {@link io.github.gpai4j.core.form.FormOrder}, which reads like the form (section, item, variant). Renderings
   * follow the new order; {@link #merge} and {@link #forRecipient} keep it only as far as said there.
   *
   * @param order the order, not null
   * @return the reordered report
   * @since 0.3.0
   */
  public ValidationReport ordered(Comparator<? super Finding> order) {
    requireNonNull(order, "order");
    if (findings.size() < 2) {
      return this;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(order); // stable: ties keep the default order
    return new ValidationReport(Collections.unmodifiableList(sorted), stoppedEarly);
  }

  /**
   * Returns a report holding the findings of this and another report, in the default order.
   *
   * @param other the other report, not null
   * @return the combined report; it stopped early if either did
   */
  public ValidationReport merge(ValidationReport other) {
    requireNonNull(other, "other");
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return of(all, stoppedEarly || other.stoppedEarly);
  }

  /**
   * Returns the JSON form with English messages; see {@link #toJson(Locale)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    return toJson(Locale.ENGLISH);
  }

  /**
   * Returns the JSON form, byte-identical for equal reports and locales: an object with {@code valid},
   * {@code stoppedEarly}, {@code language}, {@code counts} (one member per severity) and {@code findings}, each
   * finding an object with {@code ruleId}, {@code severity}, {@code location} (JSON Pointer text),
   * {@code legalBases} (citations), {@code recipients}, {@code messageKey}, {@code arguments} (unquoted) and
   * {@code message} (rendered for the locale). For large reports, prefer
   * {@link #writeJson(Appendable, Locale, ReportOptions)}, which streams and can cap repeated findings.
   *
   * @param locale the language of the messages, not null
   * @return the JSON text, with {@code \n} line ends and no trailing newline
   */
  public String toJson(Locale locale) {
    return toJson(locale, ReportOptions.all());
  }

  /**
   * Returns the JSON form written with options; see {@link #writeJson(Appendable, Locale, ReportOptions)}.
   *
   * @param locale the language of the messages, not null
   * @param options which findings to write, not null
   * @return the JSON text, with {@code \n} line ends and no trailing newline
   * @since 0.1.0
   */
  public String toJson(Locale locale, ReportOptions options) {
    StringBuilder sb = new StringBuilder(1024);
    try {
      writeJson(sb, locale, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return sb.toString();
  }

  /**
   * Writes the JSON form of {@link #toJson(Locale)} to a writer or other target as it goes, without building it in
   * memory.
   *
   * @param out where to write, not null; not flushed or closed
   * @param locale the language of the messages, not null
   * @throws IOException if the target fails
   * @since 0.1.0
   */
  public void writeJson(Appendable out, Locale locale) throws IOException {
    writeJson(out, locale, ReportOptions.all());
  }

  /**
   * Writes the JSON form of {@link #toJson(Locale)} to a writer or other target as it goes. With options that cap
   * findings per rule, only the first findings of each rule (in report order) are written, and a member
   * {@code omitted} follows {@code findings}: an array of {@code {"ruleId": ..., "count": ...}} objects in rule id
   * order saying how many findings of each rule were left out (empty if none were). {@code valid} and
   * {@code counts} always describe every finding.
   *
   * @param out where to write, not null; not flushed or closed
   * @param locale the language of the messages, not null
   * @param options which findings to write, not null
   * @throws IOException if the target fails
   * @since 0.1.0
   */
  public void writeJson(Appendable out, Locale locale, ReportOptions options) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(locale, "locale");
    requireNonNull(options, "options");
    Rendering.JsonWriter w = new Rendering.JsonWriter(out);
    try {
      w.beginObject();
      w.name("valid").value(isValid());
      w.name("stoppedEarly").value(stoppedEarly);
      w.name("language").value(MessageSource.bundleLocale(locale).equals(Locale.FRENCH) ? "fr" : "en");
      w.name("counts").beginObject();
      for (Severity s : Severity.values()) {
        w.name(s.name()).value(counts[s.ordinal()]);
      }
      w.endObject();
      w.name("findings").beginArray();
      Cap cap = new Cap(options);
      for (Finding f : findings) {
        if (!cap.admits(f)) {
          continue;
        }
        w.beginObject();
        w.name("ruleId").value(f.ruleId());
        w.name("severity").value(f.severity().name());
        w.name("location").value(f.location().text());
        w.name("legalBases").beginArray();
        for (LegalBasis b : f.legalBases()) {
          w.value(b.citation());
        }
        w.endArray();
        w.name("recipients").beginArray();
        for (Recipient r : f.recipients()) {
          w.value(r.name());
        }
        w.endArray();
        w.name("messageKey").value(f.messageKey());
        w.name("arguments").beginArray();
        for (String a : f.arguments()) {
          w.value(a);
        }
        w.endArray();
        w.name("message").value(f.message(locale));
        if (!f.related().isEmpty()) {
          w.name("related").beginArray();
          for (RelatedLocation r : f.related()) {
            w.beginObject();
            w.name("document").value(r.document());
            w.name("location").value(r.location().text());
            w.endObject();
          }
          w.endArray();
        }
        w.endObject();
      }
      w.endArray();
      if (options.caps()) {
        w.name("omitted").beginArray();
        for (Map.Entry<String, Integer> e : cap.omitted().entrySet()) {
          w.beginObject();
          w.name("ruleId").value(e.getKey());
          w.name("count").value(e.getValue());
          w.endObject();
        }
        w.endArray();
      }
      w.endObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns a Markdown rendering: a heading, the verdict with counts, and a table with one row per finding
   * (severity, rule, location, legal basis, recipients, message). Text from the document is escaped so that it
   * cannot break the table or add markup.
   *
   * @param locale the language, not null
   * @return the Markdown text, ending with a newline
   */
  public String toMarkdown(Locale locale) {
    StringBuilder sb = new StringBuilder(256 + 160 * Math.min(findings.size(), 10_000));
    try {
      writeMarkdown(sb, locale, ReportOptions.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  /**
   * Writes the Markdown rendering of {@link #toMarkdown(Locale)} as it goes; with options that cap findings per
   * rule, a line after the table says how many findings of each rule were left out.
   *
   * @param out where to write, not null; not flushed or closed
   * @param locale the language, not null
   * @param options which findings to write, not null
   * @throws IOException if the target fails
   * @since 0.1.0
   */
  public void writeMarkdown(Appendable out, Locale locale, ReportOptions options) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(locale, "locale");
    requireNonNull(options, "options");
    out.append("# ").append(Rendering.label("report.title", locale)).append("\n\n");
    out.append(Rendering.label("report.verdictLine", locale, verdict(locale), countsLine(locale))).append("\n\n");
    if (stoppedEarly) {
      out.append(Rendering.label("report.stoppedEarly", locale)).append("\n\n");
    }
    if (findings.isEmpty()) {
      out.append(Rendering.label("report.noFindings", locale)).append('\n');
      return;
    }
    out.append("| ").append(Rendering.label("column.severity", locale))
        .append(" | ").append(Rendering.label("column.rule", locale))
        .append(" | ").append(Rendering.label("column.location", locale))
        .append(" | ").append(Rendering.label("column.legalBasis", locale))
        .append(" | ").append(Rendering.label("column.recipients", locale))
        .append(" | ").append(Rendering.label("column.message", locale))
        .append(" |\n|---|---|---|---|---|---|\n");
    Cap cap = new Cap(options);
    for (Finding f : findings) {
      if (!cap.admits(f)) {
        continue;
      }
      out.append("| ").append(Rendering.label("severity." + f.severity().name(), locale))
          .append(" | `").append(f.ruleId()).append('`')
          .append(" | ").append(Rendering.markdown(location(f, locale)))
          .append(" | ").append(Rendering.markdown(legalBases(f)))
          .append(" | ").append(recipients(f))
          .append(" | ").append(Rendering.markdown(f.message(locale)))
          .append(" |\n");
    }
    if (!cap.omitted().isEmpty()) {
      out.append('\n');
      for (Map.Entry<String, Integer> e : cap.omitted().entrySet()) {
        out.append(Rendering.markdown(Rendering.label("report.omitted", locale, e.getValue(), e.getKey())))
            .append("\n\n");
      }
    }
  }

  /**
   * Returns a plain-text rendering: a verdict line with counts, then one line per finding in the form
   * {@code [severity] rule-id at location (legal bases; recipients): message}.
   *
   * @param locale the language, not null
   * @return the text, ending with a newline
   */
  public String toText(Locale locale) {
    StringBuilder sb = new StringBuilder(128 + 160 * Math.min(findings.size(), 10_000));
    try {
      writeText(sb, locale, ReportOptions.all());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sb.toString();
  }

  /**
   * Writes the plain-text rendering of {@link #toText(Locale)} as it goes; with options that cap findings per rule,
   * a line at the end says how many findings of each rule were left out.
   *
   * @param out where to write, not null; not flushed or closed
   * @param locale the language, not null
   * @param options which findings to write, not null
   * @throws IOException if the target fails
   * @since 0.1.0
   */
  public void writeText(Appendable out, Locale locale, ReportOptions options) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(locale, "locale");
    requireNonNull(options, "options");
    out.append(Rendering.label("report.heading", locale, Rendering.label("report.title", locale), verdict(locale),
        countsLine(locale))).append('\n');
    if (stoppedEarly) {
      out.append(Rendering.label("report.stoppedEarly", locale)).append('\n');
    }
    Cap cap = new Cap(options);
    for (Finding f : findings) {
      if (!cap.admits(f)) {
        continue;
      }
      String citations = f.recipients().isEmpty() ? legalBases(f) : legalBases(f) + "; " + recipients(f);
      out.append(Rendering.label("report.findingLine", locale,
          Rendering.label("severity." + f.severity().name(), locale), f.ruleId(), location(f, locale), citations,
          f.message(locale))).append('\n');
    }
    for (Map.Entry<String, Integer> e : cap.omitted().entrySet()) {
      out.append(Rendering.label("report.omitted", locale, e.getValue(), e.getKey())).append('\n');
    }
  }

  /** Counts the findings of each rule as they are written and what the options leave out (also used by SARIF). */
  static final class Cap {
    private final int perRule;
    private final Map<String, Integer> written = new HashMap<>();
    private final Map<String, Integer> omitted = new TreeMap<>();

    Cap(ReportOptions options) {
      this.perRule = options.findingsPerRule();
    }

    boolean admits(Finding f) {
      if (perRule == Integer.MAX_VALUE) {
        return true;
      }
      if (written.merge(f.ruleId(), 1, Integer::sum) <= perRule) {
        return true;
      }
      omitted.merge(f.ruleId(), 1, Integer::sum);
      return false;
    }

    Map<String, Integer> omitted() {
      return omitted;
    }
  }

  private String verdict(Locale locale) {
    return Rendering.label(isValid() ? "report.valid" : "report.invalid", locale);
  }

  private String countsLine(Locale locale) {
    return Rendering.label("report.counts", locale, count(Severity.ERROR), count(Severity.WARNING),
        count(Severity.INFO));
  }

  private static String location(Finding f, Locale locale) {
    String here = f.location().isRoot() ? Rendering.label("report.root", locale) : f.location().text();
    if (f.related().isEmpty()) {
      return here;
    }
    StringBuilder sb = new StringBuilder(here);
    for (RelatedLocation r : f.related()) {
      sb.append(Rendering.label("report.related", locale, r.document(), r.location().text()));
    }
    return sb.toString();
  }

  private static String legalBases(Finding f) {
    StringBuilder sb = new StringBuilder();
    for (LegalBasis b : f.legalBases()) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(b.citation());
    }
    return sb.toString();
  }

  private static String recipients(Finding f) {
    StringBuilder sb = new StringBuilder();
    for (Recipient r : f.recipients()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(r.abbreviation());
    }
    return sb.toString();
  }

  /**
   * Reports are equal when they hold equal findings in the same order and agree on whether they stopped early; equal
   * reports render identically.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.stoppedEarly == stoppedEarly && r.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + Boolean.hashCode(stoppedEarly);
  }

  /** Returns the verdict and counts in English, for debugging. */
  @Override
  public String toString() {
    return "ValidationReport[valid=" + isValid() + ", errors=" + count(Severity.ERROR) + ", warnings="
        + count(Severity.WARNING) + ", info=" + count(Severity.INFO) + ", stoppedEarly=" + stoppedEarly + "]";
  }

  /**
   * Gathers the findings of one validation run and honours fail-fast: once an error has been added, further
   * findings are ignored. Validators use one collector per run and thread, then call {@link #report()}.
   *
   * @since 0.1.0
   */
  public static final class Collector {
    private final boolean failFast;
    private final java.time.@org.jspecify.annotations.Nullable LocalDate asOf;
    private final List<Finding> findings = new ArrayList<>();
    private boolean stopped;

    private Collector(ValidationOptions options) {
      this.failFast = options.failFast();
      this.asOf = options.asOf();
    }

    /**
     * Returns the date the run evaluates date-dependent rules as of ({@link ValidationOptions#asOf()}), so that a
     * check can read it where it runs.
     *
     * @return the date, or null if the run gives none
     * @since 0.3.0
     */
    public java.time.@org.jspecify.annotations.Nullable LocalDate asOf() {
      return asOf;
    }

    /**
     * Adds a finding unless the run has stopped.
     *
     * @param finding the finding, not null
     * @return true if the validator should go on, false once fail-fast has stopped the run
     */
    public boolean add(Finding finding) {
      requireNonNull(finding, "finding");
      if (stopped) {
        return false;
      }
      findings.add(finding);
      if (failFast && finding.severity() == Severity.ERROR) {
        stopped = true;
      }
      return !stopped;
    }

    /**
     * Returns whether fail-fast has stopped the run.
     *
     * @return true after the first error in fail-fast mode
     */
    public boolean isStopped() {
      return stopped;
    }

    /**
     * Returns the report of the findings added so far.
     *
     * @return the report
     */
    public ValidationReport report() {
      return of(findings, stopped);
    }
  }
}
