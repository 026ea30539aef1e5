package io.github.gpai4j.evaluation.crossdoc;

import static java.util.Objects.requireNonNull;

import io.github.gpai4j.core.LegalBasis;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.CoveredModel;
import io.github.gpai4j.core.copyright.WebCrawler;
import io.github.gpai4j.core.data.DataSourceKind;
import io.github.gpai4j.core.data.Dataset;
import io.github.gpai4j.core.documentation.DataProvenance;
import io.github.gpai4j.core.documentation.ModelDocumentation;
import io.github.gpai4j.core.documentation.ModelName;
import io.github.gpai4j.core.documentation.ProvenanceSelection;
import io.github.gpai4j.core.summary.Crawler;
import io.github.gpai4j.core.summary.TrainingContentSummary;
import io.github.gpai4j.core.validation.Finding;
import io.github.gpai4j.core.validation.JsonPointer;
import io.github.gpai4j.core.validation.MessageSource;
import io.github.gpai4j.core.validation.RelatedLocation;
import io.github.gpai4j.core.validation.Rule;
import io.github.gpai4j.core.validation.RuleCatalogue;
import io.github.gpai4j.core.validation.Severity;
import io.github.gpai4j.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the documents a provider keeps about a model under Art.&nbsp;53(1) of Regulation (EU) 2024/1689 agree:
 * the Model Documentation Form, the public summary of training content and the copyright policy name the same
 * provider ({@code XDOC-PROVIDER}); the model of the form and every model of the summary are among the models the
 * others name ({@code XDOC-MODEL}); every crawler of the summary is in the policy and every crawler of the policy in
 * the summary ({@code XDOC-CRAWLER}); the form's data-provenance check-boxes (MDF-6.2) agree with the summary's
 * yes/no answers on data sources ({@code XDOC-PROVENANCE-SELECTED}, {@code XDOC-PROVENANCE-UNSELECTED}) and no
 * dataset the form lists comes from a source the summary says was not used ({@code XDOC-DATASET}).
 *
 * <p>Each mismatch is reported once, in the report of one document (the form before the summary before the policy,
 * or the document that names the fact that the other lacks), with the JSON Pointer of the same fact in the other
 * document as a {@link RelatedLocation} that carries the other document's name. A fact that a document does not
 * state is not compared: the document's own validator reports it missing. Names are compared without regard to case
 * and surrounding or repeated white space.
 *
 * <p>Instances are immutable and thread-safe; validation never throws because of document content, and its cost is
 * linear in the size of the documents.
 *
 * @since 0.3.0
 */
public final class CrossDocumentValidator {

  private static final MessageSource MESSAGES = MessageSource.ofBundle(locale -> ResourceBundle.getBundle(
      "io.github.gpai4j.evaluation.crossdoc.messages", locale));
  private static final List<LegalBasis> ART_53_1 = List.of(LegalBasis.article(53, "1"));

  static final Rule PROVIDER = rule("XDOC-PROVIDER", "xdoc.provider",
      "The Model Documentation Form, the summary of training content and the copyright policy name the same provider.");
  static final Rule MODEL = rule("XDOC-MODEL", "xdoc.model",
      "The model of the Model Documentation Form and the models of the summary are among the models the other "
          + "documents name.");
  static final Rule CRAWLER = rule("XDOC-CRAWLER", "xdoc.crawler",
      "Every crawler of the summary of training content is in the copyright policy, and the reverse.");
  static final Rule PROVENANCE_SELECTED = rule("XDOC-PROVENANCE-SELECTED", "xdoc.provenance.selected",
      "A source of training data ticked in the Model Documentation Form is not answered no in the summary.");
  static final Rule PROVENANCE_UNSELECTED = rule("XDOC-PROVENANCE-UNSELECTED", "xdoc.provenance.unselected",
      "A source of training data answered yes in the summary is ticked in the Model Documentation Form.");
  static final Rule DATASET = rule("XDOC-DATASET", "xdoc.dataset",
      "No dataset listed in the Model Documentation Form comes from a source the summary says was not used.");

  private static final List<Rule> RULES = RuleCatalogue.of("Cross-document checks",
      List.of(PROVIDER, MODEL, CRAWLER, PROVENANCE_SELECTED, PROVENANCE_UNSELECTED, DATASET)).all();

  private static final CrossDocumentValidator INSTANCE = new CrossDocumentValidator();

  /** The summary's answer to each data-source question: pointer and answer. */
  private record Source(String pointer, Function<TrainingContentSummary, @Nullable Boolean> answer) {}

