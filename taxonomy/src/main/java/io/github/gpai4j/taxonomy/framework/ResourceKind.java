package io.github.gpai4j.taxonomy.framework;

/**
 * The kinds of resource Measure&nbsp;8.2 of the Safety and Security chapter asks management bodies to allocate to
 * those with systemic-risk responsibilities.
 *
 * @since 0.3.0
 */
public enum ResourceKind {
  /** Human resources. */
  HUMAN,
  /** Financial resources. */
  FINANCIAL,
  /** Access to information and knowledge. */
  INFORMATION_AND_KNOWLEDGE,
  /** Computational resources. */
  COMPUTATIONAL
}
