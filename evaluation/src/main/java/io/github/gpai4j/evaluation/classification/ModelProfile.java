package io.github.gpai4j.evaluation.classification;

import io.github.gpai4j.core.Modality;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.json.JsonDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The facts about a model and its provider from which gpai4j classifies the model under Chapter V of Regulation
 * (EU) 2024/1689 (Arts.&nbsp;51-52, 53(2), 54(6); Commission guidelines C(2025) 5045, sections 2-4) and derives its
 * obligations; a top-level JSON document with {@code "documentType": "model-profile"}, read and written with
 * {@link io.github.gpai4j.core.json.Gpai4jJson}.
 *
 * <p>A profile is a statement of what the caller knows. Every yes/no fact defaults to {@link Fact#UNKNOWN}, every
 * date or figure the caller does not know is {@code null}, and no rule of gpai4j treats an unknown fact as
 * satisfied. A half-filled profile is a legal value: the classifier answers {@code INDETERMINATE} where a missing
 * fact matters.
 *
 * <p>Dates of Commission decisions and of the notification that fall after the evaluation date are ignored, since
 * they had not happened as of that date; the other dates are taken as stated, including planned dates.
 *
 * @since 0.1.0
 */
@Value.Immutable
// The header is written from the derived accessors and checked by Gpai4jJson before binding; it has no setter.
@JsonIgnoreProperties(value = {"documentType", "schemaVersion"}, allowGetters = true)
@JsonSerialize(as = ImmutableModelProfile.class)
@JsonDeserialize(as = ImmutableModelProfile.class)
@JsonDocument(type = ModelProfile.DOCUMENT_TYPE, schemaVersions = ModelProfile.SCHEMA_VERSION)
@JsonPropertyOrder({"documentType", "schemaVersion", "providerName", "modelName", "providerEstablishment",
    "smallOrMediumEnterprise", "smallMidCap", "trainingCompute", "parameterUpdateCompute", "parameterCount",
    "inputModalities", "outputModalities", "audioOutput", "narrowTask", "significantGenerality", "firstReleaseDate", "unionPlacementDate", "placedOnUnionMarket",
    "trainingContinues", "openSource", "modification", "registeredEuBusinessUsers", "thresholdMetOn",
    "thresholdKnownOn", "notifiedOn", "rebuttalSubmittedOn", "commissionDecisions"})
public abstract class ModelProfile implements Document {

  /** The {@code documentType} of a model profile. */
  public static final String DOCUMENT_TYPE = "model-profile";

  /** The schema version this class writes. */
  public static final String SCHEMA_VERSION = "1.0";

  ModelProfile() {}

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value with another {@link #providerName()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withProviderName(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #modelName()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withModelName(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #providerEstablishment()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withProviderEstablishment(ProviderEstablishment value);

  /**
   * Returns a copy of this value with another {@link #smallOrMediumEnterprise()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withSmallOrMediumEnterprise(Fact value);

  /**
   * Returns a copy of this value with another {@link #smallMidCap()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withSmallMidCap(Fact value);

  /**
   * Returns a copy of this value with another {@link #parameterUpdateCompute()}.
   *
   * @param value the new value, or null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withParameterUpdateCompute(@Nullable ComputeEstimate value);

  /**
   * Returns a copy of this value with another {@link #audioOutput()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withAudioOutput(AudioOutputKind value);

  /**
   * Returns a copy of this value with another {@link #narrowTask()}.
   *
   * @param value the new value, or null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withNarrowTask(@Nullable NarrowTask value);

  /**
   * Returns a copy of this value with another {@link #trainingCompute()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withTrainingCompute(@Nullable ComputeEstimate value);

  /**
   * Returns a copy of this value with another {@link #parameterCount()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withParameterCount(@Nullable ParameterCount value);

  /**
   * Returns a copy of this value whose {@link #inputModalities()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract ModelProfile withInputModalities(Iterable<Modality> elements);

  /**
   * Returns a copy of this value whose {@link #outputModalities()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract ModelProfile withOutputModalities(Iterable<Modality> elements);

  /**
   * Returns a copy of this value with another {@link #significantGenerality()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withSignificantGenerality(Fact value);

  /**
   * Returns a copy of this value with another {@link #firstReleaseDate()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withFirstReleaseDate(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #unionPlacementDate()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withUnionPlacementDate(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #placedOnUnionMarket()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withPlacedOnUnionMarket(Fact value);

  /**
   * Returns a copy of this value with another {@link #trainingContinues()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withTrainingContinues(Fact value);

  /**
   * Returns a copy of this value with another {@link #openSource()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withOpenSource(OpenSourceFacts value);

  /**
   * Returns a copy of this value with another {@link #modification()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withModification(@Nullable ModificationFacts value);

  /**
   * Returns a copy of this value with another {@link #registeredEuBusinessUsers()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withRegisteredEuBusinessUsers(@Nullable Long value);

  /**
   * Returns a copy of this value with another {@link #thresholdMetOn()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withThresholdMetOn(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #thresholdKnownOn()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withThresholdKnownOn(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #notifiedOn()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withNotifiedOn(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #rebuttalSubmittedOn()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelProfile withRebuttalSubmittedOn(@Nullable LocalDate value);

  /**
   * Returns a copy of this value whose {@link #commissionDecisions()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   */
  public abstract ModelProfile withCommissionDecisions(Iterable<? extends CommissionDecision> elements);

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a profile; everything not set stays unknown. */
  public static final class Builder extends ImmutableModelProfile.Builder {
    Builder() {}
  }

  /**
   * Returns the document type, always {@value #DOCUMENT_TYPE}; the builder has no setter for it.
   *
   * @return the document type
   */
  @Override
  @Value.Derived
  public String documentType() {
    return DOCUMENT_TYPE;
  }

  /**
   * Returns the schema version, always {@value #SCHEMA_VERSION}: a profile read from an older {@code 1.x} document
   * is the same profile in the current version. The builder has no setter for it.
   *
   * @return the schema version
   */
  @Override
  @Value.Derived
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the provider's legal name.
   *
   * @return the name, or null if not stated
   */
  public abstract @Nullable String providerName();

  /**
   * Returns the model's name and version.
   *
   * @return the name, or null if not stated
   */
  public abstract @Nullable String modelName();

  /**
   * Returns where the provider is established (Art.&nbsp;54(1)).
   *
   * @return the establishment, {@link ProviderEstablishment#UNKNOWN} by default
   */
  @Value.Default
  public ProviderEstablishment providerEstablishment() {
    return ProviderEstablishment.UNKNOWN;
  }

  /**
   * Returns whether the provider is a small or medium-sized enterprise (Commission Recommendation 2003/361/EC),
   * including a start-up; recorded for the training-content template's reduced top-domain list.
   *
   * @return the fact
   */
  @Value.Default
  public Fact smallOrMediumEnterprise() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether the provider is a small mid-cap, to which the Digital Omnibus extends some SME privileges
   * (none of which, as far as gpai4j knows, concerns Chapter V; UNCONFIRMED).
   *
   * @return the fact
   */
  @Value.Default
  public Fact smallMidCap() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns the cumulative training compute of the model as placed on the market, including compute planned but
   * not yet spent, the figure the Art.&nbsp;51(2) presumption tests (Recital 111; annex to the guidelines: all compute
   * that contributed to the capabilities before deployment, including forward passes generating non-public synthetic
   * data and, for a modified model, the compute of the original's weights used for initialisation).
   *
   * @return the estimate, or null when unknown
   */
  public abstract @Nullable ComputeEstimate trainingCompute();

  /**
   * Returns the training compute that contributes directly to parameter updates, the figure the indicative GPAI
   * criterion tests (guidelines, section 2.1 and its annex); never larger than {@link #trainingCompute()}. When only
   * the cumulative figure is given, gpai4j decides the criterion with it where that is exact (a cumulative figure at
   * or below 10^23 FLOP) and otherwise takes it in place of this one, saying so in the reason trace.
   *
   * @return the estimate, or null when not stated
   * @since 0.1.0
   */
  public abstract @Nullable ComputeEstimate parameterUpdateCompute();

  /**
   * Returns the number of parameters (Annex XIII(a); Annex XI 1(1)(d)).
   *
   * @return the count, or null when unknown
   */
  public abstract @Nullable ParameterCount parameterCount();

  /**
   * Returns the input modalities; empty means unknown.
   *
   * @return the modalities in declaration order, never null
   */
  public abstract Set<Modality> inputModalities();

  /**
   * Returns the output modalities; empty means unknown.
   *
   * @return the modalities in declaration order, never null
   */
  public abstract Set<Modality> outputModalities();

  /**
   * Returns what the audio output is, when {@link #outputModalities()} includes {@link Modality#AUDIO}: language
   * (speech) counts for the indicative criterion, music or sound effects alone do not (guidelines, section 2.1).
   *
   * @return the kind, {@link AudioOutputKind#UNKNOWN} by default
   */
  @Value.Default
  public AudioOutputKind audioOutput() {
    return AudioOutputKind.UNKNOWN;
  }

  /**
   * Returns the narrow task the provider states the model is limited to, one of the guidelines' examples of models
   * that are not GPAI models despite meeting the indicative criterion (section 2.1).
   *
   * @return the task, or null when none is stated
   */
  public abstract @Nullable NarrowTask narrowTask();

  /**
   * Returns the caller's assessment of whether the model displays significant generality and competently performs
   * a wide range of distinct tasks (Art.&nbsp;3(63)); when known, it overrides the indicative criterion in either
   * direction (guidelines, section 2.1).
   *
   * @return the fact, {@link Fact#UNKNOWN} by default (the indicative criterion then decides)
   */
  @Value.Default
  public Fact significantGenerality() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns the date of first release anywhere (Annex XI 1(1)(c)).
   *
   * @return the date, or null when unknown or not yet released
   */
  public abstract @Nullable LocalDate firstReleaseDate();

  /**
   * Returns the date the model was, or is planned to be, first made available on the Union market (Art.&nbsp;3(9)).
   *
   * @return the date, or null when unknown; a date after the evaluation date means "not yet placed"
   */
  public abstract @Nullable LocalDate unionPlacementDate();

  /**
   * Returns whether the model has been placed on the Union market, for when the date is unknown.
   *
   * @return the fact; ignored when {@link #unionPlacementDate()} is given
   */
  @Value.Default
  public Fact placedOnUnionMarket() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns whether training on new data continues after placement, which makes the training-content summary
   * subject to periodic update.
   *
   * @return the fact
   */
  @Value.Default
  public Fact trainingContinues() {
    return Fact.UNKNOWN;
  }

  /**
   * Returns the open-source facts.
   *
   * @return the facts, all unknown by default
   */
  @Value.Default
  public OpenSourceFacts openSource() {
    return OpenSourceFacts.unknown();
  }

  /**
   * Returns the facts of the modification when the provider modified another provider's model.
   *
   * @return the facts, or null when the model is not such a modification
   */
  public abstract @Nullable ModificationFacts modification();

  /**
   * Returns the number of registered business users established in the Union (Annex XIII(f)).
   *
   * @return the number, or null when unknown
   */
  public abstract @Nullable Long registeredEuBusinessUsers();

  /**
   * Returns the date on which the Art.&nbsp;51(1)(a) condition was met: cumulative compute exceeded the presumption
   * threshold, or, for a modifier of a model with systemic risk, the modification exceeded the modification
   * threshold.
   *
   * @return the date, or null when unknown or not met
   */
  public abstract @Nullable LocalDate thresholdMetOn();

  /**
   * Returns the date on which it became known that the condition will be met, for example when a training run
   * planned above the threshold was decided (Art.&nbsp;52(1); Recital 112).
   *
   * @return the date, or null when unknown
   */
  public abstract @Nullable LocalDate thresholdKnownOn();

  /**
   * Returns the date the Commission was notified under Art.&nbsp;52(1).
   *
   * @return the date, or null when not notified (or unknown)
   */
  public abstract @Nullable LocalDate notifiedOn();

  /**
   * Returns the date arguments under Art.&nbsp;52(2) were submitted with the notification.
   *
   * @return the date, or null when none were submitted
   */
  public abstract @Nullable LocalDate rebuttalSubmittedOn();

  /**
   * Returns the Commission's decisions concerning the model, in the order given.
   *
   * @return the decisions, never null
   */
  public abstract List<CommissionDecision> commissionDecisions();

  /**
   * Rejects a negative number of business users.
   *
   * @throws IllegalArgumentException if the number of business users is negative
   */
  @Value.Check
  protected void check() {
    Long users = registeredEuBusinessUsers();
    if (users != null && users < 0) {
      throw new IllegalArgumentException("registeredEuBusinessUsers must not be negative, was " + users);
    }
  }
}
