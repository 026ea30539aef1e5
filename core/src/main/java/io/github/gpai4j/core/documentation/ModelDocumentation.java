package io.github.gpai4j.core.documentation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.Extensions;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.json.JsonDocument;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The Model Documentation Form of the GPAI Code of Practice (Transparency chapter, Measure 1.1), which documents a
 * general-purpose AI model for the AI Office and national competent authorities (Art.&nbsp;53(1)(a), Annex XI section
 * 1 of Regulation (EU) 2024/1689) and for downstream providers (Art.&nbsp;53(1)(b), Annex XII).
 *
 * <p>The form has two header items and eight sections; {@link MdfItem} catalogues all 47 items with their
 * recipients and JSON Pointers. For models with systemic risk, {@link #systemicRiskDocumentation()} holds the
 * Annex XI section 2 material, which the Code collects under Safety and Security Measure 10.1.
 *
 * <p>Every item may be missing: a half-filled form is a legal value, and completeness is judged by validators.
 * Build with {@link #builder()}; read and write with {@link io.github.gpai4j.core.json.Gpai4jJson}.
 * {@link #viewFor(Recipient)} returns the document as one recipient receives it.
 *
 * @since 0.1.0
 */
@Value.Immutable
// The header is written from the derived accessors and checked by Gpai4jJson before binding; it has no setter.
@JsonIgnoreProperties(value = {"documentType", "schemaVersion", "formVersion"}, allowGetters = true)
@JsonPropertyOrder({"documentType", "schemaVersion", "formVersion"})
@JsonSerialize(as = ImmutableModelDocumentation.class)
@JsonDeserialize(as = ImmutableModelDocumentation.class)
@JsonDocument(type = ModelDocumentation.DOCUMENT_TYPE, schemaVersions = ModelDocumentation.SCHEMA_VERSION)
public abstract class ModelDocumentation implements Document {
  /** The {@code documentType} of a Model Documentation Form. */
  public static final String DOCUMENT_TYPE = "model-documentation";
  /** The schema version this release writes. */
  public static final String SCHEMA_VERSION = "1.0";

  ModelDocumentation() {}

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
   * Returns the version of the form this document follows, always {@link FormVersion#COP_FINAL_2025_07}: a document
   * of another form version is another Java type ({@link DraftModelDocumentation}), so no builder can label a
   * final-form document as a draft one.
   *
   * @return {@link FormVersion#COP_FINAL_2025_07}
   */
  @Value.Derived
  public FormVersion formVersion() {
    return FormVersion.COP_FINAL_2025_07;
  }

  /**
   * Returns the date the document was last updated (MDF-0.1, header).
   *
   * @return the date, or null if not given
   */
  public abstract @Nullable LocalDate lastUpdated();

  /**
   * Returns the document version number (MDF-0.2, header).
   *
   * @return the version, or null if not given
   */
  public abstract @Nullable String documentVersion();

  /**
   * Returns the provider's own statement whether the model is a general-purpose AI model with systemic risk
   * (Art.&nbsp;51). It is not a form item; validators use it to require the Annex XI section 2 material.
   *
   * @return true or false, or null if the document does not say
   */
  public abstract @Nullable Boolean systemicRisk();

  /**
   * Returns section 1, general information.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public GeneralInformation generalInformation() {
    return GeneralInformation.builder().build();
  }

  /**
   * Returns section 2, model properties.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public ModelProperties modelProperties() {
    return ModelProperties.builder().build();
  }

  /**
   * Returns section 3, methods of distribution and licences.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public DistributionAndLicences distributionAndLicences() {
    return DistributionAndLicences.builder().build();
  }

  /**
   * Returns section 4, use.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public Use use() {
    return Use.builder().build();
  }

  /**
   * Returns section 5, training process.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public TrainingProcess trainingProcess() {
    return TrainingProcess.builder().build();
  }

  /**
   * Returns section 6, information on the data used for training, testing and validation.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public TrainingData trainingData() {
    return TrainingData.builder().build();
  }

  /**
   * Returns section 7, computational resources during training.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public ComputationalResources computationalResources() {
    return ComputationalResources.builder().build();
  }

  /**
   * Returns section 8, energy consumption during training and inference.
   *
   * @return the section, empty if not filled
   */
  @Value.Default
  public Energy energy() {
    return Energy.builder().build();
  }

  /**
   * Returns the Annex XI section 2 material for models with systemic risk.
   *
   * @return the material, or null if the document has none
   */
  public abstract @Nullable SystemicRiskDocumentation systemicRiskDocumentation();

  /**
   * Returns the models of the family this document covers, with the answers that differ between them; empty for a
   * document about a single model. See {@link ModelVariant} and {@link #forVariant(int)}.
   *
   * @return the variants in order
   * @since 0.3.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ModelVariant> variants();

  /**
   * Returns the authorised representative of a provider established outside the Union (Art.&nbsp;54); not an
   * item of the form.
   *
   * @return the representative, or null if not given
   * @since 0.3.0
   */
  public abstract @Nullable AuthorisedRepresentative authorisedRepresentative();

  /**
   * Returns the provider's published points of contact; not an item of the form.
   *
   * @return the contact points in order
   * @since 0.3.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ContactPoint> contactPoints();

  /**
   * Returns the provider's statement about the model's open-source status (for example that it is released under a
   * free and open-source licence with its weights public, Art.&nbsp;53(2)); not an item of the form, and not a
   * finding that the exemption applies (that is a classification's question).
   *
   * @return the statement, or null if not given
   * @since 0.3.0
   */
  public abstract @Nullable String openSourceStatement();

  /**
   * Returns what the document says beyond the form and the typed additions above (export-control statements,
   * links, anything a provider publishes), as JSON values kept on reading and written back unchanged.
   *
   * @return the extensions, or null if the document has none
   * @since 0.3.0
   */
  public abstract @Nullable Extensions extensions();

  /**
   * Returns the document as it reads for one model of the family: every item the form table marks per variant
   * ({@link io.github.gpai4j.core.form.FormItem#perVariant()}) takes the variant's answer when the variant gives
   * one and the document's otherwise; every other item is the document's; the result has no variants.
   *
   * @param index the variant's index in {@link #variants()}
   * @return the single-model document
   * @throws IndexOutOfBoundsException if there is no such variant
   * @since 0.3.0
   */
  public ModelDocumentation forVariant(int index) {
    ModelVariant variant = variants().get(index);
    return Variants.effective(this, variant, ModelDocumentationForms.FINAL.table());
  }

  /**
   * Returns the document as the given recipient receives it: only the items that go to that recipient
   * ({@link MdfItem#recipients()}: the form's ticks and, for MDF-4.4, the statute's), plus the header; the Annex
   * XI section 2 material goes to the AI Office and
   * national competent authorities only. This is what a provider hands a downstream provider under Art.&nbsp;53(1)(b).
   *
   * @param recipient the recipient, not null
   * @return the projected document
   */
  public ModelDocumentation viewFor(Recipient recipient) {
    // Annex XI section 2 is part of the technical documentation (Art. 53(1)(a)), never of Annex XII.
    return recipient == Recipient.DOWNSTREAM_PROVIDER
        ? RecipientViews.project(this, ModelDocumentation.class, ModelDocumentationForms.FINAL.table(), recipient,
            "/systemicRiskDocumentation")
        : RecipientViews.project(this, ModelDocumentation.class, ModelDocumentationForms.FINAL.table(), recipient);
  }

  // Copy methods: implemented by the generated class; declared here so that they are public API.

  /**
   * Returns a copy of this value whose {@link #variants()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   * @since 0.3.0
   */
  public abstract ModelDocumentation withVariants(Iterable<? extends ModelVariant> elements);

  /**
   * Returns a copy of this value with another {@link #authorisedRepresentative()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   * @since 0.3.0
   */
  public abstract ModelDocumentation withAuthorisedRepresentative(@Nullable AuthorisedRepresentative value);

  /**
   * Returns a copy of this value whose {@link #contactPoints()} holds the given elements in order.
   *
   * @param elements the elements, not null
   * @return the copy
   * @since 0.3.0
   */
  public abstract ModelDocumentation withContactPoints(Iterable<? extends ContactPoint> elements);

  /**
   * Returns a copy of this value with another {@link #openSourceStatement()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   * @since 0.3.0
   */
  public abstract ModelDocumentation withOpenSourceStatement(@Nullable String value);

  /**
   * Returns a copy of this value with other {@link #extensions()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   * @since 0.3.0
   */
  public abstract ModelDocumentation withExtensions(@Nullable Extensions value);


  /**
   * Returns a copy of this value with another {@link #lastUpdated()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withLastUpdated(@Nullable LocalDate value);

  /**
   * Returns a copy of this value with another {@link #documentVersion()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withDocumentVersion(@Nullable String value);

  /**
   * Returns a copy of this value with another {@link #systemicRisk()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withSystemicRisk(@Nullable Boolean value);

  /**
   * Returns a copy of this value with another {@link #generalInformation()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withGeneralInformation(GeneralInformation value);

  /**
   * Returns a copy of this value with another {@link #modelProperties()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withModelProperties(ModelProperties value);

  /**
   * Returns a copy of this value with another {@link #distributionAndLicences()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withDistributionAndLicences(DistributionAndLicences value);

  /**
   * Returns a copy of this value with another {@link #use()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withUse(Use value);

  /**
   * Returns a copy of this value with another {@link #trainingProcess()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withTrainingProcess(TrainingProcess value);

  /**
   * Returns a copy of this value with another {@link #trainingData()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withTrainingData(TrainingData value);

  /**
   * Returns a copy of this value with another {@link #computationalResources()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withComputationalResources(ComputationalResources value);

  /**
   * Returns a copy of this value with another {@link #energy()}.
   *
   * @param value the new value, not null
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withEnergy(Energy value);

  /**
   * Returns a copy of this value with another {@link #systemicRiskDocumentation()}.
   *
   * @param value the new value, or null for none
   * @return the copy, or this value if the new value is the same
   */
  public abstract ModelDocumentation withSystemicRiskDocumentation(@Nullable SystemicRiskDocumentation value);

  /**
   * Returns a builder for a new document.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelDocumentation}; every item is optional. */
  public static final class Builder extends ImmutableModelDocumentation.Builder {
    Builder() {}
  }
}