  private static final Source PUBLIC = new Source("/dataSources/publicDatasets/used",
      s -> s.dataSources().publicDatasets().used());
  private static final Source LICENSED = new Source("/dataSources/licensedData/used",
      s -> s.dataSources().licensedData().used());
  private static final Source PRIVATE = new Source("/dataSources/privateDatasets/used",
      s -> s.dataSources().privateDatasets().used());
  private static final Source CRAWLED = new Source("/dataSources/crawledData/used",
      s -> s.dataSources().crawledData().used());
  private static final Source USER = new Source("/dataSources/userData", s -> s.dataSources().userData().used());
  private static final Source SYNTHETIC = new Source("/dataSources/syntheticData/used",
      s -> s.dataSources().syntheticData().used());
  private static final Source OTHER = new Source("/dataSources/otherData/used",
      s -> s.dataSources().otherData().used());

  private CrossDocumentValidator() {}

  private static Rule rule(String id, String key, String description) {
    return new Rule(id, Severity.ERROR, ART_53_1, List.of(), key, description, MESSAGES);
  }

  /**
   * Returns the validator.
   *
   * @return the validator
   */
  public static CrossDocumentValidator create() {
    return INSTANCE;
  }

  /**
   * Returns the rules this validator applies, ordered by id.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return RULES;
  }

  /**
   * Returns whether the documents include at least two of the three kinds this validator compares (Model
   * Documentation Form, summary of training content, copyright policy).
   *
   * @param documents the documents, not null
   * @return true if there is something to compare
   */
  public boolean relates(List<NamedDocument> documents) {
    requireNonNull(documents, "documents");
    int kinds = 0;
    kinds += documents.stream().anyMatch(d -> d.document() instanceof ModelDocumentation) ? 1 : 0;
    kinds += documents.stream().anyMatch(d -> d.document() instanceof TrainingContentSummary) ? 1 : 0;
    kinds += documents.stream().anyMatch(d -> d.document() instanceof CopyrightPolicy) ? 1 : 0;
    return kinds >= 2;
  }

