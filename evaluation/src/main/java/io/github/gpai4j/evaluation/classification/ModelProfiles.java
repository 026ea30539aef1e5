package io.github.gpai4j.evaluation.classification;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.Applicable;
import io.github.gpai4j.core.ComputeAmount;
import io.github.gpai4j.core.Modality;
import io.github.gpai4j.core.documentation.GeneralInformation;
import io.github.gpai4j.core.documentation.ModalitySelection;
import io.github.gpai4j.core.documentation.ModelDependency;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Derives a {@link ModelProfile} from a Model Documentation Form, so that the facts the form holds are written once:
 * provider and model name (MDF-1.1, 1.2), release dates (MDF-1.4, 1.5), the model it modifies (MDF-1.6), input and
 * output modalities (MDF-2.3, 2.4, in the one {@link Modality} vocabulary), parameter count (MDF-2.5a), training
 * compute (MDF-7.2b) and licence (MDF-3.2a). The result is a builder: the facts the form does not hold (the
 * compute of the parameter updates, the open-source conditions of Art.&nbsp;53(2), SME status, Commission decisions,
 * notification dates) are the caller's to add.
 *
 * <p>The training compute is taken as an estimate by an {@linkplain EstimationMethod#OTHER unnamed method}: the
 * form's methodology (MDF-7.3) is free text. For a model family, derive the profile of one variant with
 * {@link #from(ModelDocumentation, int)}.
 *
 * @since 0.3.0
 */
public final class ModelProfiles {

  private ModelProfiles() {}

  /**
   * Returns a profile builder filled with what a single-model document says.
   *
   * @param documentation the document, not null
   * @return a new builder; unanswered items leave the profile's defaults
   */
  public static ModelProfile.Builder from(ModelDocumentation documentation) {
    requireNonNull(documentation, "documentation");
    ModelProfile.Builder b = ModelProfile.builder();
    GeneralInformation g = documentation.generalInformation();
    b.providerName(g.providerLegalName());
    b.modelName(g.modelName() == null ? null : g.modelName().identifier());
    b.firstReleaseDate(g.releaseDate());
    b.unionPlacementDate(g.unionMarketReleaseDate());
    if (g.unionMarketReleaseDate() != null) {
      b.placedOnUnionMarket(Fact.YES);
    }
    b.addAllInputModalities(modalities(documentation.modelProperties().inputModalities()));
    b.addAllOutputModalities(modalities(documentation.modelProperties().outputModalities()));
    b.parameterCount(documentation.modelProperties().parameterCount());
    ComputeAmount compute = documentation.computationalResources().trainingCompute();
    if (compute != null && compute.amount().signum() > 0) {
      b.trainingCompute(new ComputeEstimate(compute.amount(), EstimationMethod.OTHER, null, null));
    }
    String base = baseModel(g.modelDependencies());
    if (base != null) {
      b.modification(ModificationFacts.builder().baseModel(base).build());
    }
    String licence = documentation.distributionAndLicences().licence();
    if (licence != null && !licence.isBlank()) {
      b.openSource(OpenSourceFacts.builder().licence(licence).build());
    }
    return b;
  }

  /**
   * Returns a profile builder filled with what a family document says about one of its variants
   * ({@link ModelDocumentation#forVariant(int)}), named after the variant.
   *
   * @param documentation the family document, not null
   * @param variant the variant's index
   * @return a new builder
   * @throws IndexOutOfBoundsException if there is no such variant
   */
  public static ModelProfile.Builder from(ModelDocumentation documentation, int variant) {
    requireNonNull(documentation, "documentation");
    String name = documentation.variants().get(variant).name();
    return from(documentation.forVariant(variant)).modelName(name);
  }

  private static List<Modality> modalities(@Nullable ModalitySelection selection) {
    List<Modality> out = new ArrayList<>();
    if (selection != null) {
      out.addAll(selection.selected());
      if (selection.other() != null && !selection.other().isBlank() && !out.contains(Modality.OTHER)) {
        out.add(Modality.OTHER);
      }
    }
    return out;
  }

  private static @Nullable String baseModel(@Nullable Applicable<List<ModelDependency>> dependencies) {
    if (dependencies == null) {
      return null;
    }
    List<ModelDependency> list = dependencies.value().orElse(List.of());
    if (list.isEmpty()) {
      return null;
    }
    ModelDependency first = list.get(0);
    return first.version() == null ? first.name() : first.name() + " " + first.version();
  }
}
