package io.github.gpai4j.core.form;

import java.util.List;

/**
 * A structured answer to a form item that knows whether it answers the item, whether it is the form's
 * {@code N/A}, and which figures it states. {@link Answers} asks these questions of every answer, so that the
 * catalogue, the validators, completeness and the command line share one definition of "answered".
 *
 * @since 0.2.0
 */
public interface FormValue {

  /**
   * Returns whether this value answers its item: a check-box selection with something ticked, a name with an
   * identifier, a duration with a figure.
   *
   * @return true if answered
   */
  boolean isAnswered();

  /**
   * Returns whether this value is the form's {@code N/A} (as an answer, not as missing information).
   *
   * @return true for {@code N/A}; false by default
   */
  default boolean isNotApplicable() {
    return false;
  }

  /**
   * Returns the figures this value states, each with its place relative to the item, for precision rules.
   *
   * @return the figures, empty by default
   */
  default List<Figure> figures() {
    return List.of();
  }
}
