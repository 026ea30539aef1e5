package io.github.gpai4j.taxonomy.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.JsonDocument;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A serious-incident report of a GPAI model with systemic risk (Art.&nbsp;55(1)(c) of Regulation (EU) 2024/1689;
 * Commitment 9 of the Safety and Security chapter), shaped like the Commission's reporting template of 4 November
 * 2025: fields 1 to 9 follow the information of Measure 9.2, field 10 names the submitter.
 *
 * <p>The template's fields, in its order ({@code forms/serious-incident-report-template-2025-11.tsv} and its labels):
 * <ol>
 *   <li>start and end dates of the incident, or best approximations ({@link #startDate()}, {@link #endDate()});</li>
 *   <li>the resulting harm and the victim or affected group ({@link #harm()});</li>
 *   <li>the chain of events, direct or indirect, that led to it ({@link #chainOfEvents()});</li>
 *   <li>the model involved ({@link #model()});</li>
 *   <li>the material available on the model's involvement ({@link #evidence()});</li>
 *   <li>what the provider intends to do or has done in response ({@link #response()});</li>
 *   <li>what it recommends the AI Office and national authorities do ({@link #recommendation()});</li>
 *   <li>the root cause analysis ({@link #rootCauseAnalysis()}), which may follow in later reports;</li>
 *   <li>patterns from post-market monitoring plausibly connected to it ({@link #postMarketPatterns()}), which may
 *       follow in later reports;</li>
 *   <li>the submitter ({@link #submitter()}).</li>
 * </ol>
 * Beyond the template it holds what the deadlines need: the severity category, the day the provider became aware of
 * the model's involvement (from which Measure 9.3 counts), the day the incident was resolved, the date of this
 * documentation (from which, or from the incident, the five-year retention of Measure 9.4 runs), each report's
 * submission day, and the similar incidents bundled into this report.
 *
 * <p>The template's ten-field structure is taken from the issue brief and from Measure 9.2; the template document
 * itself was not read (its publication is reported by act legal, "Serious incident reporting under the EU AI Act",
 * actlegal.com, November 2025), so field labels beyond Measure 9.2 are UNCONFIRMED. A draft is a legal value: every
 * part may be missing and validators say what is.
 *
 * @since 0.3.0
 */
@Value.Immutable
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion"})
@JsonSerialize(as = ImmutableSeriousIncidentReport.class)
@JsonDeserialize(as = ImmutableSeriousIncidentReport.class)
@JsonDocument(type = SeriousIncidentReport.DOCUMENT_TYPE, schemaVersions = SeriousIncidentReport.SCHEMA_VERSION)
public abstract class SeriousIncidentReport implements Document {

  /** The document type, {@value}. */
  public static final String DOCUMENT_TYPE = "serious-incident-report";

  /** The schema version written, {@value}. */
  public static final String SCHEMA_VERSION = "1.0";

  SeriousIncidentReport() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeriousIncidentReport}; every part is optional. */
  public static final class Builder extends ImmutableSeriousIncidentReport.Builder {
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
   * Returns the provider's identifier of the incident.
   *
   * @return the identifier, or null if not given
   */
  public abstract @Nullable String incidentId();

  /**
   * Returns the severity category of Measure 9.3 that sets the initial-report deadline.
   *
   * @return the category, or null if not given
   */
  public abstract @Nullable IncidentSeverity severity();

  /**
   * Returns the day the provider became aware of the model's involvement (or of a reasonably likely causal link),
   * from which the Measure 9.3 periods are counted.
   *
   * @return the day, or null if not given
   */
  public abstract @Nullable LocalDate awareOfModelInvolvementOn();

  /**
   * Returns the date of this documentation, from which (or from the incident, whichever is later) Measure 9.4
   * counts the five-year retention; the registry's validator also checks the deadlines as of this day.
   *
   * @return the day, or null if not given
   */
  public abstract @Nullable LocalDate documentedOn();

  /**
   * Field 1: the day the incident started, or its best approximation.
   *
   * @return the day, or null if not given
   */
  public abstract @Nullable LocalDate startDate();

  /**
   * Field 1: the day the incident ended, or its best approximation.
   *
   * @return the day, or null if not given or still ongoing
   */
  public abstract @Nullable LocalDate endDate();

  /**
   * Field 2: the resulting harm and the victim or affected group.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String harm();

  /**
   * Field 3: the chain of events, direct or indirect, that led to the incident.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String chainOfEvents();

  /**
   * Field 4: the model involved, with its version.
   *
   * @return the model, or null if not given
   */
  public abstract @Nullable String model();

  /**
   * Field 5: a description of the material available on the model's involvement.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String evidence();

  /**
   * Field 6: what the provider intends to do or has done in response.
   *
   * @return the description, or null if not given
   */
  public abstract @Nullable String response();

  /**
   * Field 7: what the provider recommends the AI Office and national competent authorities do.
   *
   * @return the recommendation, or null if not given
   */
  public abstract @Nullable String recommendation();

  /**
   * Field 8: the root cause analysis (the outputs that led to the incident and contributing factors, including
   * inputs and failures or circumventions of mitigations); may follow in later reports.
   *
   * @return the analysis, or null if not yet given
   */
  public abstract @Nullable String rootCauseAnalysis();

  /**
   * Field 9: patterns from post-market monitoring plausibly connected to the incident, such as near misses; may
   * follow in later reports.
   *
   * @return the description, or null if not yet given
   */
  public abstract @Nullable String postMarketPatterns();

  /**
   * Field 10: who submits the report.
   *
   * @return the submitter, or null if not given
   */
  public abstract @Nullable Submitter submitter();

  /**
   * Returns the day the incident was resolved: corrective measures adopted to rectify the harm where possible and
   * to assess and mitigate related risks (glossary of the Safety and Security chapter).
   *
   * @return the day, or null while unresolved
   */
  public abstract @Nullable LocalDate resolvedOn();

  /**
   * Returns the reports submitted so far, in any order.
   *
   * @return an unmodifiable list, empty if none submitted
   */
  public abstract List<ReportSubmission> submissions();

  /**
   * Returns the similar incidents bundled into this report, which keep this incident's deadlines.
   *
   * @return an unmodifiable list, empty if none
   */
  public abstract List<SimilarIncident> bundledIncidents();

  /**
   * Returns the submissions ordered by submission day, then by kind (initial, intermediate, final).
   *
   * @return an unmodifiable list
   */
  public final List<ReportSubmission> submissionsInOrder() {
    return submissions().stream().sorted(Comparator.comparing(ReportSubmission::submittedOn)
        .thenComparing(ReportSubmission::kind)).toList();
  }

  /**
   * Returns the earliest submission of a kind.
   *
   * @param kind the kind, not null
   * @return the submission, or empty if none of that kind
   */
  public final Optional<ReportSubmission> first(IncidentReportKind kind) {
    java.util.Objects.requireNonNull(kind, "kind");
    return submissionsInOrder().stream().filter(s -> s.kind() == kind).findFirst();
  }
}
