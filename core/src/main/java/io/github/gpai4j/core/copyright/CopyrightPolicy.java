package io.github.gpai4j.core.copyright;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.JsonDocument;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The policy to comply with Union law on copyright and related rights that every provider of a general-purpose AI
 * model puts in place under Art.&nbsp;53(1)(c) of Regulation (EU) 2024/1689, in particular to identify and comply
 * with reservations of rights under Art.&nbsp;4(3) of Directive (EU) 2019/790, as the Code of Practice's Copyright
 * chapter (final, 10 July 2025; gpai-reference.md section 6.3) details it: Measure 1.1 ({@link #document()}), 1.2
 * ({@link #lawfulAccess()}), 1.3 ({@link #reservations()}), 1.4 ({@link #outputs()}) and 1.5
 * ({@link #complaints()}). The open-source exemption of Art.&nbsp;53(2) does not reach it.
 *
 * <p>A measure that the provider does not (yet) implement is stated in {@link #justifications()} with its reason;
 * a model placed before 2&nbsp;August&nbsp;2025 may disclose and justify gaps until 2&nbsp;August&nbsp;2027. The form
 * table and its item ids ({@code CP-...}) are {@link CopyrightPolicies#CODE_2025_07}.
 *
 * <p>Every item may be missing: a half-filled policy is a legal value, and validators say what the Code still asks
 * for. Build with {@link #builder()}; read and write with {@link io.github.gpai4j.core.json.Gpai4jJson}.
 *
 * @since 0.3.0
 */
@Value.Immutable
// The header is written from the derived accessors and checked by Gpai4jJson before binding; it has no setter.
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
@JsonSerialize(as = ImmutableCopyrightPolicy.class)
@JsonDeserialize(as = ImmutableCopyrightPolicy.class)
@JsonDocument(type = CopyrightPolicy.DOCUMENT_TYPE, schemaVersions = CopyrightPolicy.SCHEMA_VERSION)
public abstract class CopyrightPolicy implements Document {
  /** The {@code documentType} of a copyright policy. */
  public static final String DOCUMENT_TYPE = "copyright-policy";
  /** The schema version this release writes. */
  public static final String SCHEMA_VERSION = "1.0";

  CopyrightPolicy() {}

  /** Returns {@value #DOCUMENT_TYPE}. */
  @Override
  @Value.Derived
  public String documentType() {
    return DOCUMENT_TYPE;
  }

  /** Returns the schema version, {@value #SCHEMA_VERSION}. */
  @Override
  @Value.Derived
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the version of the policy; Measure 1.1 asks that it be kept up to date.
   *
   * @return the version, or null if not given
   */
  public abstract @Nullable String policyVersion();

  /**
   * Returns the date of the policy's last update.
   *
   * @return the date, or null if not given
   */
  public abstract @Nullable LocalDate lastUpdated();

  /**
   * Returns Measure 1.1, the policy document, the models it covers and the internal responsibilities.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public PolicyDocument document() {
    return PolicyDocument.builder().build();
  }

  /**
   * Returns Measure 1.2, lawful access when crawling.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public LawfulAccess lawfulAccess() {
    return LawfulAccess.builder().build();
  }

  /**
   * Returns Measure 1.3, reservations of rights and the crawlers.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public RightsReservations reservations() {
    return RightsReservations.builder().build();
  }

  /**
   * Returns Measure 1.4, safeguards against infringing outputs and the prohibition of infringing uses.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public OutputSafeguards outputs() {
    return OutputSafeguards.builder().build();
  }

  /**
   * Returns Measure 1.5, the point of contact and the complaint mechanism.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public ContactAndComplaints complaints() {
    return ContactAndComplaints.builder().build();
  }

  /**
   * Returns the measures the provider explicitly does not (yet) implement, each with its reason.
   *
   * @return the justifications, empty if there are none
   */
  public abstract List<Justification> justifications();

  /**
   * Returns whether the policy justifies not implementing a measure.
   *
   * @param measure the measure, such as {@code 1.3}, not null
   * @return true if a justification names the measure
   */
  public final boolean justifies(String measure) {
    java.util.Objects.requireNonNull(measure, "measure");
    for (Justification j : justifications()) {
      if (j.measure().strip().equals(measure)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a builder for a new policy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CopyrightPolicy}; every item is optional. */
  public static final class Builder extends ImmutableCopyrightPolicy.Builder {
    Builder() {}
  }
}
