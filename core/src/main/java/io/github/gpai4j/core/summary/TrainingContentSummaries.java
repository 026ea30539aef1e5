package io.github.gpai4j.core.summary;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypeProvider;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormTable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code training-content-summary} document type: the Commission's template for the public summary of
 * training content (Art.&nbsp;53(1)(d); C(2025) 5235 of 24 July 2025) as a form table bound to
 * {@link TrainingContentSummary}, contributed to the {@linkplain io.github.gpai4j.core.form.DocumentTypes registry}.
 *
 * <p>Every item goes to {@link io.github.gpai4j.core.Recipient#PUBLIC}. The follow-up items of a yes/no question of
 * section 2 are asked only when the question is answered yes, and the authorised representative (TCS-1.1b) only
 * when the provider says it is not established in the Union; where an item is not asked, its answer is a value
 * that counts as answered, so that completeness and the required-item rules follow the template's conditions
 * without a rule of their own. An unanswered question leaves its follow-up items asked.
 *
 * @since 0.3.0
 */
public final class TrainingContentSummaries implements DocumentTypeProvider {

  /** The version id of the July 2025 template. */
  public static final String VERSION = "template-2025-07";

  /** The template of 24 July 2025 bound to {@link TrainingContentSummary}. */
  public static final Form<TrainingContentSummary> TEMPLATE = template();

  /** The bundled samples. */
  private static final List<String> SAMPLES = List.of("training-content-summary-complete.json",
      "training-content-summary-draft.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public TrainingContentSummaries() {
    // stateless
  }

  private static Form<TrainingContentSummary> template() {
    String name = "forms/training-content-summary-" + VERSION + ".tsv";
    InputStream in = TrainingContentSummaries.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("Form table " + name + " is not bundled"));
    }
    FormTable table = FormTable.read(name, in, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.core.summary.labels_template_2025_07", locale));
    return Form.<TrainingContentSummary>bind(table)
        .item("TCS-0.1", TrainingContentSummary::summaryVersion)
        .item("TCS-0.2", TrainingContentSummary::lastUpdated)
        .item("TCS-1.1a", s -> s.provider().provider())
        .item("TCS-1.1b", s -> Boolean.TRUE.equals(s.provider().establishedInUnion()) ? NotAsked.INSTANCE
            : s.provider().authorisedRepresentative())
        .item("TCS-1.2a", s -> s.model().names())
        .item("TCS-1.2b", s -> s.model().dependencies())
        .item("TCS-1.2c", s -> s.model().placementDate())
        .item("TCS-1.3a", s -> s.trainingData().modalities())
        .item("TCS-1.3b", s -> s.trainingData().latestAcquisition())
        .item("TCS-1.3c", s -> s.trainingData().continuousTraining())
        .item("TCS-1.3d", s -> s.trainingData().languages())
        .item("TCS-1.3e", s -> s.trainingData().otherCharacteristics())
        .item("TCS-2.1a", s -> s.dataSources().publicDatasets().used())
        .item("TCS-2.1b", ifUsed(s -> s.dataSources().publicDatasets().used(),
            s -> s.dataSources().publicDatasets().modalities()))
        .item("TCS-2.1c", ifUsed(s -> s.dataSources().publicDatasets().used(),
            s -> s.dataSources().publicDatasets().largeDatasets()))
        .item("TCS-2.2.1a", s -> s.dataSources().licensedData().used())
        .item("TCS-2.2.1b", ifUsed(s -> s.dataSources().licensedData().used(),
            s -> s.dataSources().licensedData().modalities()))
        .item("TCS-2.2.2a", s -> s.dataSources().privateDatasets().used())
        .item("TCS-2.2.2b", ifUsed(s -> s.dataSources().privateDatasets().used(),
            s -> s.dataSources().privateDatasets().modalities()))
        .item("TCS-2.2.2c", ifUsed(s -> s.dataSources().privateDatasets().used(),
            s -> s.dataSources().privateDatasets().otherDatasets()))
        .item("TCS-2.3a", s -> s.dataSources().crawledData().used())
        .item("TCS-2.3b", ifUsed(TrainingContentSummaries::crawled, s -> s.dataSources().crawledData().crawlers()))
        .item("TCS-2.3c", ifUsed(TrainingContentSummaries::crawled, s -> s.dataSources().crawledData().behaviour()))
        .item("TCS-2.3d", ifUsed(TrainingContentSummaries::crawled,
            s -> s.dataSources().crawledData().collectionPeriod()))
        .item("TCS-2.3e", ifUsed(TrainingContentSummaries::crawled,
            s -> s.dataSources().crawledData().contentDescription()))
        .item("TCS-2.3f", ifUsed(TrainingContentSummaries::crawled, s -> s.dataSources().crawledData().modalities()))
        .item("TCS-2.3g", ifUsed(TrainingContentSummaries::crawled, s -> s.dataSources().crawledData().topDomains()))
        .item("TCS-2.4a", s -> s.dataSources().userData().fromModelInteractions())
        .item("TCS-2.4b", s -> s.dataSources().userData().fromOtherServices())
        .item("TCS-2.4c", ifUsed(s -> s.dataSources().userData().used(),
            s -> s.dataSources().userData().servicesDescription()))
        .item("TCS-2.4d", ifUsed(s -> s.dataSources().userData().used(),
            s -> s.dataSources().userData().modalities()))
        .item("TCS-2.5a", s -> s.dataSources().syntheticData().used())
        .item("TCS-2.5b", ifUsed(s -> s.dataSources().syntheticData().used(),
            s -> s.dataSources().syntheticData().modalities()))
        .item("TCS-2.5c", ifUsed(s -> s.dataSources().syntheticData().used(),
            s -> s.dataSources().syntheticData().generatingModels()))
        .item("TCS-2.6a", s -> s.dataSources().otherData().used())
        .item("TCS-2.6b", ifUsed(s -> s.dataSources().otherData().used(),
            s -> s.dataSources().otherData().description()))
        .item("TCS-3.1a", s -> s.dataProcessing().codeSignatory())
        .item("TCS-3.1b", s -> s.dataProcessing().reservationMeasures())
        .item("TCS-3.2", s -> s.dataProcessing().illegalContentMeasures())
        .build();
  }

  private static @Nullable Boolean crawled(TrainingContentSummary s) {
    return s.dataSources().crawledData().used();
  }

  /** A follow-up item: not asked when its question is answered no, else the answer itself. */
  private static Function<TrainingContentSummary, @Nullable Object> ifUsed(
      Function<TrainingContentSummary, @Nullable Boolean> question,
      Function<TrainingContentSummary, @Nullable Object> answer) {
    return s -> Boolean.FALSE.equals(question.apply(s)) ? NotAsked.INSTANCE : answer.apply(s);
  }

  /**
   * Returns whether the template asks an item of a summary: false for a follow-up item whose question is answered
   * no and for the authorised representative of a provider established in the Union.
   *
   * @param itemId the item id, such as {@code TCS-2.3g}, not null
   * @param summary the summary, not null
   * @return true if the item is asked
   * @throws IllegalArgumentException if the template has no such item
   */
  public static boolean isAsked(String itemId, TrainingContentSummary summary) {
    java.util.Objects.requireNonNull(itemId, "itemId");
    java.util.Objects.requireNonNull(summary, "summary");
    return TEMPLATE.valueIn(TEMPLATE.table().item(itemId), summary) != NotAsked.INSTANCE;
  }

  private static @Nullable InputStream sample(String name) {
    return TrainingContentSummaries.class.getResourceAsStream("samples/" + name);
  }

  /**
   * Returns the one version of the {@code training-content-summary} type.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(TrainingContentSummary.DOCUMENT_TYPE, VERSION, null, true,
        TrainingContentSummary.class, TEMPLATE, SAMPLES, TrainingContentSummaries::sample));
  }
}
