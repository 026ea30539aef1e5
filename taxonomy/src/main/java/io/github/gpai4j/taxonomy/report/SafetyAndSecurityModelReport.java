package io.github.gpai4j.taxonomy.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.JsonDocument;
import io.github.gpai4j.taxonomy.risk.SystemicRiskRecords;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Safety and Security Model Report (Commitment&nbsp;7 of the Safety and Security chapter of the GPAI Code of
 * Practice): created before the model is placed on the market, given to the AI Office by then (Measure 7.7), and
 * updated when the justification for proceeding is materially undermined or, for the most capable models, at least
 * every six months (Measure 7.6).
 *
 * <p>The contents follow Measures 7.1 (model description and behaviour), 7.2 (reasons for proceeding), 7.3
 * (documentation of identification, analysis and mitigation: the {@linkplain SystemicRiskRecords records} of the
 * risks, evaluations, determinations, mitigations and Security Goal, and input/output samples per evaluation),
 * 7.4 (external reports, or why there are none) and 7.5 (material changes to the risk landscape), with the dates
 * Measures 7.6 and 7.7 need. The form table {@code forms/safety-and-security-model-report-cop-final-2025-07.tsv}
 * lists the items. A draft is a legal value: every part may be missing and validators say what is.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
@JsonSerialize(as = ImmutableSafetyAndSecurityModelReport.class)
@JsonDeserialize(as = ImmutableSafetyAndSecurityModelReport.class)
@JsonDocument(type = SafetyAndSecurityModelReport.DOCUMENT_TYPE,
    schemaVersions = SafetyAndSecurityModelReport.SCHEMA_VERSION)
public abstract class SafetyAndSecurityModelReport implements Document {

  /** The document type, {@value}. */
  public static final String DOCUMENT_TYPE = "safety-and-security-model-report";

  /** The schema version written, {@value}. */
  public static final String SCHEMA_VERSION = "1.0";

  SafetyAndSecurityModelReport() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SafetyAndSecurityModelReport}; every part is optional. */
  public static final class Builder extends ImmutableSafetyAndSecurityModelReport.Builder {
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
   * Returns the model (or models, where inseparable) the report covers, with its version.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String modelName();

  /**
   * Returns the version number of the report (Measure 7.6 asks each update for one).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String reportVersion();

  /**
   * Returns the day the report (in this version) was confirmed.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate reportDate();

  /**
   * Returns the day the model was or will be placed on the Union market, by which the AI Office is given access (Measure 7.7).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate unionPlacementDate();

  /**
   * Returns the day the AI Office was given access to the report (Measure 7.7).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate aiOfficeAccessOn();

  /**
   * Returns the day an interim Model Report (with the information of Measures 7.2 and 7.5) was given, which allows delaying the full report by up to 15 business days (Measure 7.7).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable LocalDate interimReportOn();

  /**
   * Returns whether the model is among the signatory's most capable models, whose report is updated at least every six months (Measure 7.6).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable Boolean mostCapableModel();

  /**
   * Returns Measure 7.1(1): a high-level description of the architecture, capabilities, propensities, affordances and development, and how the model differs from the signatory's other models on the market.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String modelDescription();

  /**
   * Returns Measure 7.1(2): the actual and expected uses, including in developing, overseeing or evaluating models.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String uses();

  /**
   * Returns Measure 7.1(3): the versions on the market or in use and their differences in mitigations and risks.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String versions();

  /**
   * Returns Measure 7.1(4): the model specification (principles, priorities, topics to refuse, the system prompt), or where to find it.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String modelSpecification();

  /**
   * Returns Measure 7.2(1): the detailed justification why the systemic risks are acceptable, including the safety margins.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String reasonsForProceeding();

  /**
   * Returns Measure 7.2(2): the foreseeable conditions under which the justification would no longer hold.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> failureConditions();

  /**
   * Returns Measure 7.2(3): how the decision to proceed was made, including input from external actors and independent external evaluators.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String decisionProcess();

  /**
   * Returns Measure 7.3(1) to (3): the records of identification, analysis, acceptance determination and mitigation: risks, evaluations, determinations, mitigations and the Security Goal.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable SystemicRiskRecords records();

  /**
   * Returns Measure 7.3(1)(f): input and output samples, at least five random ones per relevant evaluation.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<EvaluationSamples> evaluationSamples();

  /**
   * Returns Measure 7.3(4): the high-level plans for the next six months.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String nextSixMonthsPlans();

  /**
   * Returns Measure 7.4(1): the reports of independent external evaluators and security reviews, such as links.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<String> externalReports();

  /**
   * Returns Measure 7.4(2): where no independent external evaluator was involved, the justification under Appendix 3.5 point (1) or (2).
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String noExternalEvaluatorJustification();

  /**
   * Returns Measure 7.5: information on material changes to the systemic risk landscape.
   *
   * @return the value, or null if not given
   */
  public abstract @Nullable String materialChanges();

  /**
   * Returns Measures 7.6 and 7.7: the confirmed updates of the report, in order.
   *
   * @return an unmodifiable list, empty if none given
   */
  public abstract List<ModelReportUpdate> updates();
}
