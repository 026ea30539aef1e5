package io.github.gpai4j.testkit.domain;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.form.Answers;
import io.github.gpai4j.core.form.Figure;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.FormTable;
import io.github.gpai4j.core.form.Precision;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Mutants of any form version generated from its table alone: for each item, the item removed at its JSON Pointer
 * ({@code -REQ-<item>}), its answer written {@code N/A} where the table allows none ({@code -NA-NOT-ALLOWED}), one of
 * its figures written less precisely than its {@code precision} column asks ({@code -PREC-<item>}), and its text
 * over the recommended word count ({@code -WORDS}). No switch restates the accessors: edits go through the JSON tree
 * and the rule ids come from the table ({@link FormTable#requiredRuleId}, {@link FormTable#precisionRuleId},
 * {@link FormTable#notApplicableRuleId}, {@link FormTable#wordsRuleId}), where the validator takes them too.
 *
 * <p>These mutants break exactly their rule when the form has no cross-item check that the edit also breaks (the
 * first draft's table has none). For the final Model Documentation Form, whose cross checks tie items together,
 * {@link Mutants} adds the cross-rule mutants and keeps the coarse items consistent.
 *
 * @since 0.2.0
 */
public final class FormMutants {

  private FormMutants() {}

  /**
   * Returns one generator per table-derived rule of a form version, in form order (completeness and precision per
   * item, then {@code N/A} and word count), each making mutants of valid documents that break that rule.
   *
   * @param form the form, not null
   * @param type the document's Java type, not null
   * @param valid a generator of documents the form's validator accepts without finding, not null
   * @param <D> the document type
   * @return the generators, unmodifiable
   */
  public static <D> List<Gen<Mutant<D>>> of(Form<D> form, Class<D> type, Gen<D> valid) {
    requireNonNull(form, "form");
    requireNonNull(type, "type");
    requireNonNull(valid, "valid");
    FormTable table = form.table();
    List<Gen<Mutant<D>>> gens = new ArrayList<>();
    for (FormItem item : table.items()) {
      String id = table.requiredRuleId(item);
      gens.add(s -> new Mutant<>(TreeEdits.remove(valid.generate(s), type, List.of(item.pointer())), id,
          item.id() + " left unanswered"));
      if (item.precision() != Precision.NONE) {
        String precision = table.precisionRuleId(item);
        gens.add(s -> imprecise(form, type, valid.generate(s), s, item, precision));
      }
    }
    if (table.items().stream().anyMatch(i -> !i.notApplicableAllowed())) {
      String id = table.notApplicableRuleId();
      gens.add(s -> {
        D d = valid.generate(s);
        FormItem item = pick(s, textItems(form, d, i -> !i.notApplicableAllowed()));
        String na = Gens.elements("N/A", "n/a", " N/A ").generate(s);
        return new Mutant<>(TreeEdits.edit(d, type, tree -> TreeEdits.setText(tree, item.pointer(), na)), id,
            "'" + na + "' for " + item.id() + ", where the form allows no N/A");
      });
    }
    if (table.items().stream().anyMatch(i -> i.recommendedWords() > 0)) {
      String id = table.wordsRuleId();
      gens.add(s -> {
      D d = valid.generate(s);
      FormItem item = pick(s, textItems(form, d, i -> i.recommendedWords() > 0));
      int words = item.recommendedWords() + (int) s.choose(1, 20);
      String text = String.join(" ", Collections.nCopies(words, "word"));
      return new Mutant<>(TreeEdits.edit(d, type, tree -> TreeEdits.setText(tree, item.pointer(), text)), id,
          words + " words for " + item.id() + ", over the " + item.recommendedWords() + " recommended");
      });
    }
    return List.copyOf(gens);
  }

  private static <D> Mutant<D> imprecise(Form<D> form, Class<D> type, D d, Source s, FormItem item, String ruleId) {
    List<Figure> figures = Answers.figures(form.valueIn(item, d));
    if (figures.isEmpty()) {
      throw new IllegalStateException("A valid document states no figure for " + item.id());
    }
    Figure figure = figures.get((int) s.uniform(0, figures.size() - 1));
    BigDecimal broken = broken(item.precision(), figure.value());
    String at = item.pointer() + figure.at().text();
    return new Mutant<>(TreeEdits.edit(d, type, tree -> TreeEdits.setFigure(tree, at, broken)), ruleId,
        figure.value() + " at " + at + " written as " + broken + " (" + item.precision() + " asked)");
  }

  /** Returns a figure that fails a precision: one figure for two, zero for one, twice a power of ten. */
  static BigDecimal broken(Precision precision, BigDecimal value) {
    return switch (precision) {
      case TWO_FIGURES -> Numbers.withFigures(value, 1);
      case ONE_FIGURE -> BigDecimal.ZERO;
      case POWER_OF_TEN -> value.multiply(BigDecimal.valueOf(2));
      case NONE -> throw new IllegalArgumentException("no precision to break");
    };
  }

  private static <D> List<FormItem> textItems(Form<D> form, D d, Predicate<FormItem> which) {
    List<FormItem> items = new ArrayList<>();
    for (FormItem item : form.table().items()) {
      if (which.test(item) && Answers.text(form.valueIn(item, d)) != null) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      throw new IllegalStateException("A valid document has no text item to change");
    }
    return items;
  }

  private static FormItem pick(Source s, List<FormItem> items) {
    return items.get((int) s.uniform(0, items.size() - 1));
  }
}
