package io.github.gpai4j.core.documentation;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.DataSize;
import io.github.gpai4j.core.ParameterCount;
import io.github.gpai4j.core.Quantities;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Derives the form's coarse items from its precise ones, with the same functions the consistency rules check them
 * with, so that a derived answer is never reported as inconsistent: the parameter range (MDF-2.5b) from the count
 * (MDF-2.5a, {@link ParameterRange#of}), the training-time range (MDF-7.1a) from the wall-clock days (MDF-7.1b,
 * {@link TrainingTimeRange#of}), the compute order of magnitude (MDF-7.2a) from the precise compute (MDF-7.2b,
 * {@link ComputeAmount#toOrderOfMagnitude()}) and the data points to one significant figure (MDF-6.4a) from the
 * two-figure ones (MDF-6.4b, {@link Quantities#roundToFigures}).
 *
 * <p>Only missing coarse items are filled; an answer the provider gave is never replaced. Variants are derived
 * one by one.
 *
 * @since 0.3.0
 */
public final class CoarseItems {

  private CoarseItems() {}

  /**
   * Returns the document with every missing coarse item that a precise item allows derived, in the document and in
   * each variant.
   *
   * @param document the document, not null
   * @return the completed document (this document if nothing could be derived)
   */
  public static ModelDocumentation derive(ModelDocumentation document) {
    requireNonNull(document, "document");
    ModelDocumentation d = document
        .withModelProperties(derive(document.modelProperties()))
        .withComputationalResources(derive(document.computationalResources()))
        .withTrainingData(derive(document.trainingData()));
    if (d.variants().isEmpty()) {
      return d;
    }
    List<ModelVariant> variants = new ArrayList<>();
    for (ModelVariant v : d.variants()) {
      ModelProperties mp = v.modelProperties();
      ComputationalResources cr = v.computationalResources();
      TrainingData td = v.trainingData();
      variants.add(v
          .withModelProperties(mp == null ? null : derive(mp))
          .withComputationalResources(cr == null ? null : derive(cr))
          .withTrainingData(td == null ? null : derive(td)));
    }
    return d.withVariants(variants);
  }

  /**
   * Derives the parameter range (MDF-2.5b) from the count (MDF-2.5a) when the range is missing.
   *
   * @param properties the section, not null
   * @return the section, completed where possible
   */
  public static ModelProperties derive(ModelProperties properties) {
    requireNonNull(properties, "properties");
    ParameterCount count = properties.parameterCount();
    if (properties.parameterRange() != null || count == null || count.amount().signum() <= 0
        || count.amount().compareTo(java.math.BigDecimal.ONE) < 0) {
      return properties;
    }
    return properties.withParameterRange(ParameterRange.of(count.amount()));
  }

  /**
   * Derives the training-time range (MDF-7.1a) from the wall-clock days (MDF-7.1b) and the compute order of
   * magnitude (MDF-7.2a) from the precise compute (MDF-7.2b), where missing.
   *
   * @param resources the section, not null
   * @return the section, completed where possible
   */
  public static ComputationalResources derive(ComputationalResources resources) {
    requireNonNull(resources, "resources");
    ComputationalResources r = resources;
    TrainingTime time = r.trainingTime();
    TrainingTimeEstimate estimate = r.trainingTimeRange();
    if ((estimate == null || estimate.range() == null) && time != null && time.wallClockDays() != null
        && time.wallClockDays().signum() > 0) {
      r = r.withTrainingTimeRange(new TrainingTimeEstimate(
          estimate != null ? estimate.measuredPeriod() : time.measuredPeriod(),
          TrainingTimeRange.of(time.wallClockDays())));
    }
    ComputeAmount precise = r.trainingCompute();
    if (r.trainingComputeOrderOfMagnitude() == null && precise != null && precise.amount().signum() > 0) {
      r = r.withTrainingComputeOrderOfMagnitude(precise.toOrderOfMagnitude());
    }
    return r;
  }

  /**
   * Derives the data points to one significant figure (MDF-6.4a) from the precise ones (MDF-6.4b) where missing.
   *
   * @param data the section, not null
   * @return the section, completed where possible
   */
  public static TrainingData derive(TrainingData data) {
    requireNonNull(data, "data");
    DataPoints precise = data.dataPoints();
    if (data.dataPointsApproximate() != null || precise == null || precise.isEmpty()) {
      return data;
    }
    return data.withDataPointsApproximate(new DataPoints(oneFigure(precise.training()),
        oneFigure(precise.testing()), oneFigure(precise.validation())));
  }

  private static @Nullable DataSize oneFigure(@Nullable DataSize size) {
    return size == null ? null
        : new DataSize(Quantities.roundToFigures(size.amount(), 1), size.unit(), size.unitDefinition());
  }
}
