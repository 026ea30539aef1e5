package io.github.gpai4j.core.data;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.Modality;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One named data set used to train a model, as providers list them in their documentation (MDF-6.2) and in the
 * public summary of training content (template 2.1 "large publicly available datasets", 2.2.2 "publicly known
 * private datasets").
 *
 * <p>Only the name is required: a half-described data set is a legal draft, and validators say what is missing.
 *
 * @param name the data set's name or identifier, not null
 * @param kind where it comes from, or null if not said
 * @param link where it can be found (the template asks for a link where one exists), or null
 * @param version the version or snapshot used, or null
 * @param licence the licence it is used under, as the provider names it (for example an SPDX identifier), or null
 * @param modalities the modalities it covers, in declaration order without duplicates; empty if not said
 * @param size its size with unit, or null
 * @param description a description, for data sets without a link or to say what was used, or null
 * @since 0.3.0
 */
public record Dataset(
    String name,
    @Nullable DataSourceKind kind,
    @Nullable String link,
    @Nullable String version,
    @Nullable String licence,
    List<Modality> modalities,
    @Nullable DataSize size,
    @Nullable String description) {

  /**
   * Checks the name and normalises the modalities.
   *
   * @param name the data set's name or identifier, not null
   * @param kind where it comes from, or null
   * @param link where it can be found, or null
   * @param version the version or snapshot used, or null
   * @param licence the licence it is used under, or null
   * @param modalities the modalities it covers; null in JSON means none
   * @param size its size with unit, or null
   * @param description a description, or null
   * @throws NullPointerException if the name or a modality is null
   */
  public Dataset {
    requireNonNull(name, "name");
    modalities = modalities == null || modalities.isEmpty()
        ? List.of()
        : List.copyOf(EnumSet.copyOf(modalities));
  }

  /**
   * Returns a data set known only by its name and kind.
   *
   * @param name the name, not null
   * @param kind where it comes from, not null
   * @return the data set
   */
  public static Dataset of(String name, DataSourceKind kind) {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    return new Dataset(name, kind, null, null, null, List.of(), null, null);
  }
}
