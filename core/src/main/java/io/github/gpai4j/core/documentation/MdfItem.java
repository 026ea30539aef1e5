package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.Recipient;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of the 47 items of the Model Documentation Form (2 header items and the items of its 8 sections),
 * with, for each item, who receives it, which Annex XI or Annex XII items it serves, the recommended word count,
 * whether {@code N/A} is an allowed answer and where it lives in a JSON document.
 *
 * <p>The form does not number its items; the identifiers ({@code MDF-2.5a}) are gpai4j's, in form order, and are
 * stable. Recipients follow the form's check-boxes as parsed from the official DOCX (gpai-reference.md section
 * 6.2.3). Where that parse was not cross-checked ({@link #recipientsConfirmed()} is false: the two header items,
 * whose recipients the form does not state and which gpai4j routes to everyone as document metadata; MDF-2.3b,
 * MDF-3.2c and MDF-4.4), the routing is UNCONFIRMED. Notably the parse routes MDF-4.4 (technical means for
 * integration) to downstream providers only, although Annex XI 1(2)(a) also asks it for the AI Office.
 *
 * @since 0.1.0
 */
public enum MdfItem {
  /** MDF-0.1: Date the document was last updated. */
  MDF_0_1("MDF-0.1", MdfSection.HEADER, "Date the document was last updated", "AIO NCA DP", "", 0, "/lastUpdated", false, false, d -> d.lastUpdated()),
  /** MDF-0.2: Document version number. */
  MDF_0_2("MDF-0.2", MdfSection.HEADER, "Document version number", "AIO NCA DP", "", 0, "/documentVersion", false, false, d -> d.documentVersion()),
  /** MDF-1.1: Legal name for the model provider. */
  MDF_1_1("MDF-1.1", MdfSection.GENERAL_INFORMATION, "Legal name for the model provider", "AIO NCA DP", "", 0, "/generalInformation/providerLegalName", false, true, d -> d.generalInformation().providerLegalName()),
  /** MDF-1.2: Model name. */
  MDF_1_2("MDF-1.2", MdfSection.GENERAL_INFORMATION, "Model name", "AIO NCA DP", "", 0, "/generalInformation/modelName", false, true, d -> d.generalInformation().modelName()),
  /** MDF-1.3: Model authenticity. */
  MDF_1_3("MDF-1.3", MdfSection.GENERAL_INFORMATION, "Model authenticity", "AIO NCA", "", 0, "/generalInformation/modelAuthenticity", false, true, d -> d.generalInformation().modelAuthenticity()),
  /** MDF-1.4: Release date. */
  MDF_1_4("MDF-1.4", MdfSection.GENERAL_INFORMATION, "Release date", "AIO NCA DP", "XI_1_1_C XII_1_C", 0, "/generalInformation/releaseDate", false, true, d -> d.generalInformation().releaseDate()),
  /** MDF-1.5: Union market release date. */
  MDF_1_5("MDF-1.5", MdfSection.GENERAL_INFORMATION, "Union market release date", "AIO NCA DP", "XI_1_1_C XII_1_C", 0, "/generalInformation/unionMarketReleaseDate", false, true, d -> d.generalInformation().unionMarketReleaseDate()),
  /** MDF-1.6: Model dependencies. */
  MDF_1_6("MDF-1.6", MdfSection.GENERAL_INFORMATION, "Model dependencies", "AIO NCA DP", "XI_1_2_B", 0, "/generalInformation/modelDependencies", true, true, d -> d.generalInformation().modelDependencies()),
  /** MDF-2.1: Model architecture. */
  MDF_2_1("MDF-2.1", MdfSection.MODEL_PROPERTIES, "Model architecture", "AIO NCA DP", "XI_1_1_D XII_1_F", 20, "/modelProperties/architecture", false, true, d -> d.modelProperties().architecture()),
  /** MDF-2.2: Design specifications of the model. */
  MDF_2_2("MDF-2.2", MdfSection.MODEL_PROPERTIES, "Design specifications of the model", "AIO NCA", "XI_1_2_B", 100, "/modelProperties/designSpecification", false, true, d -> d.modelProperties().designSpecification()),
  /** MDF-2.3: Input modalities. */
  MDF_2_3("MDF-2.3", MdfSection.MODEL_PROPERTIES, "Input modalities", "AIO NCA DP", "XI_1_1_E XII_1_G XII_2_B", 0, "/modelProperties/inputModalities", false, true, d -> d.modelProperties().inputModalities()),
  /** MDF-2.3b: Input modalities: maximum size. */
  MDF_2_3B("MDF-2.3b", MdfSection.MODEL_PROPERTIES, "Input modalities: maximum size", "AIO DP", "XII_2_B", 0, "/modelProperties/inputMaximumSizes", true, false, d -> d.modelProperties().inputMaximumSizes()),
  /** MDF-2.4: Output modalities. */
  MDF_2_4("MDF-2.4", MdfSection.MODEL_PROPERTIES, "Output modalities", "AIO NCA DP", "XI_1_1_E XII_1_G XII_2_B", 0, "/modelProperties/outputModalities", false, true, d -> d.modelProperties().outputModalities()),
  /** MDF-2.4b: Output modalities: maximum size. */
  MDF_2_4B("MDF-2.4b", MdfSection.MODEL_PROPERTIES, "Output modalities: maximum size", "DP", "XII_2_B", 0, "/modelProperties/outputMaximumSizes", true, true, d -> d.modelProperties().outputMaximumSizes()),
  /** MDF-2.5a: Total model size (exact). */
  MDF_2_5A("MDF-2.5a", MdfSection.MODEL_PROPERTIES, "Total model size (exact)", "AIO", "XI_1_1_D", 0, "/modelProperties/parameterCount", false, true, d -> d.modelProperties().parameterCount()),
  /** MDF-2.5b: Total model size (range). */
  MDF_2_5B("MDF-2.5b", MdfSection.MODEL_PROPERTIES, "Total model size (range)", "NCA DP", "XI_1_1_D XII_1_F", 0, "/modelProperties/parameterRange", false, true, d -> d.modelProperties().parameterRange()),
  /** MDF-3.1a: Distribution channels (Union market). */
  MDF_3_1A("MDF-3.1a", MdfSection.DISTRIBUTION_AND_LICENCES, "Distribution channels (Union market)", "AIO NCA", "XI_1_1_C", 0, "/distributionAndLicences/unionDistributionChannels", false, true, d -> d.distributionAndLicences().unionDistributionChannels()),
  /** MDF-3.1b: Distribution channels (to downstream providers). */
  MDF_3_1B("MDF-3.1b", MdfSection.DISTRIBUTION_AND_LICENCES, "Distribution channels (to downstream providers)", "DP", "XII_1_C", 0, "/distributionAndLicences/downstreamDistributionChannels", false, true, d -> d.distributionAndLicences().downstreamDistributionChannels()),
  /** MDF-3.2a: License (link). */
  MDF_3_2A("MDF-3.2a", MdfSection.DISTRIBUTION_AND_LICENCES, "License (link)", "AIO NCA", "XI_1_1_F", 0, "/distributionAndLicences/licence", false, true, d -> d.distributionAndLicences().licence()),
  /** MDF-3.2b: License (type or category). */
  MDF_3_2B("MDF-3.2b", MdfSection.DISTRIBUTION_AND_LICENCES, "License (type or category)", "DP", "XII_1_H", 0, "/distributionAndLicences/licenceType", false, true, d -> d.distributionAndLicences().licenceType()),
  /** MDF-3.2c: License (additional assets). */
  MDF_3_2C("MDF-3.2c", MdfSection.DISTRIBUTION_AND_LICENCES, "License (additional assets)", "AIO DP", "XI_1_1_F XII_1_H", 0, "/distributionAndLicences/additionalAssets", false, false, d -> d.distributionAndLicences().additionalAssets()),
  /** MDF-4.1: Acceptable Use Policy. */
  MDF_4_1("MDF-4.1", MdfSection.USE, "Acceptable Use Policy", "AIO NCA DP", "XI_1_1_B XII_1_B", 0, "/use/acceptableUsePolicy", false, true, d -> d.use().acceptableUsePolicy()),
  /** MDF-4.2: Intended uses. */
  MDF_4_2("MDF-4.2", MdfSection.USE, "Intended uses", "AIO NCA DP", "XI_1_1_A XII_1_A", 200, "/use/intendedUses", true, true, d -> d.use().intendedUses()),
  /** MDF-4.3: Type and nature of AI systems in which the model can be integrated. */
  MDF_4_3("MDF-4.3", MdfSection.USE, "Type and nature of AI systems in which the model can be integrated", "AIO NCA DP", "XI_1_1_A XII_1_A", 300, "/use/integrableSystemTypes", false, true, d -> d.use().integrableSystemTypes()),
  /** MDF-4.4: Technical means for model integration. */
  MDF_4_4("MDF-4.4", MdfSection.USE, "Technical means for model integration", "DP", "XI_1_2_A XII_2_A", 100, "/use/integrationMeans", false, false, d -> d.use().integrationMeans()),
  /** MDF-4.5: Required hardware. */
  MDF_4_5("MDF-4.5", MdfSection.USE, "Required hardware", "DP", "XII_1_D", 100, "/use/requiredHardware", true, true, d -> d.use().requiredHardware()),
  /** MDF-4.6: Required software. */
  MDF_4_6("MDF-4.6", MdfSection.USE, "Required software", "DP", "XII_1_D XII_1_E", 100, "/use/requiredSoftware", true, true, d -> d.use().requiredSoftware()),
  /** MDF-5.1: Design specifications of the training process. */
  MDF_5_1("MDF-5.1", MdfSection.TRAINING_PROCESS, "Design specifications of the training process", "AIO NCA", "XI_1_2_B", 400, "/trainingProcess/designSpecification", false, true, d -> d.trainingProcess().designSpecification()),
  /** MDF-5.2: Decision rationale. */
  MDF_5_2("MDF-5.2", MdfSection.TRAINING_PROCESS, "Decision rationale", "AIO NCA", "XI_1_2_B", 200, "/trainingProcess/decisionRationale", false, true, d -> d.trainingProcess().decisionRationale()),
  /** MDF-6.1: Data type/modality. */
  MDF_6_1("MDF-6.1", MdfSection.TRAINING_DATA, "Data type/modality", "AIO NCA DP", "XI_1_2_C XII_2_C", 0, "/trainingData/modalities", false, true, d -> d.trainingData().modalities()),
  /** MDF-6.2: Data provenance. */
  MDF_6_2("MDF-6.2", MdfSection.TRAINING_DATA, "Data provenance", "AIO NCA DP", "XI_1_2_C XII_2_C", 0, "/trainingData/provenance", false, true, d -> d.trainingData().provenance()),
  /** MDF-6.3: How data was obtained and selected. */
  MDF_6_3("MDF-6.3", MdfSection.TRAINING_DATA, "How data was obtained and selected", "AIO NCA", "XI_1_2_C", 300, "/trainingData/acquisitionAndSelection", false, true, d -> d.trainingData().acquisitionAndSelection()),
  /** MDF-6.4a: Number of data points (at least one significant figure). */
  MDF_6_4A("MDF-6.4a", MdfSection.TRAINING_DATA, "Number of data points (at least one significant figure)", "NCA", "XI_1_2_C", 0, "/trainingData/dataPointsApproximate", false, true, d -> d.trainingData().dataPointsApproximate()),
  /** MDF-6.4b: Number of data points (at least two significant figures). */
  MDF_6_4B("MDF-6.4b", MdfSection.TRAINING_DATA, "Number of data points (at least two significant figures)", "AIO", "XI_1_2_C", 0, "/trainingData/dataPoints", false, true, d -> d.trainingData().dataPoints()),
  /** MDF-6.5: Scope and main characteristics. */
  MDF_6_5("MDF-6.5", MdfSection.TRAINING_DATA, "Scope and main characteristics", "AIO NCA", "XI_1_2_C", 200, "/trainingData/scope", false, true, d -> d.trainingData().scope()),
  /** MDF-6.6: Data curation methodologies. */
  MDF_6_6("MDF-6.6", MdfSection.TRAINING_DATA, "Data curation methodologies", "AIO NCA DP", "XI_1_2_C XII_2_C", 300, "/trainingData/curation", false, true, d -> d.trainingData().curation()),
  /** MDF-6.7: Measures to detect unsuitability of data sources. */
  MDF_6_7("MDF-6.7", MdfSection.TRAINING_DATA, "Measures to detect unsuitability of data sources", "AIO NCA", "XI_1_2_C", 400, "/trainingData/unsuitabilityDetection", false, true, d -> d.trainingData().unsuitabilityDetection()),
  /** MDF-6.8: Measures to detect identifiable biases. */
  MDF_6_8("MDF-6.8", MdfSection.TRAINING_DATA, "Measures to detect identifiable biases", "AIO NCA", "XI_1_2_C", 200, "/trainingData/biasDetection", false, true, d -> d.trainingData().biasDetection()),
  /** MDF-7.1a: Training time (range). */
  MDF_7_1A("MDF-7.1a", MdfSection.COMPUTATIONAL_RESOURCES, "Training time (range)", "NCA", "XI_1_2_D", 0, "/computationalResources/trainingTimeRange", false, true, d -> d.computationalResources().trainingTimeRange()),
  /** MDF-7.1b: Training time (exact). */
  MDF_7_1B("MDF-7.1b", MdfSection.COMPUTATIONAL_RESOURCES, "Training time (exact)", "AIO", "XI_1_2_D", 0, "/computationalResources/trainingTime", false, true, d -> d.computationalResources().trainingTime()),
  /** MDF-7.2a: Amount of computation used for training (order of magnitude). */
  MDF_7_2A("MDF-7.2a", MdfSection.COMPUTATIONAL_RESOURCES, "Amount of computation used for training (order of magnitude)", "NCA", "XI_1_2_D", 0, "/computationalResources/trainingComputeOrderOfMagnitude", false, true, d -> d.computationalResources().trainingComputeOrderOfMagnitude()),
  /** MDF-7.2b: Amount of computation used for training (at least two significant figures). */
  MDF_7_2B("MDF-7.2b", MdfSection.COMPUTATIONAL_RESOURCES, "Amount of computation used for training (at least two significant figures)", "AIO", "XI_1_2_D", 0, "/computationalResources/trainingCompute", false, true, d -> d.computationalResources().trainingCompute()),
  /** MDF-7.3: Measurement methodology (training compute). */
  MDF_7_3("MDF-7.3", MdfSection.COMPUTATIONAL_RESOURCES, "Measurement methodology (training compute)", "AIO NCA", "XI_1_2_D", 0, "/computationalResources/computeMethodology", false, true, d -> d.computationalResources().computeMethodology()),
  /** MDF-8.1: Amount of energy used for training. */
  MDF_8_1("MDF-8.1", MdfSection.ENERGY, "Amount of energy used for training", "AIO NCA", "XI_1_2_E", 0, "/energy/trainingEnergy", true, true, d -> d.energy().trainingEnergy()),
  /** MDF-8.2: Measurement methodology (training energy). */
  MDF_8_2("MDF-8.2", MdfSection.ENERGY, "Measurement methodology (training energy)", "AIO NCA", "XI_1_2_E", 100, "/energy/trainingEnergyMethodology", false, true, d -> d.energy().trainingEnergyMethodology()),
  /** MDF-8.3: Benchmarked amount of computation used for inference. */
  MDF_8_3("MDF-8.3", MdfSection.ENERGY, "Benchmarked amount of computation used for inference", "AIO NCA", "XI_1_2_E", 0, "/energy/inferenceCompute", false, true, d -> d.energy().inferenceCompute()),
  /** MDF-8.4: Measurement methodology (inference compute). */
  MDF_8_4("MDF-8.4", MdfSection.ENERGY, "Measurement methodology (inference compute)", "AIO NCA", "XI_1_2_E", 0, "/energy/inferenceMethodology", false, true, d -> d.energy().inferenceMethodology());

  private static final Map<String, MdfItem> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(MdfItem::id, i -> i));

  private final String id;
  private final MdfSection section;
  private final String label;
  private final Set<Recipient> recipients;
  private final Set<AnnexItem> annexItems;
  private final int recommendedWords;
  private final String pointer;
  private final boolean notApplicableAllowed;
  private final boolean recipientsConfirmed;
  private final Function<ModelDocumentation, @Nullable Object> accessor;

  MdfItem(String id, MdfSection section, String label, String recipients, String annexItems,
      int recommendedWords, String pointer, boolean notApplicableAllowed, boolean recipientsConfirmed,
      Function<ModelDocumentation, @Nullable Object> accessor) {
    this.id = id;
    this.section = section;
    this.label = label;
    EnumSet<Recipient> r = EnumSet.noneOf(Recipient.class);
    for (String code : recipients.split(" ")) {
      r.add(Recipient.parse(code));
    }
    this.recipients = Collections.unmodifiableSet(r);
    EnumSet<AnnexItem> a = EnumSet.noneOf(AnnexItem.class);
    for (String code : annexItems.split(" ")) {
      if (!code.isEmpty()) {
        a.add(AnnexItem.valueOf(code));
      }
    }
    this.annexItems = Collections.unmodifiableSet(a);
    this.recommendedWords = recommendedWords;
    this.pointer = pointer;
    this.notApplicableAllowed = notApplicableAllowed;
    this.recipientsConfirmed = recipientsConfirmed;
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
   * Returns the section the item belongs to.
   *
   * @return the section
   */
  public MdfSection section() {
    return section;
  }

  /**
   * Returns the item's label in English, as the form words it.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the recipients the form routes the item to, in {@link Recipient} order.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<Recipient> recipients() {
    return recipients;
  }

  /**
   * Returns whether the form routes the item to the given recipient.
   *
   * @param recipient the recipient, not null
   * @return true if routed
   */
  public boolean isFor(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    return recipients.contains(recipient);
  }

  /**
   * Returns the Annex XI and Annex XII items this form item serves.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<AnnexItem> annexItems() {
    return annexItems;
  }

  /**
   * Returns the word count the form recommends, where it gives one. It is guidance, not a limit.
   *
   * @return the recommended words, or empty
   */
  public OptionalInt recommendedWords() {
    return recommendedWords > 0 ? OptionalInt.of(recommendedWords) : OptionalInt.empty();
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the item in a {@code model-documentation} document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns whether the form allows {@code N/A} as the answer (MDF-1.6, 2.3b, 2.4b, 4.2, 4.5, 4.6, 8.1).
   *
   * @return true if {@code N/A} is allowed
   */
  public boolean notApplicableAllowed() {
    return notApplicableAllowed;
  }

  /**
   * Returns whether the recipients were cross-checked against a second reading of the form.
   *
   * @return false where the routing is UNCONFIRMED
   */
  public boolean recipientsConfirmed() {
    return recipientsConfirmed;
  }

  /**
   * Returns the item's value in a document: a string, date, quantity, selection, list or {@link Applicable}.
   *
   * @param document the document, not null
   * @return the value, or null if absent
   */
  public @Nullable Object valueIn(ModelDocumentation document) {
    requireNonNull(document, "document");
    return accessor.apply(document);
  }

  /**
   * Returns whether the item is answered in a document: present and not blank or empty. {@code N/A} counts as an
   * answer here; whether it is an allowed one is a validator's question.
   *
   * @param document the document, not null
   * @return true if answered
   */
  public boolean isAnsweredIn(ModelDocumentation document) {
    requireNonNull(document, "document");
    return isAnswered(valueIn(document));
  }

  /**
   * Returns whether the document answers the item with {@code N/A} (including {@code N/A} for every maximum size).
   *
   * @param document the document, not null
   * @return true for an {@code N/A} answer
   */
  public boolean isNotApplicableIn(ModelDocumentation document) {
    requireNonNull(document, "document");
    Object v = valueIn(document);
    if (v instanceof Applicable<?> a) {
      return a.isNotApplicable();
    }
    if (v instanceof List<?> list && !list.isEmpty()
        && list.stream().allMatch(e -> e instanceof MaximumSize m && m.size().isNotApplicable())) {
      return true;
    }
    return v instanceof String s && s.strip().equalsIgnoreCase(Applicable.NOT_APPLICABLE_TEXT);
  }

  static boolean isAnswered(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Applicable.Given<?> g) {
      return isAnswered(g.get());
    }
    if (value instanceof String s) {
      return !s.isBlank();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof ModalitySelection m) {
      return !m.isEmpty();
    }
    if (value instanceof ProvenanceSelection p) {
      return !p.isEmpty();
    }
    if (value instanceof DataPoints p) {
      return !p.isEmpty();
    }
    if (value instanceof ModelName n) {
      return n.identifier() != null && !n.identifier().isBlank();
    }
    if (value instanceof TrainingTime t) {
      return t.wallClockDays() != null || !t.hardwareDays().isEmpty();
    }
    if (value instanceof TrainingTimeEstimate t) {
      return t.range() != null;
    }
    return true;
  }

  /**
   * Looks up an item by its identifier, such as {@code MDF-7.2b}.
   *
   * @param id the identifier, not null
   * @return the item
   * @throws IllegalArgumentException if no item has that identifier
   */
  public static MdfItem byId(String id) {
    requireNonNull(id, "id");
    MdfItem item = BY_ID.get(id);
    if (item == null) {
      throw new IllegalArgumentException("No Model Documentation Form item '" + id + "'; identifiers run from "
          + "MDF-0.1 to MDF-8.4, such as MDF-2.5a");
    }
    return item;
  }

  /**
   * Returns the items the form routes to a recipient, in form order.
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
    return Arrays.stream(values()).filter(i -> i.annexItems.contains(annexItem)).toList();
  }

  /**
   * Returns the items of a section, in form order.
   *
   * @param section the section, not null
   * @return an unmodifiable list
   */
  public static List<MdfItem> inSection(MdfSection section) {
    requireNonNull(section, "section");
    return Arrays.stream(values()).filter(i -> i.section == section).toList();
  }
}
