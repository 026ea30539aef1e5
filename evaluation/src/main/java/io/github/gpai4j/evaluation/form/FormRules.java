package io.github.gpai4j.evaluation.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.form.Precision;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import java.util.ArrayList;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules every form gets from its table, without a line of Java per item:
 * <ul>
 *   <li>{@code <prefix>-REQ-<item>}: an item that goes to a recipient is answered (ERROR), for the item's
 *       recipients;</li>
 *   <li>{@code <prefix>-NA-NOT-ALLOWED}: {@code N/A} only where the table allows it (ERROR);</li>
 *   <li>{@code <prefix>-PREC-<item>}: the item's figures as precise as its {@code precision} column asks
 *       (ERROR);</li>
 *   <li>{@code <prefix>-WORDS}: an answer within the recommended word count (INFO, the form's counts are
 *       guidance).</li>
 * </ul>
 *
 * <p>Legal bases: a metadata item cites only the form ({@link FormTable#basis()}); any other item cites
 * Art.&nbsp;53(1)(a) of Regulation (EU) 2024/1689 if it goes to the AI Office or national competent authorities,
 * Art.&nbsp;53(1)(b) if it goes to downstream providers, the form's basis for each recipient (Art.&nbsp;53(1)(d) for
 * the public summary of training content), the provisions its row serves (Annex XI and XII items) and the
 * form, in citation order. Messages come from generic templates into which the form's labels are put; message keys
 * keep the table's prefix ({@code mdf.required.MDF-7.3}). Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class FormRules {

  private static final LegalBasis ART_53_1_A = LegalBasis.article(53, "1", "a");
  private static final LegalBasis ART_53_1_B = LegalBasis.article(53, "1", "b");

  private final FormTable table;
  private final MessageSource messages;
  private final Map<String, Rule> required = new LinkedHashMap<>();
  private final Map<String, Rule> precision = new LinkedHashMap<>();
  private final Rule notApplicable;
  private final @org.jspecify.annotations.Nullable Rule words;
  private final RuleCatalogue catalogue;

  private FormRules(FormTable table) {
    this.table = table;
    this.messages = new FormMessages(table);
    String p = table.rulePrefix();
    String m = table.messagePrefix();
    List<Rule> all = new ArrayList<>();
    boolean anyWords = false;
    for (FormItem item : table.items()) {
      String label = table.label(item.id(), Locale.ENGLISH);
      Rule req = rule(p + "-REQ-" + table.number(item), Severity.ERROR, bases(item), List.copyOf(item.recipients()),
          m + ".required." + item.id(), "Item " + item.id() + " (" + label + ") is answered.");
      required.put(item.id(), req);
      all.add(req);
      if (item.precision() != Precision.NONE) {
        Rule prec = rule(p + "-PREC-" + table.number(item), Severity.ERROR, bases(item),
            List.copyOf(item.recipients()), m + ".precision." + key(item.precision()),
            "Item " + item.id() + " (" + label + ") states " + describe(item.precision()) + ".");
        precision.put(item.id(), prec);
        all.add(prec);
      }
      anyWords |= item.recommendedWords() > 0;
    }
    List<LegalBasis> formBases = new ArrayList<>();
    Set<Recipient> served = table.recipients();
    if (served.contains(Recipient.AI_OFFICE) || served.contains(Recipient.NATIONAL_COMPETENT_AUTHORITY)) {
      formBases.add(ART_53_1_A);
    }
    if (served.contains(Recipient.DOWNSTREAM_PROVIDER)) {
      formBases.add(ART_53_1_B);
    }
    formBases.addAll(table.bases());
    notApplicable = rule(p + "-NA-NOT-ALLOWED", Severity.ERROR, formBases, served,
        m + ".na.notAllowed", "N/A is used only for items where the form allows it.");
    all.add(notApplicable);
    words = anyWords ? rule(p + "-WORDS", Severity.INFO, List.of(table.basis()), served,
        m + ".words", "Answers stay within the word counts the form recommends.") : null;
    if (words != null) {
      all.add(words);
    }
    catalogue = RuleCatalogue.of(table.title(Locale.ENGLISH), all);
  }

  /**
   * Returns the rules of a form table.
   *
   * @param table the table, not null
   * @return the rules
   */
  public static FormRules of(FormTable table) {
    return new FormRules(requireNonNull(table, "table"));
  }

  private Rule rule(String id, Severity severity, List<LegalBasis> bases, java.util.Collection<Recipient> recipients,
      String key, String description) {
    return new Rule(id, severity, bases, List.copyOf(recipients), key, description, messages);
  }

  private static String key(Precision precision) {
    return switch (precision) {
      case ONE_FIGURE -> "one";
      case TWO_FIGURES -> "two";
      case POWER_OF_TEN -> "magnitude";
      case NONE -> throw new IllegalArgumentException("no precision");
    };
  }

  private static String describe(Precision precision) {
    return switch (precision) {
      case ONE_FIGURE -> "at least one significant figure (is not zero)";
      case TWO_FIGURES -> "at least two significant figures";
      case POWER_OF_TEN -> "a power of ten";
      case NONE -> "any figure";
    };
  }

  /**
   * Returns the legal bases of an item's rules: the form alone for a metadata item; else Art.&nbsp;53(1)(a) and (b) as
   * its recipients call for, the provisions it serves and the form, in citation order.
   *
   * @param item the item, not null
   * @return the bases, not empty
   */
  public List<LegalBasis> bases(FormItem item) {
    requireNonNull(item, "item");
    TreeSet<LegalBasis> set = new TreeSet<>();
    if (!item.metadata()) {
      if (item.isFor(Recipient.AI_OFFICE) || item.isFor(Recipient.NATIONAL_COMPETENT_AUTHORITY)) {
        set.add(ART_53_1_A);
      }
      if (item.isFor(Recipient.DOWNSTREAM_PROVIDER)) {
        set.add(ART_53_1_B);
      }
      set.addAll(item.legalBases());
      for (Recipient r : item.recipients()) {
        set.add(table.basisFor(r));
      }
    } else {
      set.add(table.basis());
    }
    return List.copyOf(set);
  }

  /**
   * Returns the table the rules come from.
   *
   * @return the table
   */
  public FormTable table() {
    return table;
  }

  /**
   * Returns the completeness rule of an item.
   *
   * @param item an item of the table, not null
   * @return the rule
   * @throws IllegalArgumentException if the item is not in the table
   */
  public Rule required(FormItem item) {
    Rule r = required.get(requireNonNull(item, "item").id());
    if (r == null) {
      throw new IllegalArgumentException("Item " + item.id() + " is not in form " + table);
    }
    return r;
  }

  /**
   * Returns the precision rule of an item, if its table row asks for a precision.
   *
   * @param item an item of the table, not null
   * @return the rule, or empty
   */
  public Optional<Rule> precision(FormItem item) {
    return Optional.ofNullable(precision.get(requireNonNull(item, "item").id()));
  }

  /**
   * Returns the rule that {@code N/A} is used only where the form allows it.
   *
   * @return the rule
   */
  public Rule notApplicable() {
    return notApplicable;
  }

  /**
   * Returns the recommended-length rule, if any item of the form recommends a word count.
   *
   * @return the rule, or empty
   */
  public Optional<Rule> words() {
    return Optional.ofNullable(words);
  }

  /**
   * Returns every rule derived from the table, ordered by id.
   *
   * @return the rules
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }
}
