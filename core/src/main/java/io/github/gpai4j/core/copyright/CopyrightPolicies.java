package io.github.gpai4j.core.copyright;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypeProvider;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormTable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code copyright-policy} document type: the Code of Practice's Copyright chapter (final, 10 July 2025),
 * Measures 1.1 to 1.5, as a form table bound to {@link CopyrightPolicy} and contributed to the
 * {@linkplain io.github.gpai4j.core.form.DocumentTypes registry}.
 *
 * <p>Every item goes to {@link io.github.gpai4j.core.Recipient#PUBLIC}: rightsholders are the policy's audience
 * (its crawler information, point of contact and complaint mechanism are public by the Code's own terms). An item
 * of a measure that the policy {@linkplain CopyrightPolicy#justifies justifies} not implementing counts as answered;
 * so does a follow-up item that is not asked (crawler information without crawlers, search-engine indexing without
 * a search engine, the open-source documentation alert for a model that is not open source).
 *
 * @since 0.3.0
 */
public final class CopyrightPolicies implements DocumentTypeProvider {

  /** The version id of the final Code's Copyright chapter. */
  public static final String VERSION = "cop-final-2025-07";

  /** The Copyright chapter of 10 July 2025 bound to {@link CopyrightPolicy}. */
  public static final Form<CopyrightPolicy> CODE_2025_07 = form();

  private static final List<String> SAMPLES = List.of("copyright-policy-complete.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public CopyrightPolicies() {
    // stateless
  }

  private static Form<CopyrightPolicy> form() {
    String name = "forms/copyright-policy-" + VERSION + ".tsv";
    InputStream in = CopyrightPolicies.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new java.io.FileNotFoundException("Form table " + name + " is not bundled"));
    }
    FormTable table = FormTable.read(name, in, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.core.copyright.labels_cop_final_2025_07", locale));
    return Form.<CopyrightPolicy>bind(table)
        .item("CP-0.1", CopyrightPolicy::policyVersion)
        .item("CP-0.2", CopyrightPolicy::lastUpdated)
        .item("CP-1.1a", measure("1.1", p -> p.document().provider()))
        .item("CP-1.1b", measure("1.1", p -> p.document().models()))
        .item("CP-1.1c", measure("1.1", p -> p.document().singleDocument()))
        .item("CP-1.1d", measure("1.1", p -> p.document().responsibilities()))
        .item("CP-1.2a", measure("1.2", p -> p.lawfulAccess().technologicalMeasuresRespected()))
        .item("CP-1.2b", measure("1.2", p -> p.lawfulAccess().infringingSiteLists()))
        .item("CP-1.2c", measure("1.2", p -> p.lawfulAccess().infringingSitesExcluded()))
        .item("CP-1.3a", measure("1.3", p -> p.reservations().crawlers()))
        .item("CP-1.3b", measure("1.3", askedIf(CopyrightPolicies::crawls,
            p -> p.reservations().crawlerInformationLink())))
        .item("CP-1.3c", measure("1.3", askedIf(CopyrightPolicies::crawls, p -> p.reservations().updateFeedLink())))
        .item("CP-1.3d", measure("1.3", p -> p.reservations().operatesSearchEngine()))
        .item("CP-1.3e", measure("1.3", askedIf(p -> !Boolean.FALSE.equals(p.reservations().operatesSearchEngine()),
            p -> p.reservations().searchIndexingUnaffected())))
        .item("CP-1.4a", measure("1.4", p -> p.outputs().safeguards()))
        .item("CP-1.4b", measure("1.4", p -> p.outputs().infringingUsesProhibited()))
        .item("CP-1.4c", measure("1.4", askedIf(p -> !Boolean.FALSE.equals(p.outputs().openSource()),
            p -> p.outputs().openSourceDocumentationAlert())))
        .item("CP-1.5a", measure("1.5", p -> p.complaints().contactPoint()))
        .item("CP-1.5b", measure("1.5", p -> p.complaints().complaintMechanism()))
        .build();
  }

  /** Crawls unless it says it has no crawler; an unanswered crawler list leaves the follow-ups asked. */
  private static boolean crawls(CopyrightPolicy p) {
    List<WebCrawler> crawlers = p.reservations().crawlers();
    return crawlers == null || !crawlers.isEmpty();
  }

  private static Function<CopyrightPolicy, @Nullable Object> measure(String measure,
      Function<CopyrightPolicy, @Nullable Object> answer) {
    return p -> p.justifies(measure) ? Justified.BY_JUSTIFICATION : answer.apply(p);
  }

  private static Function<CopyrightPolicy, @Nullable Object> askedIf(Predicate<CopyrightPolicy> asked,
      Function<CopyrightPolicy, @Nullable Object> answer) {
    return p -> asked.test(p) ? answer.apply(p) : Justified.NOT_ASKED;
  }

  /**
   * Returns whether an item of a policy counts as answered by a justification of its measure or is not asked.
   *
   * @param itemId the item id, such as {@code CP-1.3b}, not null
   * @param policy the policy, not null
   * @return true if the item is justified or not asked
   * @throws IllegalArgumentException if the table has no such item
   */
  public static boolean isJustifiedOrNotAsked(String itemId, CopyrightPolicy policy) {
    java.util.Objects.requireNonNull(itemId, "itemId");
    java.util.Objects.requireNonNull(policy, "policy");
    return CODE_2025_07.valueIn(CODE_2025_07.table().item(itemId), policy) instanceof Justified;
  }

  private static @Nullable InputStream sample(String name) {
    return CopyrightPolicies.class.getResourceAsStream("samples/" + name);
  }

  /**
   * Returns the one version of the {@code copyright-policy} type.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(CopyrightPolicy.DOCUMENT_TYPE, VERSION, null, true, CopyrightPolicy.class,
        CODE_2025_07, SAMPLES, CopyrightPolicies::sample));
  }
}
