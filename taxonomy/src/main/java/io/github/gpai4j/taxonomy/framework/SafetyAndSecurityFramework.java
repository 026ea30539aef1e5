package io.github.gpai4j.taxonomy.framework;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.JsonDocument;
import io.github.gpai4j.taxonomy.risk.SystemicRisk;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Safety and Security Framework (Commitment&nbsp;1 of the Safety and Security chapter of the GPAI Code of Practice):
 * the contents Measure 1.1 lists, its confirmation no later than four weeks after the Art.&nbsp;52(1) notification and
 * two weeks before placing on the market, its assessments at least every 12 months and its updates (Measure 1.3), and
 * the AI Office's access within 5 business days of each confirmation (Measure 1.4).
 *
 * <p>A draft is a legal value: every part may be missing and validators say what is. The form table
 * {@code forms/safety-and-security-framework-cop-final-2025-07.tsv} lists the items.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
@JsonSerialize(as = ImmutableSafetyAndSecurityFramework.class)
@JsonDeserialize(as = ImmutableSafetyAndSecurityFramework.class)
@JsonDocument(type = SafetyAndSecurityFramework.DOCUMENT_TYPE,
    schemaVersions = SafetyAndSecurityFramework.SCHEMA_VERSION)
public abstract class SafetyAndSecurityFramework implements Document {

  /** The document type, {@value}. */
  public static final String DOCUMENT_TYPE = "safety-and-security-framework";

  /** The schema version written, {@value}. */
  public static final String SCHEMA_VERSION = "1.0";

  SafetyAndSecurityFramework() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetyAndSecurityFramework}; every part is optional. */
  public static final class Builder extends ImmutableSafetyAndSecurityFramework.Builder {
    Builder() {}
  }

  /** Returns {@value #DOCUMENT_TYPE}. */
  @Override
  @Value.Derived
  public String documentType() {
    return DOCUMENT_TYPE;
  }

  /** Returns {@value #SCHEMA_VERSION}. */
  @Override
  @Value.Derived
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the signatory's name.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String providerName();

  /**
   * Returns the version number of the Framework (Measure 1.3 asks each update for one).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String frameworkVersion();

  /**
   * Returns the day of the Art.&nbsp;52(1) notification, four weeks after which the Framework is confirmed at the latest (Measure 1.1).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate notifiedOn();

  /**
   * Returns the day the model is or will be placed on the market, two weeks before which the Framework is confirmed at the latest (Measure 1.1) and from which Framework assessments run every 12 months (Measure 1.3).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate firstPlacementDate();

  /**
   * Returns the day the Framework was confirmed, that is, received the approvals its governance procedure requires.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate confirmedOn();

  /**
   * Returns the day the AI Office was given unredacted access, due within 5 business days of confirmation (Measure 1.4).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate aiOfficeAccessOn();

  /**
   * Returns Measure 1.1: a high-level description of the implemented and planned processes and measures for systemic risk assessment and mitigation.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String processes();

  /**
   * Returns Measure 1.1(1): the trigger points for lighter-touch model evaluations along the lifecycle and how they are used.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String triggerPoints();

  /**
   * Returns Measure 1.1(2)(a) and (b): the systemic risks with their acceptance criteria, systemic risk tiers and the mitigations needed once each tier is reached.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<SystemicRisk> risks();

  /**
   * Returns Measure 1.1(2)(c): for each risk with tiers, when a model exceeding the highest tier reached by any existing model is expected, with justification.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String tierTimelineEstimates();

  /**
   * Returns Measure 1.1(2)(d): whether and how external actors, including governments, influence decisions to proceed.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String externalActorsInfluence();

  /**
   * Returns Measure 1.1(3) and Commitment 8: how systemic-risk responsibility is allocated.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable ResponsibilityAllocation responsibilityAllocation();

  /**
   * Returns Measure 1.1(4): the update process, including how an update is confirmed.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String updateProcess();

  /**
   * Returns the day of the last Framework assessment (Measure 1.3), due at least every 12 months from placing on the market.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate lastAssessmentOn();

  /**
   * Returns Measures 1.3 and 1.4: the confirmed updates, each with version, date, changelog and access date.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<FrameworkUpdate> updates();
}
