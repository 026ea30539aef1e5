package io.github.gpai4j.testkit.domain;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document changed to break exactly one rule, tagged with the id of the rule it must trigger: the generated
 * counterpart of a conformance fixture {@code invalid-<rule id>--<what>.json}, for checking that a validator is
 * precise (it reports the rule) and specific (it reports no unrelated error).
 *
 * <p>A few rules cannot be broken alone because the broken fact is also an unanswered item: an {@code N/A}
 * training energy without the explanation in MDF-8.2 ({@code MDF-NA-8.1-EXPLANATION}) leaves MDF-8.2 unanswered
 * ({@code MDF-REQ-8.2}). Such a mutant names the other rules it triggers in {@link #companions()}, as the
 * conformance corpus's {@code expected.properties} does for its fixtures.
 *
 * @param value the mutated document, not null
 * @param ruleId the id of the rule the mutant must trigger, not null
 * @param description what was changed, in words, not null
 * @param companions the ids of the rules the same change unavoidably triggers too, not null, copied; usually empty
 * @param <T> the document type
 * @since 0.1.0
 */
public record Mutant<T>(T value, String ruleId, String description, Set<String> companions) {

  /**
   * Checks and copies the components.
   *
   * @param value the mutated document, not null
   * @param ruleId the id of the rule the mutant must trigger, not null
   * @param description what was changed, in words, not null
   * @param companions the ids of the rules the same change unavoidably triggers too, not null, copied
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the companions contain the rule id itself
   */
  public Mutant {
    requireNonNull(value, "value");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(description, "description");
    companions = Set.copyOf(companions);
    if (companions.contains(ruleId)) {
      throw new IllegalArgumentException("A companion rule must differ from the rule id " + ruleId);
    }
  }

  /**
   * Returns a mutant that triggers its rule and nothing else.
   *
   * @param value the mutated document, not null
   * @param ruleId the rule it must trigger, not null
   * @param description what was changed, not null
   */
  public Mutant(T value, String ruleId, String description) {
    this(value, ruleId, description, Set.of());
  }

  /**
   * Returns the rule ids this mutant must trigger: its rule and its companions.
   *
   * @return the ids, unmodifiable
   */
  public Set<String> expectedRuleIds() {
    Set<String> all = new TreeSet<>(companions);
    all.add(ruleId);
    return Collections.unmodifiableSet(all);
  }

  /**
   * Renders the mutant for failure messages: rule id, description, then the value.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return ruleId + " (" + description + (companions.isEmpty() ? "" : "; also " + companions) + "): " + value;
  }
}
