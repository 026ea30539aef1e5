package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gpai4j.core.Instrument;
import io.github.gpai4j.core.LegalBasis;

/**
 * The eight dimensions along which the first draft of the Code (14 November 2024, Measure 6.2, p. 18) describes
 * the nature of systemic risks, each with example values ({@link #exampleValues()}).
 *
 * <p>The final Code replaced the dimensions with three essential and six contributing characteristics; only
 * velocity and course of events have a close counterpart there.
 *
 * @since 0.1.0
 */
public enum FirstDraftNatureDimension implements TaxonomyEntry {
  /** N1: origin. */
  ORIGIN("N1", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N2: actor(s) driving the risk. */
  ACTORS("N2", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N3: intent. */
  INTENT("N3", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N4: novelty. */
  NOVELTY("N4", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N5: probability-severity ratio. */
  PROBABILITY_SEVERITY_RATIO("N5", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N6: velocity at which the risk materialises. */
  VELOCITY("N6", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N7: visibility of the risk while it materialises. */
  VISIBILITY("N7", "18", Provenance.CONFIRMED_PRIMARY, ""),
  /** N8: course of events. */
  COURSE_OF_EVENTS("N8", "18", Provenance.CONFIRMED_PRIMARY, "");

  private final String draftItem;
  private final String page;
  private final Provenance provenance;
  private final String corroboration;

  FirstDraftNatureDimension(String draftItem, String page, Provenance provenance, String corroboration) {
    this.draftItem = draftItem;
    this.page = page;
    this.provenance = provenance;
    this.corroboration = corroboration;
  }

  @JsonValue
  @Override
  public String code() {
    return category().codeOf(this);
  }

  @Override
  public TaxonomyCategory category() {
    return TaxonomyCategory.DRAFT_NATURE_DIMENSION;
  }

  /**
   * Returns the provision of the first draft that lists this entry; the draft's bullets are not numbered, so
   * the basis names the section only (see {@link #draftItem()}).
   *
   * @return the legal basis, never null
   */
  @Override
  public LegalBasis legalBasis() {
    return LegalBasis.section(Instrument.COP_FIRST_DRAFT, "6.2");
  }

  /**
   * Returns the item number gpai4j's fact sheet gives this entry ({@code N1}); the draft itself does not
   * number its bullets.
   *
   * @return the item number, never null
   */
  public String draftItem() {
    return draftItem;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public String source() {
    return Sources.draft(draftItem, page, corroboration);
  }

  /**
   * Returns the example values the draft gives for this dimension, in its words and order. The draft says the
   * values are "neither exhaustive nor mutually exclusive", so a risk may take several or others.
   *
   * @return an unmodifiable list of English value labels, never null
   */
  public java.util.List<String> exampleValues() {
    return switch (this) {
      case ORIGIN -> java.util.List.of("Model capabilities", "Model distribution");
      case ACTORS -> java.util.List.of("State", "Group", "Individual", "Autonomous AI agent", "None");
      case INTENT -> java.util.List.of("Intentional", "Unintentional");
      case NOVELTY -> java.util.List.of("Precedented", "Unprecedented");
      case PROBABILITY_SEVERITY_RATIO -> java.util.List.of(
          "Low-impact high-probability", "High-impact low-probability", "High expected impact");
      case VELOCITY -> java.util.List.of("Gradual", "Sudden", "Continuously changing");
      case VISIBILITY -> java.util.List.of("Overt", "Covert");
      case COURSE_OF_EVENTS -> java.util.List.of("Linear", "Recursive", "Compound", "Cascading");
    };
  }
}
