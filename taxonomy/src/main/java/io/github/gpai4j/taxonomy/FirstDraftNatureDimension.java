package io.github.gpai4j.taxonomy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The eight dimensions along which the first draft of the Code (14 November 2024, Measure 6.2, p.&nbsp;18) describes
 * the nature of systemic risks, each with example values ({@link #exampleValues()}).
 *
 * <p>The final Code replaced the dimensions with three essential and six contributing characteristics; only
 * velocity and course of events have a close counterpart there.
 *
 * @since 0.1.0
 */
public enum FirstDraftNatureDimension implements FirstDraftEntry {
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

  private final DraftReference reference;

  FirstDraftNatureDimension(String draftItem, String page, Provenance provenance, String corroboration) {
    this.reference = new DraftReference(draftItem, page, provenance, corroboration);
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

  @Override
  public DraftReference reference() {
    return reference;
  }

  /**
   * Returns the example values the draft gives for this dimension, in its words and order. The draft says the
   * values are "neither exhaustive nor mutually exclusive", so a risk may take several or others.
   *
   * @return an unmodifiable list of English value labels, never null
   */
  public List<String> exampleValues() {
    return switch (this) {
      case ORIGIN -> List.of("Model capabilities", "Model distribution");
      case ACTORS -> List.of("State", "Group", "Individual", "Autonomous AI agent", "None");
      case INTENT -> List.of("Intentional", "Unintentional");
      case NOVELTY -> List.of("Precedented", "Unprecedented");
      case PROBABILITY_SEVERITY_RATIO -> List.of(
          "Low-impact high-probability", "High-impact low-probability", "High expected impact");
      case VELOCITY -> List.of("Gradual", "Sudden", "Continuously changing");
      case VISIBILITY -> List.of("Overt", "Covert");
      case COURSE_OF_EVENTS -> List.of("Linear", "Recursive", "Compound", "Cascading");
    };
  }
}