  /**
   * Compares the documents and returns, for each document by name, the mismatches located in it, with related
   * locations in the others; in the order the documents are given.
   *
   * @param documents the documents, with distinct names, not null
   * @return the reports, one per document (empty for a document with no mismatch), unmodifiable
   * @throws IllegalArgumentException if two documents have the same name
   */
  public Map<String, ValidationReport> validate(List<NamedDocument> documents) {
    requireNonNull(documents, "documents");
    Map<String, List<Finding>> found = new LinkedHashMap<>();
    for (NamedDocument d : documents) {
      if (found.put(d.name(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("Two documents are named " + d.name());
      }
    }
    List<NamedDocument> forms = of(documents, ModelDocumentation.class);
    List<NamedDocument> summaries = of(documents, TrainingContentSummary.class);
    List<NamedDocument> policies = of(documents, CopyrightPolicy.class);
    providers(documents, found);
    for (NamedDocument f : forms) {
      for (NamedDocument s : summaries) {
        formAgainstSummary(f, s, found);
      }
      for (NamedDocument p : policies) {
        modelsNamed(f, formModels((ModelDocumentation) f.document()), "/generalInformation/modelName", p,
            policyModels((CopyrightPolicy) p.document()), "/document/models", found, true);
      }
    }
    for (NamedDocument s : summaries) {
      for (NamedDocument p : policies) {
        summaryAgainstPolicy(s, p, found);
      }
    }
    Map<String, ValidationReport> reports = new LinkedHashMap<>();
    found.forEach((name, list) -> reports.put(name, ValidationReport.of(list)));
    return Collections.unmodifiableMap(reports);
  }

  private static List<NamedDocument> of(List<NamedDocument> documents, Class<?> type) {
    return documents.stream().filter(d -> type.isInstance(d.document())).toList();
  }

  static String normalise(@Nullable String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static @Nullable String provider(NamedDocument d) {
    if (d.document() instanceof ModelDocumentation m) {
      return m.generalInformation().providerLegalName();
    }
    if (d.document() instanceof TrainingContentSummary s) {
      return s.provider().provider() == null ? null : s.provider().provider().name();
    }
    if (d.document() instanceof CopyrightPolicy p) {
      return p.document().provider();
    }
    return null;
  }

  private static String providerPointer(NamedDocument d) {
    if (d.document() instanceof ModelDocumentation) {
      return "/generalInformation/providerLegalName";
    }
    return d.document() instanceof TrainingContentSummary ? "/provider/provider/name" : "/document/provider";
  }

  /** Every document's provider against the first document that names one. */
  private static void providers(List<NamedDocument> documents, Map<String, List<Finding>> found) {
    NamedDocument first = null;
    for (NamedDocument d : documents) {
      String name = provider(d);
      if (name == null || name.isBlank()) {
        continue;
      }
      if (first == null) {
        first = d;
      } else if (!normalise(name).equals(normalise(provider(first)))) {
        found.get(d.name()).add(PROVIDER.finding(JsonPointer.parse(providerPointer(d)), name, provider(first),
            first.name()).withRelated(List.of(new RelatedLocation(first.name(),
                JsonPointer.parse(providerPointer(first))))));
      }
    }
  }

  private static List<String> formModels(ModelDocumentation m) {
    ModelName name = m.generalInformation().modelName();
    if (name == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    if (name.identifier() != null && !name.identifier().isBlank()) {
      names.add(name.identifier());
    }
    names.addAll(name.versions());
    return names;
  }

  private static List<String> policyModels(CopyrightPolicy p) {
    return p.document().models().stream().map(CoveredModel::name).toList();
  }

  /**
   * The model named by {@code a} (any of its names, for the form) appears among the names of {@code b}; with
   * {@code any}, one match of any of a's names suffices (the form names one model by identifier and versions),
   * else each of a's names must appear.
   */
  private static void modelsNamed(NamedDocument a, List<String> aNames, String aPointer, NamedDocument b,
      List<String> bNames, String bPointer, Map<String, List<Finding>> found, boolean any) {
    if (aNames.isEmpty() || bNames.isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    for (String n : bNames) {
      known.add(normalise(n));
    }
    RelatedLocation there = new RelatedLocation(b.name(), JsonPointer.parse(bPointer));
    if (any) {
      for (String n : aNames) {
        if (known.contains(normalise(n))) {
          return;
        }
      }
      found.get(a.name()).add(MODEL.finding(JsonPointer.parse(aPointer), aNames.get(0), b.name())
          .withRelated(List.of(there)));
      return;
    }
    for (int i = 0; i < aNames.size(); i++) {
      if (!known.contains(normalise(aNames.get(i)))) {
        found.get(a.name()).add(MODEL.finding(JsonPointer.parse(aPointer).append(i), aNames.get(i), b.name())
            .withRelated(List.of(there)));
      }
    }
  }

  private static void formAgainstSummary(NamedDocument f, NamedDocument s, Map<String, List<Finding>> found) {
    ModelDocumentation form = (ModelDocumentation) f.document();
    TrainingContentSummary summary = (TrainingContentSummary) s.document();
    modelsNamed(f, formModels(form), "/generalInformation/modelName", s, summary.model().names(), "/model/names",
        found, true);
    ProvenanceSelection provenance = form.trainingData().provenance();
    if (provenance != null && !provenance.isEmpty()) {
      Set<DataProvenance> ticked = EnumSet.noneOf(DataProvenance.class);
      ticked.addAll(provenance.selected());
      compare(f, s, summary, ticked.contains(DataProvenance.WEB_CRAWLING), DataProvenance.WEB_CRAWLING, provenance,
          List.of(CRAWLED), found);
      compare(f, s, summary, ticked.contains(DataProvenance.PUBLICLY_AVAILABLE_DATASETS),
          DataProvenance.PUBLICLY_AVAILABLE_DATASETS, provenance, List.of(PUBLIC), found);
      compare(f, s, summary, ticked.contains(DataProvenance.PRIVATE_THIRD_PARTY_DATASETS),
          DataProvenance.PRIVATE_THIRD_PARTY_DATASETS, provenance, List.of(LICENSED, PRIVATE), found);
      compare(f, s, summary, ticked.contains(DataProvenance.USER_DATA), DataProvenance.USER_DATA, provenance,
          List.of(USER), found);
      compare(f, s, summary, ticked.contains(DataProvenance.NON_PUBLIC_SYNTHETIC_DATA),
          DataProvenance.NON_PUBLIC_SYNTHETIC_DATA, provenance, List.of(SYNTHETIC), found);
      boolean other = ticked.contains(DataProvenance.OTHER_MEANS) || ticked.contains(DataProvenance.OTHER);
      compare(f, s, summary, other, ticked.contains(DataProvenance.OTHER_MEANS) || !ticked.contains(
          DataProvenance.OTHER) ? DataProvenance.OTHER_MEANS : DataProvenance.OTHER, provenance, List.of(OTHER),
          found);
    }
    List<Dataset> datasets = form.trainingData().datasets();
    for (int i = 0; i < datasets.size(); i++) {
      Dataset d = datasets.get(i);
      Source source = d.kind() == null ? null : source(d.kind());
      if (source != null && Boolean.FALSE.equals(source.answer().apply(summary))) {
        found.get(f.name()).add(DATASET.finding(JsonPointer.parse("/trainingData/datasets").append(i), d.name(),
            d.kind().name(), s.name()).withRelated(List.of(new RelatedLocation(s.name(),
                JsonPointer.parse(source.pointer())))));
      }
    }
  }

  private static Source source(DataSourceKind kind) {
    return switch (kind) {
      case PUBLIC -> PUBLIC;
      case LICENSED -> LICENSED;
      case PRIVATE_THIRD_PARTY -> PRIVATE;
      case CRAWLED -> CRAWLED;
      case USER_DATA -> USER;
      case SYNTHETIC -> SYNTHETIC;
      case OTHER -> OTHER;
    };
  }

  /**
   * One provenance box against its summary questions: ticked but every question answered no, or not ticked but a
   * question answered yes. An unanswered question is not compared.
   */
  private static void compare(NamedDocument f, NamedDocument s, TrainingContentSummary summary, boolean ticked,
      DataProvenance box, ProvenanceSelection provenance, List<Source> sources, Map<String, List<Finding>> found) {
    if (ticked) {
      boolean allNo = true;
      for (Source src : sources) {
        allNo &= Boolean.FALSE.equals(src.answer().apply(summary));
      }
      if (allNo) {
        int index = provenance.selected().indexOf(box);
        JsonPointer at = JsonPointer.parse("/trainingData/provenance");
        found.get(f.name()).add(PROVENANCE_SELECTED.finding(index < 0 ? at : at.append("selected").append(index),
            box.name(), s.name()).withRelated(related(s, sources)));
      }
      return;
    }
    for (Source src : sources) {
      if (Boolean.TRUE.equals(src.answer().apply(summary))) {
        found.get(f.name()).add(PROVENANCE_UNSELECTED.finding(JsonPointer.parse("/trainingData/provenance"),
            box.name(), s.name()).withRelated(List.of(new RelatedLocation(s.name(), JsonPointer.parse(src.pointer())))));
        return;
      }
    }
  }

  private static List<RelatedLocation> related(NamedDocument s, List<Source> sources) {
    List<RelatedLocation> list = new ArrayList<>();
    for (Source src : sources) {
      list.add(new RelatedLocation(s.name(), JsonPointer.parse(src.pointer())));
    }
    return list;
  }

  private static void summaryAgainstPolicy(NamedDocument s, NamedDocument p, Map<String, List<Finding>> found) {
    TrainingContentSummary summary = (TrainingContentSummary) s.document();
    CopyrightPolicy policy = (CopyrightPolicy) p.document();
    modelsNamed(s, summary.model().names(), "/model/names", p, policyModels(policy), "/document/models", found,
        false);
    List<WebCrawler> policyCrawlers = policy.reservations().crawlers();
    if (policyCrawlers == null || !Boolean.TRUE.equals(summary.dataSources().crawledData().used())) {
      return;
    }
    List<Crawler> summaryCrawlers = summary.dataSources().crawledData().crawlers();
    Set<String> inPolicy = new HashSet<>();
    for (WebCrawler c : policyCrawlers) {
      inPolicy.add(c.key());
    }
    Set<String> inSummary = new HashSet<>();
    for (Crawler c : summaryCrawlers) {
      inSummary.add(c.key());
    }
    JsonPointer summaryAt = JsonPointer.parse("/dataSources/crawledData/crawlers");
    JsonPointer policyAt = JsonPointer.parse("/reservations/crawlers");
    for (int i = 0; i < summaryCrawlers.size(); i++) {
      if (!inPolicy.contains(summaryCrawlers.get(i).key())) {
        found.get(s.name()).add(CRAWLER.finding(summaryAt.append(i), summaryCrawlers.get(i).name(), p.name())
            .withRelated(List.of(new RelatedLocation(p.name(), policyAt))));
      }
    }
    for (int i = 0; i < policyCrawlers.size(); i++) {
      if (!inSummary.contains(policyCrawlers.get(i).key())) {
        found.get(p.name()).add(CRAWLER.finding(policyAt.append(i), policyCrawlers.get(i).userAgent(), s.name())
            .withRelated(List.of(new RelatedLocation(s.name(), summaryAt))));
      }
    }
  }
}
