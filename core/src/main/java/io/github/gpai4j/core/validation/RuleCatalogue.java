package io.github.gpai4j.core.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named set of rules with lookup by id: the rules of one document type's validator, such as the 73 Model
 * Documentation rules or the {@code TAX-*} rules of the Safety and Security records. Every rule set of gpai4j is one
 * of these, so that {@link #all()} and {@link #byId(String)} behave the same everywhere.
 *
 * <p>Instances are immutable and thread-safe; {@link #all()} is ordered by rule id.
 *
 * @since 0.2.0
 */
public final class RuleCatalogue {

  private final String name;
  private final List<Rule> rules;
  private final Map<String, Rule> byId;

  private RuleCatalogue(String name, List<Rule> rules) {
    this.name = name;
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    Map<String, Rule> map = new LinkedHashMap<>();
    for (Rule r : sorted) {
      if (map.put(r.id(), r) != null) {
        throw new IllegalArgumentException("Rule " + r.id() + " appears twice in the " + name + " rules");
      }
    }
    this.rules = List.copyOf(sorted);
    this.byId = Map.copyOf(map);
  }

  /**
   * Returns a catalogue of rules.
   *
   * @param name what the rules check, for messages, such as {@code Model Documentation}; not null
   * @param rules the rules, not null, ids unique
   * @return the catalogue
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleCatalogue of(String name, Collection<Rule> rules) {
    requireNonNull(name, "name");
    requireNonNull(rules, "rules");
    return new RuleCatalogue(name, List.copyOf(rules));
  }

  /**
   * Returns what the rules check, such as {@code Model Documentation}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns every rule, ordered by id.
   *
   * @return the rules, unmodifiable
   */
  public List<Rule> all() {
    return rules;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id, not null
   * @return the rule, or empty
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the rule with an id.
   *
   * @param id the rule id, not null
   * @return the rule
   * @throws IllegalArgumentException if no rule of this catalogue has that id
   */
  public Rule byId(String id) {
    Rule rule = byId.get(requireNonNull(id, "id"));
    if (rule == null) {
      throw new IllegalArgumentException("No " + name + " rule '" + id + "'");
    }
    return rule;
  }

  /**
   * Returns a catalogue holding this catalogue's rules and another's.
   *
   * @param name the name of the combined catalogue, not null
   * @param other the other catalogue, not null
   * @return the combined catalogue
   * @throws IllegalArgumentException if the two share a rule id
   */
  public RuleCatalogue with(String name, RuleCatalogue other) {
    requireNonNull(other, "other");
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return of(name, all);
  }

  /** Returns the name and the number of rules. */
  @Override
  public String toString() {
    return name + " rules (" + rules.size() + ")";
  }
}
