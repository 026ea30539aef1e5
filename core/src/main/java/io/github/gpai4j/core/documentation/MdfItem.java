package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.Recipient;
import io.github.gpai4j.core.form.FormItem;
import io.github.gpai4j.core.form.Precision;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A typed view of the 47 items of the Model Documentation Form (final Code of Practice, July 2025): 2 header items
 * and the items of its 8 sections. Each constant binds an item id to the accessor of its answer and nothing more;
 * every fact about the item (section, recipients as the form ticks them and as the statute requires them, Annex
 * items served, recommended word count, {@code N/A} allowance, whether it is conditional, precision, JSON Pointer,
 * whether its routing is confirmed) is a row of the form table
 * {@code forms/model-documentation-cop-final-2025-07.tsv}, and its English and French labels are in the form's
 * label bundle. {@link ModelDocumentationForms#FINAL} is the form that binds the table to these accessors.
 *
 * <p>The form does not number its items; the identifiers ({@code MDF-2.5a}) are gpai4j's, in form order, and are
 * stable. Recipients follow the form's check-boxes (gpai-reference.md section 6.2.3, rechecked 2026-12-01; the
 * parse of MDF-2.3b, 3.2c and 4.4 was not hand-reviewed, {@link #recipientsConfirmed()} is false for them). Two
 * readings differ from the ticks: the header items (MDF-0.1, 0.2) have no recipient boxes and are document
 * metadata that go to everyone, and MDF-4.4 (technical means for integration), ticked for downstream providers
 * only, is also required for the AI Office and national competent authorities by Annex XI 1(2)(a)
 * ({@link #statuteRecipients()}).
 *
 * @since 0.1.0
 */
public enum MdfItem {
  /** MDF-0.1: Date the document was last updated. */
  MDF_0_1("MDF-0.1", d -> d.lastUpdated()),
  /** MDF-0.2: Document version number. */
  MDF_0_2("MDF-0.2", d -> d.documentVersion()),
  /** MDF-1.1: Legal name for the model provider. */
  MDF_1_1("MDF-1.1", d -> d.generalInformation().providerLegalName()),
  /** MDF-1.2: Model name. */
  MDF_1_2("MDF-1.2", d -> d.generalInformation().modelName()),
  /** MDF-1.3: Model authenticity. */
  MDF_1_3("MDF-1.3", d -> d.generalInformation().modelAuthenticity()),
  /** MDF-1.4: Release date. */
  MDF_1_4("MDF-1.4", d -> d.generalInformation().releaseDate()),
  /** MDF-1.5: Union market release date. */
  MDF_1_5("MDF-1.5", d -> d.generalInformation().unionMarketReleaseDate()),
  /** MDF-1.6: Model dependencies. */
  MDF_1_6("MDF-1.6", d -> d.generalInformation().modelDependencies()),
  /** MDF-2.1: Model architecture. */
  MDF_2_1("MDF-2.1", d -> d.modelProperties().architecture()),
  /** MDF-2.2: Design specifications of the model. */
  MDF_2_2("MDF-2.2", d -> d.modelProperties().designSpecification()),
  /** MDF-2.3: Input modalities. */
  MDF_2_3("MDF-2.3", d -> d.modelProperties().inputModalities()),
  /** MDF-2.3b: Input modalities: maximum size. */
  MDF_2_3B("MDF-2.3b", d -> d.modelProperties().inputMaximumSizes()),
  /** MDF-2.4: Output modalities. */
  MDF_2_4("MDF-2.4", d -> d.modelProperties().outputModalities()),
  /** MDF-2.4b: Output modalities: maximum size. */
  MDF_2_4B("MDF-2.4b", d -> d.modelProperties().outputMaximumSizes()),
  /** MDF-2.5a: Total model size (exact). */
  MDF_2_5A("MDF-2.5a", d -> d.modelProperties().parameterCount()),
  /** MDF-2.5b: Total model size (range). */
  MDF_2_5B("MDF-2.5b", d -> d.modelProperties().parameterRange()),
  /** MDF-3.1a: Distribution channels (Union market). */
  MDF_3_1A("MDF-3.1a", d -> d.distributionAndLicences().unionDistributionChannels()),
  /** MDF-3.1b: Distribution channels (to downstream providers). */
  MDF_3_1B("MDF-3.1b", d -> d.distributionAndLicences().downstreamDistributionChannels()),
  /** MDF-3.2a: License (link). */
  MDF_3_2A("MDF-3.2a", d -> d.distributionAndLicences().licence()),
  /** MDF-3.2b: License (type or category). */
  MDF_3_2B("MDF-3.2b", d -> d.distributionAndLicences().licenceType()),
  /** MDF-3.2c: License (additional assets). */
  MDF_3_2C("MDF-3.2c", d -> d.distributionAndLicences().additionalAssets()),
  /** MDF-4.1: Acceptable Use Policy. */
  MDF_4_1("MDF-4.1", d -> d.use().acceptableUsePolicy()),
  /** MDF-4.2: Intended uses. */
  MDF_4_2("MDF-4.2", d -> d.use().intendedUses()),
  /** MDF-4.3: Type and nature of AI systems in which the model can be integrated. */
  MDF_4_3("MDF-4.3", d -> d.use().integrableSystemTypes()),
  /** MDF-4.4: Technical means for model integration. */
  MDF_4_4("MDF-4.4", d -> d.use().integrationMeans()),
  /** MDF-4.5: Required hardware. */
  MDF_4_5("MDF-4.5", d -> d.use().requiredHardware()),
  /** MDF-4.6: Required software. */
  MDF_4_6("MDF-4.6", d -> d.use().requiredSoftware()),
  /** MDF-5.1: Design specifications of the training process. */
  MDF_5_1("MDF-5.1", d -> d.trainingProcess().designSpecification()),
  /** MDF-5.2: Decision rationale. */
  MDF_5_2("MDF-5.2", d -> d.trainingProcess().decisionRationale()),
  /** MDF-6.1: Data type/modality. */
  MDF_6_1("MDF-6.1", d -> d.trainingData().modalities()),
  /** MDF-6.2: Data provenance. */
  MDF_6_2("MDF-6.2", d -> d.trainingData().provenance()),
  /** MDF-6.3: How data was obtained and selected. */
  MDF_6_3("MDF-6.3", d -> d.trainingData().acquisitionAndSelection()),
  /** MDF-6.4a: Number of data points (at least one significant figure). */
  MDF_6_4A("MDF-6.4a", d -> d.trainingData().dataPointsApproximate()),
  /** MDF-6.4b: Number of data points (at least two significant figures). */
  MDF_6_4B("MDF-6.4b", d -> d.trainingData().dataPoints()),
  /** MDF-6.5: Scope and main characteristics. */
  MDF_6_5("MDF-6.5", d -> d.trainingData().scope()),
  /** MDF-6.6: Data curation methodologies. */
  MDF_6_6("MDF-6.6", d -> d.trainingData().curation()),
  /** MDF-6.7: Measures to detect unsuitability of data sources. */
  MDF_6_7("MDF-6.7", d -> d.trainingData().unsuitabilityDetection()),
  /** MDF-6.8: Measures to detect identifiable biases. */
  MDF_6_8("MDF-6.8", d -> d.trainingData().biasDetection()),
  /** MDF-7.1a: Training time (range). */
  MDF_7_1A("MDF-7.1a", d -> d.computationalResources().trainingTimeRange()),
  /** MDF-7.1b: Training time (exact). */
  MDF_7_1B("MDF-7.1b", d -> d.computationalResources().trainingTime()),
  /** MDF-7.2a: Amount of computation used for training (order of magnitude). */
  MDF_7_2A("MDF-7.2a", d -> d.computationalResources().trainingComputeOrderOfMagnitude()),
  /** MDF-7.2b: Amount of computation used for training (at least two significant figures). */
  MDF_7_2B("MDF-7.2b", d -> d.computationalResources().trainingCompute()),
  /** MDF-7.3: Measurement methodology (training compute). */
  MDF_7_3("MDF-7.3", d -> d.computationalResources().computeMethodology()),
  /** MDF-8.1: Amount of energy used for training. */
  MDF_8_1("MDF-8.1", d -> d.energy().trainingEnergy()),
  /** MDF-8.2: Measurement methodology (training energy). */
  MDF_8_2("MDF-8.2", d -> d.energy().trainingEnergyMethodology()),
  /** MDF-8.3: Benchmarked amount of computation used for inference. */
  MDF_8_3("MDF-8.3", d -> d.energy().inferenceCompute()),
  /** MDF-8.4: Measurement methodology (inference compute). */
  MDF_8_4("MDF-8.4", d -> d.energy().inferenceMethodology());

  private static final Map<String, MdfItem> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(MdfItem::id, i -> i));

  private final String id;
  private final Function<ModelDocumentation, @Nullable Object> accessor;

  MdfItem(String id, Function<ModelDocumentation, @Nullable Object> accessor) {
    this.id = id;
    this.accessor = accessor;
  }

  /**
   * Returns the stable item identifier, such as {@code MDF-2.5a}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Returns the item's row in the form table, which holds every fact about it.
   *
   * @return the row
   * @since 0.2.0
   */
  public FormItem row() {
    return ModelDocumentationForms.FINAL.table().item(id);
  }

  /**
   * Returns the section the item belongs to.
   *
   * @return the section
   */
  public MdfSection section() {
    return MdfSection.valueOf(row().section());
  }

  /**
   * Returns the item's label in English, as the form words it.
   *
   * @return the label
   */
  public String label() {
    return label(Locale.ENGLISH);
  }

  /**
   * Returns the item's label in English or French.
   *
   * @param locale the locale, not null; French for any French locale, English otherwise
   * @return the label
   * @since 0.2.0
   */
  public String label(Locale locale) {
    return ModelDocumentationForms.FINAL.table().label(id, locale);
  }

  /**
   * Returns who receives the item, in {@link Recipient} order: every recipient for the header items (document
   * metadata), else the recipients the form ticks together with those the statute requires.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<Recipient> recipients() {
    return row().recipients();
  }

  /**
   * Returns the recipients the form ticks for the item; empty for the header items, which have no boxes.
   *
   * @return an unmodifiable set
   * @since 0.2.0
   */
  public Set<Recipient> formRecipients() {
    return row().formRecipients();
  }

  /**
   * Returns the recipients the statute requires the item for, where that differs from the form's ticks
   * (MDF-4.4: Annex XI 1(2)(a)); empty otherwise.
   *
   * @return an unmodifiable set
   * @since 0.2.0
   */
  public Set<Recipient> statuteRecipients() {
    return row().statuteRecipients();
  }

  /**
   * Returns whether the item goes to the given recipient ({@link #recipients()}).
   *
   * @param recipient the recipient, not null
   * @return true if routed
   */
  public boolean isFor(Recipient recipient) {
    return row().isFor(recipient);
  }

  /**
   * Returns the Annex XI and Annex XII items this form item serves.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<AnnexItem> annexItems() {
    List<LegalBasis> bases = row().legalBases();
    EnumSet<AnnexItem> set = EnumSet.noneOf(AnnexItem.class);
    for (AnnexItem a : AnnexItem.values()) {
      if (bases.contains(a.legalBasis())) {
        set.add(a);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Returns the word count the form recommends, where it gives one. It is guidance, not a limit.
   *
   * @return the recommended words, or empty
   */
  public OptionalInt recommendedWords() {
    return row().recommendedWordCount();
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the item in a {@code model-documentation} document.
   *
   * @return the pointer
   */
  public String pointer() {
    return row().pointer();
  }

  /**
   * Returns whether the form allows {@code N/A} as the answer (the table's {@code na} column).
   *
   * @return true if {@code N/A} is allowed
   */
  public boolean notApplicableAllowed() {
    return row().notApplicableAllowed();
  }

  /**
   * Returns whether the item is asked only "if any" or "where available" (MDF-1.3, MDF-3.2c), so that an answer
   * stating there is none, such as an empty list, answers it.
   *
   * @return true if conditional
   * @since 0.2.0
   */
  public boolean conditional() {
    return row().conditional();
  }

  /**
   * Returns how precisely the form asks for the item's figures.
   *
   * @return the precision
   * @since 0.2.0
   */
  public Precision precision() {
    return row().precision();
  }

  /**
   * Returns whether the recipients were cross-checked against a second reading of the form.
   *
   * @return false where the routing was not cross-checked
   */
  public boolean recipientsConfirmed() {
    return row().routingConfirmed();
  }

  /**
   * Returns the item's value in a document: a string, date, quantity, selection, list or
   * {@link io.github.gpai4j.core.Applicable}.
   *
   * @param document the document, not null
   * @return the value, or null if absent
   */
  public @Nullable Object valueIn(ModelDocumentation document) {
    return accessor.apply(requireNonNull(document, "document"));
  }

  /**
   * Returns whether the item is answered in a document, by the one answered policy of
   * {@link io.github.gpai4j.core.form.Answers}: present and not blank or empty, or, for a conditional item, present.
   * {@code N/A} counts as an answer here; whether it is an allowed one is a validator's question.
   *
   * @param document the document, not null
   * @return true if answered
   */
  public boolean isAnsweredIn(ModelDocumentation document) {
    return ModelDocumentationForms.FINAL.isAnswered(row(), document);
  }

  /**
   * Returns whether the document answers the item with {@code N/A} (including {@code N/A} for every maximum size
   * and a model name whose identifier is {@code N/A}).
   *
   * @param document the document, not null
   * @return true for an {@code N/A} answer
   */
  public boolean isNotApplicableIn(ModelDocumentation document) {
    return ModelDocumentationForms.FINAL.isNotApplicable(row(), document);
  }

  /**
   * Returns whether the item is answered with an answer the form accepts: answered, and not an {@code N/A} where
   * the form does not offer it. Completeness scores and the command-line summary count these.
   *
   * @param document the document, not null
   * @return true if filled
   * @since 0.2.0
   */
  public boolean isFilledIn(ModelDocumentation document) {
    return ModelDocumentationForms.FINAL.isFilled(row(), document);
  }

  /**
   * Looks up an item by its identifier, such as {@code MDF-7.2b}.
   *
   * @param id the identifier, not null
   * @return the item
   * @throws IllegalArgumentException if no item has that identifier
   */
  public static MdfItem byId(String id) {
    MdfItem item = BY_ID.get(requireNonNull(id, "id"));
    if (item == null) {
      throw new IllegalArgumentException("No Model Documentation Form item '" + id + "'; identifiers run from "
          + "MDF-0.1 to MDF-8.4, such as MDF-2.5a");
    }
    return item;
  }

  /**
   * Returns the items that go to a recipient, in form order.
   *
   * @param recipient the recipient, not null
   * @return an unmodifiable list
   */
  public static List<MdfItem> fieldsFor(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    return Arrays.stream(values()).filter(i -> i.isFor(recipient)).toList();
  }

  /**
   * Returns the items that serve an Annex item, in form order.
   *
   * @param annexItem the Annex XI or XII item, not null
   * @return an unmodifiable list, empty if none
   */
  public static List<MdfItem> fieldsServing(AnnexItem annexItem) {
    requireNonNull(annexItem, "annexItem");
    return Arrays.stream(values()).filter(i -> i.row().legalBases().contains(annexItem.legalBasis())).toList();
  }

  /**
   * Returns the items of a section, in form order.
   *
   * @param section the section, not null
   * @return an unmodifiable list
   */
  public static List<MdfItem> inSection(MdfSection section) {
    requireNonNull(section, "section");
    return Arrays.stream(values()).filter(i -> i.row().section().equals(section.name())).toList();
  }
}
