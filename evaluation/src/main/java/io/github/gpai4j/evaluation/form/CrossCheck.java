package io.github.gpai4j.evaluation.form;

import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.List;

/**
 * A check between items of a document that its table cannot express (a release date before another, a range that
 * does not contain a figure), declared as a small object: the rules it reports next to the predicate that
 * reports them.
 *
 * <p>Implementations are immutable and thread-safe and never throw because of what a document says.
 *
 * @param <D> the document type
 * @since 0.2.0
 */
public interface CrossCheck<D> {

  /**
   * Returns the rules this check can report.
   *
   * @return the rules, not empty
   */
  List<Rule> rules();

  /**
   * Checks a document and adds what it finds.
   *
   * @param document the document, not null
   * @param form the document's form, for the answered policy and the item pointers; not null
   * @param out where findings go; stop adding once {@link ValidationReport.Collector#isStopped()}; not null
   */
  void check(D document, Form<D> form, ValidationReport.Collector out);
}
