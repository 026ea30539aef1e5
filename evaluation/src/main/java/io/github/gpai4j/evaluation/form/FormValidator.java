package io.github.gpai4j.evaluation.form;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Quantities;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Figure;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormOrder;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.ValidationOptions;
import io.github.gpai4j.core.validation.ValidationReport;
import io.github.gpai4j.core.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue validator: checks a document against its form table and the form's cross-item checks. For each
 * item in form order it reports a forbidden {@code N/A} ({@code -NA-NOT-ALLOWED}), else a missing answer
 * ({@code -REQ-<item>}), else the precision of each figure ({@code -PREC-<item>}) and the recommended length
 * ({@code -WORDS}); then it runs the cross checks in the order given. The order matters only when validation stops
 * at the first error. The report lists its findings in form order ({@link FormOrder}).
 *
 * <p>A figure's significant figures are those of the decimal as written ({@code 7.0E+10} has two, {@code 7E+10}
 * one); a zero states no significant figure and fails the one- and two-figure requirements.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and costs time
 * linear in the size of the document.
 *
 * @param <D> the document type
 * @since 0.2.0
 */
public final class FormValidator<D> implements Validator<D> {

  private final Form<D> form;
  private final FormRules rules;
  private final List<CrossCheck<D>> checks;
  private final RuleCatalogue catalogue;
  /** The items' JSON Pointers, parsed once, in table order. */
  private final List<JsonPointer> pointers;
  private final FormOrder order;
  /** Each item's precision rule, or null, in table order (looked up once). */
  private final @Nullable Rule[] precisionRules;
  /** The recommended-length rule, or null. */
  private final @Nullable Rule wordsRule;

  private FormValidator(Form<D> form, FormRules rules, List<CrossCheck<D>> checks, String name) {
    this.form = form;
    this.rules = rules;
    this.checks = List.copyOf(checks);
    List<Rule> all = new ArrayList<>(rules.catalogue().all());
    for (CrossCheck<D> c : this.checks) {
      for (Rule r : c.rules()) {
        if (!all.contains(r)) {
          all.add(r);
        }
      }
    }
    this.catalogue = RuleCatalogue.of(name, all);
    this.pointers = form.table().items().stream().map(i -> JsonPointer.parse(i.pointer())).toList();
    this.order = FormOrder.of(form.table());
    this.precisionRules = form.table().items().stream().map(i -> rules.precision(i).orElse(null))
        .toArray(Rule[]::new);
    this.wordsRule = rules.words().orElse(null);
  }

  /**
   * Returns a validator for a form, with the rules its table implies and the given cross checks.
   *
   * @param form the form, not null
   * @param rules the rules of the form's table ({@link FormRules#of}), not null
   * @param checks the cross-item checks, in the order they run, not null
   * @param <D> the document type
   * @return the validator
   * @throws IllegalArgumentException if the rules belong to another table
   */
  public static <D> FormValidator<D> of(Form<D> form, FormRules rules, List<? extends CrossCheck<D>> checks) {
    requireNonNull(form, "form");
    requireNonNull(rules, "rules");
    requireNonNull(checks, "checks");
    if (rules.table() != form.table()) {
      throw new IllegalArgumentException("The rules of " + rules.table() + " cannot check form " + form);
    }
    return new FormValidator<>(form, rules, List.copyOf(checks), rules.catalogue().name());
  }

  /**
   * Returns a validator for a form with only the rules its table implies.
   *
   * @param form the form, not null
   * @param <D> the document type
   * @return the validator
   */
  public static <D> FormValidator<D> of(Form<D> form) {
    return of(form, FormRules.of(requireNonNull(form, "form").table()), List.of());
  }

  /**
   * Returns the form this validator checks against.
   *
   * @return the form
   */
  public Form<D> form() {
    return form;
  }

  /**
   * Returns the rules of the form's table.
   *
   * @return the form rules
   */
  public FormRules formRules() {
    return rules;
  }

  /**
   * Returns every rule this validator applies, ordered by id.
   *
   * @return the catalogue
   */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  @Override
  public List<Rule> rules() {
    return catalogue.all();
  }

