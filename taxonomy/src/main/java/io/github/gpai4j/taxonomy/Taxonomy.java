package io.github.gpai4j.taxonomy;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.taxonomy.internal.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the systemic-risk taxonomy of the GPAI Code of Practice: the final Safety and Security chapter,
 * Appendix 1 (10 July 2025), or Section III of the first draft (14 November 2024); the entry point for listing
 * entries and looking them up by code.
 *
 * <p>Instances are immutable, shared and thread-safe. Entries are listed category by category in the order of
 * {@link TaxonomyCategory}, and within a category in the order of the text.
 *
 * <pre>{@code
 * Taxonomy fin = Taxonomy.of(TaxonomyVersion.FINAL_2025_07);
 * TaxonomyEntry cyber = fin.byCode("FINAL.CAPABILITY.OFFENSIVE_CYBER");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Taxonomy {

  private static final int MAX_SUGGESTIONS = 3;
  private static final Map<TaxonomyVersion, Taxonomy> BY_VERSION = new EnumMap<>(TaxonomyVersion.class);

  static {
    for (TaxonomyVersion v : TaxonomyVersion.values()) {
      BY_VERSION.put(v, new Taxonomy(v));
    }
  }

  private final TaxonomyVersion version;
  private final List<TaxonomyCategory> categories;
  private final List<TaxonomyEntry> entries;
  private final Map<String, TaxonomyEntry> byCode;

  private Taxonomy(TaxonomyVersion version) {
    this.version = version;
    List<TaxonomyCategory> cats = new ArrayList<>();
    List<TaxonomyEntry> all = new ArrayList<>();
    Map<String, TaxonomyEntry> codes = new LinkedHashMap<>();
    for (TaxonomyCategory c : TaxonomyCategory.values()) {
      if (c.version() != version) {
        continue;
      }
      cats.add(c);
      for (TaxonomyEntry e : c.entries()) {
        all.add(e);
        if (codes.put(e.code(), e) != null) {
          throw new IllegalStateException("Duplicate taxonomy code " + e.code());
        }
      }
    }
    this.categories = List.copyOf(cats);
    this.entries = List.copyOf(all);
    this.byCode = java.util.Collections.unmodifiableMap(codes);
  }

  /**
   * Returns the taxonomy of the given version.
   *
   * @param version the version, not null
   * @return the shared instance, never null
   */
  public static Taxonomy of(TaxonomyVersion version) {
    return BY_VERSION.get(requireNonNull(version, "version"));
  }

  /**
   * Looks a code up in every version; codes carry their version's prefix ({@code FINAL.} or {@code DRAFT1.}), so
   * at most one entry matches.
   *
   * @param code the code, not null
   * @return the entry
   * @throws UnknownCodeException if no version knows the code; the message names the nearest codes
   */
  public static TaxonomyEntry anyVersionByCode(String code) {
    requireNonNull(code, "code");
    for (Taxonomy t : BY_VERSION.values()) {
      TaxonomyEntry e = t.byCode.get(code);
      if (e != null) {
        return e;
      }
    }
    List<String> known = new ArrayList<>();
    BY_VERSION.values().forEach(t -> known.addAll(t.byCode.keySet()));
    throw new UnknownCodeException(code, null, nearest(code, known), null);
  }

  /**
   * Returns the version of this taxonomy.
   *
   * @return the version, never null
   */
  public TaxonomyVersion version() {
    return version;
  }

  /**
   * Returns the lists that make up this version, in {@link TaxonomyCategory} order.
   *
   * @return an unmodifiable list, never null
   */
  public List<TaxonomyCategory> categories() {
    return categories;
  }

  /**
   * Returns every entry of this version, category by category, each in the order of the text.
   *
   * @return an unmodifiable list, never null
   */
  public List<TaxonomyEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries of one list of this version, in the order of the text.
   *
   * @param category a category of this version, not null
   * @return an unmodifiable list, never null
   * @throws IllegalArgumentException if the category belongs to the other version
   */
  public List<TaxonomyEntry> entries(TaxonomyCategory category) {
    requireNonNull(category, "category");
    if (category.version() != version) {
      throw new IllegalArgumentException(
          "Category " + category + " belongs to " + category.version() + ", not to " + version);
    }
    return category.entries();
  }

  /**
   * Returns the entry with the given code.
   *
   * @param code the code, such as {@code FINAL.SPECIFIED.CBRN}, not null
   * @return the entry, never null
   * @throws UnknownCodeException if this version has no such code; the message names up to three nearest codes
   *     of this version and says so when the code belongs to the other version
   */
  public TaxonomyEntry byCode(String code) {
    requireNonNull(code, "code");
    TaxonomyEntry e = byCode.get(code);
    if (e != null) {
      return e;
    }
    TaxonomyVersion other = null;
    for (Taxonomy t : BY_VERSION.values()) {
      if (t != this && t.byCode.containsKey(code)) {
        other = t.version;
      }
    }
    throw new UnknownCodeException(code, version, nearest(code, byCode.keySet()), other);
  }

  /**
   * Returns the entry with the given code, if this version has one.
   *
   * @param code the code, not null
   * @return the entry, or empty
   */
  public Optional<TaxonomyEntry> find(String code) {
    return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
  }

  private static List<String> nearest(String code, java.util.Collection<String> known) {
    String probe = code.strip().toUpperCase(Locale.ROOT);
    return known.stream()
        .sorted(Comparator.<String>comparingInt(k -> distance(probe, k)).thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  /** Distance to a known code: to the whole code, or to its last segment when the probe has no prefix. */
  private static int distance(String probe, String known) {
    int whole = EditDistance.between(probe, known);
    if (probe.indexOf('.') < 0) {
      String last = known.substring(known.lastIndexOf('.') + 1);
      return Math.min(whole, EditDistance.between(probe, last));
    }
    return whole;
  }

  /** Returns the version name. */
  @Override
  public String toString() {
    return "Taxonomy[" + version + ", " + entries.size() + " entries]";
  }
}
