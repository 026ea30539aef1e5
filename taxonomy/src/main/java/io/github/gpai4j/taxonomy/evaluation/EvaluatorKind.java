package io.github.gpai4j.taxonomy.evaluation;

/**
 * Who conducted a model evaluation: the signatory's own team, or an independent external evaluator (Measure 3.5
 * and Appendix 3.5 of the Safety and Security chapter).
 *
 * @since 0.1.0
 */
public enum EvaluatorKind {
  /** The signatory's own evaluation team (Appendix 3.4). */
  INTERNAL,
  /** An independent external evaluator (Appendix 3.5). */
  INDEPENDENT_EXTERNAL
}