  @Override
  public ValidationReport validate(D document, ValidationOptions options) {
    return validate(document, options, item -> true);
  }

  /**
   * Validates a document against some of its items only, and every cross check: for example the items a model
   * variant may answer differently from its family, once the family's other items have been checked.
   *
   * @param document the document, not null
   * @param options the options, not null
   * @param items which items to check, not null
   * @return the report, in form order
   * @since 0.3.0
   */
  public ValidationReport validate(D document, ValidationOptions options, Predicate<? super FormItem> items) {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    requireNonNull(items, "items");
    ValidationReport.Collector out = ValidationReport.collector(options);
    List<FormItem> all = form.table().items();
    for (int i = 0; i < all.size(); i++) {
      if (out.isStopped()) {
        return out.report().ordered(order);
      }
      if (items.test(all.get(i))) {
        checkItem(all.get(i), pointers.get(i), precisionRules[i], document, out);
      }
    }
    for (CrossCheck<D> check : checks) {
      if (out.isStopped()) {
        break;
      }
      check.check(document, form, out);
    }
    return out.report().ordered(order);
  }

  private void checkItem(FormItem item, JsonPointer at, @Nullable Rule precision, D document,
      ValidationReport.Collector out) {
    // The answer is read once; the tests below are Form.isForbiddenNotApplicable and Form.isAnswered on it.
    Object value = form.valueIn(item, document);
    if (!item.notApplicableAllowed() && Answers.isNotApplicable(item, value)) {
      out.add(rules.notApplicable().finding(at, item.recipients(), item.id()));
      return;
    }
    if (!Answers.isAnswered(value, item.conditional())) {
      out.add(rules.required(item).finding(at, item.id()));
      return;
    }
    if (precision != null) {
      for (Figure f : Answers.figures(value)) {
        if (!meets(item, f.value())) {
          out.add(precision.finding(at.append(f.at()), item.id(), f.value().toString()));
        }
      }
    }
    if (wordsRule != null && item.recommendedWords() > 0) {
      String text = Answers.text(value);
      // Words are separated by at least one space, so a text of n characters holds at most (n + 1) / 2 words: a
      // text that short cannot exceed the recommendation, and is not counted.
      if (text != null && (text.length() + 1) / 2 > item.recommendedWords()) {
        int count = Answers.countWords(text);
        if (count > item.recommendedWords()) {
          out.add(wordsRule.finding(at, item.recipients(), item.id(), Integer.toString(count),
              Integer.toString(item.recommendedWords())));
        }
      }
    }
  }

  private static boolean meets(FormItem item, BigDecimal value) {
    return switch (item.precision()) {
      case NONE -> true;
      case ONE_FIGURE -> value.signum() != 0;
      case TWO_FIGURES -> value.signum() != 0 && Quantities.significantFigures(value) >= 2;
      case POWER_OF_TEN -> value.signum() > 0 && value.stripTrailingZeros().unscaledValue().equals(BigInteger.ONE);
    };
  }

  /**
   * Returns how complete the document is for a recipient: the items that go to it that are
   * {@linkplain Form#isFilled filled}, out of all such items, with the missing ones. Adding an answer never lowers
   * the score.
   *
   * @param document the document, not null
   * @param recipient the recipient, not null
   * @return the score
   */
  public CompletenessScore completeness(D document, Recipient recipient) {
    return CompletenessScore.of(form, document, recipient);
  }

  /**
   * Returns the completeness score for every recipient the form's table serves ({@link FormTable#recipients()}), in
   * {@link Recipient} order.
   *
   * @param document the document, not null
   * @return the scores, unmodifiable
   */
  public Map<Recipient, CompletenessScore> completeness(D document) {
    requireNonNull(document, "document");
    Map<Recipient, CompletenessScore> map = new EnumMap<>(Recipient.class);
    for (Recipient r : form.table().recipients()) {
      map.put(r, completeness(document, r));
    }
    return Collections.unmodifiableMap(map);
  }
}
