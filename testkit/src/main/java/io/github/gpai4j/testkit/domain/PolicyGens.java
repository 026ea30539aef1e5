package io.github.gpai4j.testkit.domain;

import io.github.gpai4j.core.copyright.Complaint;
import io.github.gpai4j.core.copyright.ComplaintState;
import io.github.gpai4j.core.copyright.ContactAndComplaints;
import io.github.gpai4j.core.copyright.CopyrightPolicies;
import io.github.gpai4j.core.copyright.CopyrightPolicy;
import io.github.gpai4j.core.copyright.CoveredModel;
import io.github.gpai4j.core.copyright.LawfulAccess;
import io.github.gpai4j.core.copyright.OutputSafeguards;
import io.github.gpai4j.core.copyright.PolicyDocument;
import io.github.gpai4j.core.copyright.ReservationProtocol;
import io.github.gpai4j.core.copyright.Responsibility;
import io.github.gpai4j.core.copyright.RightsReservations;
import io.github.gpai4j.core.copyright.WebCrawler;
import io.github.gpai4j.testkit.Gen;
import io.github.gpai4j.testkit.Gens;
import io.github.gpai4j.testkit.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of copyright policies (Art.&nbsp;53(1)(c) of Regulation (EU) 2024/1689, as the Code of Practice's
 * Copyright chapter details it in Measures 1.1 to 1.5): complete policies valid by construction and mutants that
 * break each rule of the chapter's table.
 *
 * <p>A valid policy covers models placed on the Union market from 2&nbsp;August&nbsp;2025, implements every measure
 * (no justification), names crawlers that follow robots.txt per RFC 9309, state their purpose and honour another
 * reservation protocol, gives an e-mail point of contact, and keeps a consistent complaint register.
 *
 * @since 0.3.0
 */
public final class PolicyGens {

  private PolicyGens() {}

  /**
   * Returns a generator of complete policies that the copyright rules accept without any finding; the provider may
   * or may not crawl, run a search engine or release open-source models.
   *
   * @return the generator
   */
  public static Gen<CopyrightPolicy> validCopyrightPolicy() {
    return source -> policy(source, false);
  }

  /**
   * Returns a generator of complete, valid policies in which every item is asked: the provider crawls, runs a
   * search engine and releases open-source models. Mutants start from these.
   *
   * @return the generator
   */
  public static Gen<CopyrightPolicy> fullCopyrightPolicy() {
    return source -> policy(source, true);
  }

  /**
   * Returns one generator per rule the chapter's table implies ({@code CP-REQ-*}, {@code CP-NA-NOT-ALLOWED}), each
   * making mutants of {@linkplain #fullCopyrightPolicy() full policies} that break exactly that rule.
   *
   * @return the generators, in form order
   */
  public static List<Gen<Mutant<CopyrightPolicy>>> mutants() {
    return FormMutants.of(CopyrightPolicies.CODE_2025_07, CopyrightPolicy.class, fullCopyrightPolicy());
  }

  private static CopyrightPolicy policy(Source s, boolean full) {
    Gen<String> sentence = Gens.sentences();
    LocalDate placed = Gens.localDates(LocalDate.of(2025, 8, 2), LocalDate.of(2026, 11, 30)).generate(s);
    boolean crawls = full || s.chance(0.7);
    List<WebCrawler> crawlers = new ArrayList<>();
    if (crawls) {
      int n = (int) s.choose(1, 3);
      for (int i = 0; i < n; i++) {
        crawlers.add(new WebCrawler("Bot" + i, sentence.generate(s), true,
            List.of(Gens.enums(ReservationProtocol.class).generate(s)), null));
      }
    }
    boolean search = full || s.chance(0.3);
    boolean open = full || s.chance(0.5);
    List<Complaint> complaints = new ArrayList<>();
    int k = (int) s.choose(0, 3);
    for (int i = 0; i < k; i++) {
      LocalDate received = placed.plusDays(s.choose(0, 30));
      ComplaintState state = Gens.enums(ComplaintState.class).generate(s);
      if (state == ComplaintState.DUPLICATE && i == 0) {
        state = ComplaintState.RESOLVED;
      }
      complaints.add(new Complaint("C-" + i, received, state, state.isClosed() ? received.plusDays(s.choose(0, 20))
          : null, state == ComplaintState.DUPLICATE ? "C-0" : null));
    }
    return CopyrightPolicy.builder()
        .policyVersion(s.choose(1, 4) + "." + s.choose(0, 9))
        .lastUpdated(placed)
        .document(PolicyDocument.builder()
            .provider("Provider " + (char) ('A' + s.choose(0, 25)) + " SE")
            .addModels(new CoveredModel("Model-" + s.choose(1, 9), placed))
            .singleDocument(true)
            .addResponsibilities(new Responsibility("Legal", sentence.generate(s)))
            .build())
        .lawfulAccess(LawfulAccess.builder().technologicalMeasuresRespected(true)
            .infringingSiteLists(s.chance(0.5) ? List.of() : List.of("EU-linked lists of authorities"))
            .infringingSitesExcluded(true).build())
        .reservations(RightsReservations.builder().crawlers(crawlers)
            .crawlerInformationLink(crawls ? "https://example.org/bots" : null)
            .updateFeedLink(crawls ? "https://example.org/bots/feed" : null)
            .operatesSearchEngine(search)
            .searchIndexingUnaffected(search ? Boolean.TRUE : null)
            .build())
        .outputs(OutputSafeguards.builder().addSafeguards(sentence.generate(s)).infringingUsesProhibited(true)
            .openSource(open).openSourceDocumentationAlert(open ? Boolean.TRUE : null).build())
        .complaints(ContactAndComplaints.builder().contactPoint("copyright@example.org")
            .complaintMechanism("https://example.org/complaints").complaints(complaints).build())
        .build();
  }
}
