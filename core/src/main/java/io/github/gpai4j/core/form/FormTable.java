package io.github.gpai4j.core.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.validation.MessageSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * The table of one form version of a document type: one {@link FormItem} row per item, in form order, with the
 * form's own facts (document type, version id, publication date, the measure that establishes the form, the
 * prefixes of its rule ids and message keys) and its labels in English and French.
 *
 * <p>A table is read from a tab-separated resource. Lines starting with {@code #} are comments; lines
 * {@code @key=value} give the form's facts ({@code documentType}, {@code version}, {@code published},
 * {@code basis} and optionally {@code basis.AIO}, {@code basis.NCA}, {@code basis.DP}, {@code itemPrefix}, {@code rulePrefix}, {@code messagePrefix}); the first other line names the
 * columns and every later line is an item. Columns, in any order: {@code id}, {@code section},
 * {@code formRecipients}, {@code statuteRecipients} ({@code AIO NCA DP} codes separated by spaces), {@code bases}
 * (citations separated by {@code ;}, such as {@code Annex XI 1(1)(d)}), {@code pointer}, {@code na},
 * {@code conditional}, {@code confirmed}, {@code metadata} ({@code yes} or {@code no}), {@code words} (a number),
 * {@code precision} ({@link Precision} name) and {@code mapsTo} (item ids separated by spaces), and optionally
 * {@code variant} ({@code yes} for an item a model family may answer per variant). A {@code -} is an
 * empty cell. The label bundle holds {@code form.title}, {@code form.reference}, {@code section.<code>} and {@code item.<id>} in English
 * (the base bundle) and French; loading fails when one is missing, so a table cannot ship half-labelled.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class FormTable {

  private static final List<String> COLUMNS = List.of("id", "section", "formRecipients", "statuteRecipients", "bases",
      "pointer", "na", "conditional", "words", "precision", "confirmed", "metadata", "mapsTo");

  private final String documentType;
  private final String version;
  private final LocalDate published;
  private final LegalBasis basis;
  private final java.util.Map<Recipient, LegalBasis> basisFor;
  private final String itemPrefix;
  private final String rulePrefix;
  private final String messagePrefix;
  private final List<FormItem> items;
  private final Map<String, FormItem> byId;
  private final List<String> sections;
  private final Function<Locale, ResourceBundle> labels;

  private FormTable(Map<String, String> facts, List<FormItem> items, Function<Locale, ResourceBundle> labels,
      String source) {
    this.documentType = fact(facts, "documentType", source);
    this.version = fact(facts, "version", source);
    this.published = LocalDate.parse(fact(facts, "published", source));
    this.basis = LegalBasis.parse(fact(facts, "basis", source));
    java.util.Map<Recipient, LegalBasis> per = new java.util.EnumMap<>(Recipient.class);
    for (Recipient r : Recipient.values()) {
      String own = facts.get("basis." + r.abbreviation());
      per.put(r, own == null || own.isBlank() ? basis : LegalBasis.parse(own));
    }
    this.basisFor = java.util.Collections.unmodifiableMap(per);
    this.itemPrefix = fact(facts, "itemPrefix", source);
    this.rulePrefix = fact(facts, "rulePrefix", source);
    this.messagePrefix = fact(facts, "messagePrefix", source);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(source + ": a form table has at least one item");
    }
    this.items = List.copyOf(items);
    Map<String, FormItem> map = new LinkedHashMap<>();
    Set<String> sectionCodes = new LinkedHashSet<>();
    for (FormItem item : items) {
      if (map.put(item.id(), item) != null) {
        throw new IllegalArgumentException(source + ": item " + item.id() + " appears twice");
      }
      if (!item.id().startsWith(itemPrefix)) {
        throw new IllegalArgumentException(source + ": item " + item.id() + " does not start with " + itemPrefix);
      }
      sectionCodes.add(item.section());
    }
    this.byId = Collections.unmodifiableMap(map);
    this.sections = List.copyOf(sectionCodes);
    this.labels = labels;
    for (Locale locale : MessageSource.SUPPORTED_LOCALES) {
      title(locale);
      reference(locale);
      for (String section : sections) {
        sectionLabel(section, locale);
      }
      for (FormItem item : items) {
        label(item.id(), locale);
      }
    }
  }

  /**
   * Reads a table from a tab-separated resource, with labels from a bundle.
   *
   * @param source a name for the resource in error messages, such as its path, not null
   * @param tsv the table, UTF-8, not null; closed when read
   * @param labels loads the label bundle for {@link Locale#ROOT} (English) or {@link Locale#FRENCH}; call
   *     {@code ResourceBundle.getBundle} from the module that holds the bundle, not null
   * @return the table
   * @throws IllegalArgumentException if the table is malformed or a label is missing, naming the line
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static FormTable read(String source, InputStream tsv, Function<Locale, ResourceBundle> labels) {
    requireNonNull(source, "source");
    requireNonNull(tsv, "tsv");
    requireNonNull(labels, "labels");
    Map<String, String> facts = new LinkedHashMap<>();
    List<FormItem> items = new ArrayList<>();
    List<String> header = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("@")) {
          int eq = line.indexOf('=');
          if (eq < 0) {
            throw new IllegalArgumentException(source + ":" + lineNumber + ": expected @key=value");
          }
          facts.put(line.substring(1, eq).strip(), line.substring(eq + 1).strip());
        } else if (header == null) {
          header = List.of(line.split("\t", -1));
          for (String column : COLUMNS) {
            if (!header.contains(column)) {
              throw new IllegalArgumentException(source + ":" + lineNumber + ": missing column '" + column + "'");
            }
          }
        } else {
          items.add(row(header, line.split("\t", -1), source + ":" + lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read the form table", e);
    }
    return new FormTable(facts, items, labels, source);
  }

  private static FormItem row(List<String> header, String[] cells, String where) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(where + ": expected " + header.size() + " cells, found " + cells.length);
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i].strip();
      row.put(header.get(i), cell.equals("-") ? "" : cell);
    }
    try {
      List<LegalBasis> bases = new ArrayList<>();
      for (String citation : row.get("bases").split(";")) {
        if (!citation.isBlank()) {
          bases.add(LegalBasis.parse(citation.strip()));
        }
      }
      String words = row.get("words");
      return new FormItem(row.get("id"), row.get("section"), recipients(row.get("formRecipients")),
          recipients(row.get("statuteRecipients")), bases, row.get("pointer"), yes(row.get("na")),
          yes(row.get("conditional")), words.isEmpty() ? 0 : Integer.parseInt(words),
          row.get("precision").isEmpty() ? Precision.NONE : Precision.valueOf(row.get("precision")),
          yes(row.get("confirmed")), yes(row.get("metadata")), words(row.get("mapsTo")),
          yes(row.getOrDefault("variant", "")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static boolean yes(String cell) {
    return switch (cell) {
      case "yes" -> true;
      case "no", "" -> false;
      default -> throw new IllegalArgumentException("expected yes or no, was '" + cell + "'");
    };
  }

  private static Set<Recipient> recipients(String cell) {
    Set<Recipient> set = EnumSet.noneOf(Recipient.class);
    for (String code : words(cell)) {
      set.add(Recipient.parse(code));
    }
    return set;
  }

  private static List<String> words(String cell) {
    return cell.isBlank() ? List.of() : List.of(cell.strip().split("\\s+"));
  }

  private static String fact(Map<String, String> facts, String key, String source) {
    String value = facts.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(source + ": missing @" + key + "=...");
    }
    return value;
  }

  /**
   * Returns the document type the form belongs to, such as {@code model-documentation}.
   *
   * @return the document type
   */
  public String documentType() {
    return documentType;
  }

  /**
   * Returns the form version's id, such as {@code cop-final-2025-07}.
   *
   * @return the version id
   */
  public String version() {
    return version;
  }

  /**
   * Returns the date the form version was published.
   *
   * @return the date
   */
  public LocalDate published() {
    return published;
  }

  /**
   * Returns the provision that establishes the form, such as {@code CoP Transparency Measure 1.1}; findings about
   * metadata items and recommended lengths cite it alone.
   *
   * @return the legal basis of the form
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the provision that establishes the form for one recipient: the table's {@code @basis.AIO},
   * {@code @basis.NCA} or {@code @basis.DP} fact where the form has one per audience (the first draft's Measure 1
   * for the authorities, Measure 2 for downstream providers), else {@link #basis()}.
   *
   * @param recipient the recipient, not null
   * @return the legal basis
   */
  public LegalBasis basisFor(Recipient recipient) {
    return basisFor.get(requireNonNull(recipient, "recipient"));
  }

  /**
   * Returns the provision that establishes the form for each audience, without repeats, in {@link Recipient}
   * order.
   *
   * @return the bases, not empty
   */
  public List<LegalBasis> bases() {
    return basisFor.values().stream().distinct().toList();
  }

  /**
   * Returns the prefix of the item ids, such as {@code MDF-}.
   *
   * @return the prefix
   */
  public String itemPrefix() {
    return itemPrefix;
  }

  /**
   * Returns the prefix of the ids of the rules derived from this table, such as {@code MDF} in
   * {@code MDF-REQ-2.5a}.
   *
   * @return the prefix
   */
  public String rulePrefix() {
    return rulePrefix;
  }

  /**
   * Returns the prefix of the message keys of the rules derived from this table, such as {@code mdf}.
   *
   * @return the prefix
   */
  public String messagePrefix() {
    return messagePrefix;
  }

  /**
   * Returns the item id without the table's item prefix: {@code 2.5a} for {@code MDF-2.5a}.
   *
   * @param item the item, not null
   * @return the short number
   */
  public String number(FormItem item) {
    return requireNonNull(item, "item").id().substring(itemPrefix.length());
  }

  /**
   * Returns every item, in form order.
   *
   * @return the items, unmodifiable
   */
  public List<FormItem> items() {
    return items;
  }

  /**
   * Returns the section codes, in form order.
   *
   * @return the codes, unmodifiable
   */
  public List<String> sections() {
    return sections;
  }

  /**
   * Looks an item up.
   *
   * @param id the item id, not null
   * @return the item, or empty if the table has none with that id
   */
  public Optional<FormItem> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns an item.
   *
   * @param id the item id, not null
   * @return the item
   * @throws IllegalArgumentException if the table has no item with that id, naming the first and last ids
   */
  public FormItem item(String id) {
    FormItem item = byId.get(requireNonNull(id, "id"));
    if (item == null) {
      throw new IllegalArgumentException("Form " + documentType + "/" + version + " has no item '" + id
          + "'; its items run from " + items.get(0).id() + " to " + items.get(items.size() - 1).id());
    }
    return item;
  }

  /**
   * Returns the items that go to a recipient ({@link FormItem#isFor}), in form order.
   *
   * @param recipient the recipient, not null
   * @return the items, unmodifiable
   */
  public List<FormItem> fieldsFor(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    return items.stream().filter(i -> i.isFor(recipient)).toList();
  }

  /**
   * Returns the recipients that at least one item of the table goes to, in {@link Recipient} order: the AI Office,
   * national competent authorities and downstream providers for the Model Documentation Form, the public for the
   * summary of training content. Completeness is reported for these.
   *
   * @return the recipients, unmodifiable
   * @since 0.3.0
   */
  public Set<Recipient> recipients() {
    Set<Recipient> set = EnumSet.noneOf(Recipient.class);
    for (FormItem item : items) {
      set.addAll(item.recipients());
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Returns the items of a section, in form order.
   *
   * @param section the section code, not null
   * @return the items, unmodifiable, empty for an unknown section
   */
  public List<FormItem> inSection(String section) {
    requireNonNull(section, "section");
    return items.stream().filter(i -> i.section().equals(section)).toList();
  }

  /**
   * Returns the items for which the form offers {@code N/A}, in form order.
   *
   * @return the items, unmodifiable
   */
  public List<FormItem> notApplicableItems() {
    return items.stream().filter(FormItem::notApplicableAllowed).toList();
  }

  /**
   * Returns an item's label as the form words it, in English or French.
   *
   * @param id the item id, not null
   * @param locale the locale; French for any French locale, English otherwise; not null
   * @return the label
   * @throws MissingResourceException if the bundle has no label for the id
   */
  public String label(String id, Locale locale) {
    return text("item." + requireNonNull(id, "id"), locale);
  }

  /**
   * Returns a section's heading in English or French.
   *
   * @param section the section code, not null
   * @param locale the locale, not null
   * @return the heading
   * @throws MissingResourceException if the bundle has no heading for the section
   */
  public String sectionLabel(String section, Locale locale) {
    return text("section." + requireNonNull(section, "section"), locale);
  }

  /**
   * Returns the form's title in English or French, such as "Model Documentation Form".
   *
   * @param locale the locale, not null
   * @return the title
   */
  public String title(Locale locale) {
    return text("form.title", locale);
  }

  /**
   * Returns how a sentence refers to the form, such as "the Model Documentation Form" or "le formulaire de
   * documentation du modèle"; messages about missing items use it.
   *
   * @param locale the locale, not null
   * @return the reference
   */
  public String reference(Locale locale) {
    return text("form.reference", locale);
  }

  private String text(String key, Locale locale) {
    return labels.apply(MessageSource.bundleLocale(locale)).getString(key);
  }

  /** Returns {@code documentType/version}, such as {@code model-documentation/cop-final-2025-07}. */
  @Override
  public String toString() {
    return documentType + "/" + version;
  }
}
