package io.github.gpai4j.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A precise reference into the law or into one of the instruments that implement Chapter V of Regulation (EU)
 * 2024/1689: an article, annex or recital of the AI Act, or a commitment, measure, appendix or section of the Code
 * of Practice, the Commission guidelines or the training-content template.
 *
 * <p>A legal basis renders as a conventional citation ({@link #citation()}), for example {@code Art.&nbsp;53(1)(a)},
 * {@code Annex XI 1(2)(d)}, {@code Annex XIII(f)} or {@code CoP S&S Measure 9.3}, and {@link #parse(String)} reads that form back, so
 * the citation is also the JSON form. Instances are immutable and compare by value.
 *
 * @param instrument the text referred to, not null
 * @param division the kind of division within that text, not null; must suit the instrument
 * @param number the division's number as the text writes it ({@code "53"}, {@code "XI"}, {@code "9.3"}), not blank
 * @param subdivisions paragraph, point and further subdivisions in order ({@code ["1", "a"]}), not null
 * @since 0.1.0
 */
public record LegalBasis(Instrument instrument, Division division, String number, List<String> subdivisions)
    implements Comparable<LegalBasis> {

  private static final Pattern SUBDIVISION = Pattern.compile("[0-9A-Za-z.]+");

  /** The kinds of division a legal basis may point to. */
  public enum Division {
    /** An article of the AI Act. */
    ARTICLE,
    /** An annex of the AI Act (Roman numeral). */
    ANNEX,
    /** A recital of the AI Act. */
    RECITAL,
    /** A commitment of a Code of Practice chapter. */
    COMMITMENT,
    /** A measure of a Code of Practice chapter. */
    MEASURE,
    /** An appendix of a Code of Practice chapter. */
    APPENDIX,
    /** A numbered section of guidelines, a template or a draft. */
    SECTION
  }

  /**
   * Checks and normalises the components.
   *
   * @param instrument the text referred to, not null
   * @param division the kind of division within that text, not null; must suit the instrument
   * @param number the division's number as the text writes it ({@code "53"}, {@code "XI"}, {@code "9.3"}), not blank
   * @param subdivisions paragraph, point and further subdivisions in order ({@code ["1", "a"]}), not null
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the number is blank, a subdivision is not alphanumeric, or the division
   *     does not exist in the instrument (articles, annexes and recitals exist only in the AI Act)
   */
  public LegalBasis {
    requireNonNull(instrument, "instrument");
    requireNonNull(division, "division");
    requireNonNull(number, "number");
    requireNonNull(subdivisions, "subdivisions");
    if (!SUBDIVISION.matcher(number).matches()) {
      throw new IllegalArgumentException("Number must be alphanumeric, was '" + number + "'");
    }
    subdivisions = List.copyOf(subdivisions);
    for (String s : subdivisions) {
      if (!SUBDIVISION.matcher(s).matches()) {
        throw new IllegalArgumentException("Subdivision must be alphanumeric, was '" + s + "'");
      }
    }
    boolean actDivision = division == Division.ARTICLE || division == Division.ANNEX || division == Division.RECITAL;
    if (actDivision != (instrument == Instrument.AI_ACT)) {
      throw new IllegalArgumentException(
          "Division " + division + " does not exist in " + instrument
              + (actDivision ? "; articles, annexes and recitals belong to the AI Act" : ""));
    }
    if (division == Division.RECITAL && !subdivisions.isEmpty()) {
      throw new IllegalArgumentException("A recital has no subdivisions");
    }
  }

  /**
   * Returns an article of the AI Act, for example {@code article(53, "1", "a")} for Art.&nbsp;53(1)(a).
   *
   * @param article the article number, positive
   * @param subdivisions paragraph, point, ... in order
   * @return the legal basis
   */
  public static LegalBasis article(int article, String... subdivisions) {
    requireNonNull(subdivisions, "subdivisions");
    if (article <= 0) {
      throw new IllegalArgumentException("Article number must be positive, was " + article);
    }
    return new LegalBasis(Instrument.AI_ACT, Division.ARTICLE, Integer.toString(article), List.of(subdivisions));
  }

  /**
   * Returns a point of an AI Act annex, for example {@code annex("XI", "1", "2", "d")} for Annex XI 1(2)(d).
   *
   * @param annex the annex number in Roman numerals, not null
   * @param subdivisions section, point, ... in order
   * @return the legal basis
   */
  public static LegalBasis annex(String annex, String... subdivisions) {
    requireNonNull(annex, "annex");
    requireNonNull(subdivisions, "subdivisions");
    return new LegalBasis(Instrument.AI_ACT, Division.ANNEX, annex, List.of(subdivisions));
  }

  /**
   * Returns a recital of the AI Act.
   *
   * @param recital the recital number, positive
   * @return the legal basis
   */
  public static LegalBasis recital(int recital) {
    if (recital <= 0) {
      throw new IllegalArgumentException("Recital number must be positive, was " + recital);
    }
    return new LegalBasis(Instrument.AI_ACT, Division.RECITAL, Integer.toString(recital), List.of());
  }

  /**
   * Returns a measure of a Code of Practice chapter, for example {@code measure(COP_SAFETY_AND_SECURITY, "9.3")}.
   *
   * @param chapter the chapter, not the AI Act
   * @param measure the measure number such as {@code "9.3"}
   * @param subdivisions further subdivisions
   * @return the legal basis
   */
  public static LegalBasis measure(Instrument chapter, String measure, String... subdivisions) {
    requireNonNull(chapter, "chapter");
    requireNonNull(measure, "measure");
    requireNonNull(subdivisions, "subdivisions");
    return new LegalBasis(chapter, Division.MEASURE, measure, List.of(subdivisions));
  }

  /**
   * Returns a commitment of a Code of Practice chapter.
   *
   * @param chapter the chapter, not the AI Act
   * @param commitment the commitment number
   * @return the legal basis
   */
  public static LegalBasis commitment(Instrument chapter, String commitment) {
    return new LegalBasis(chapter, Division.COMMITMENT, commitment, List.of());
  }

  /**
   * Returns an appendix (or a numbered part of one) of a Code of Practice chapter, such as Appendix 1.4.
   *
   * @param chapter the chapter, not the AI Act
   * @param appendix the appendix number such as {@code "1.4"}
   * @param subdivisions further subdivisions
   * @return the legal basis
   */
  public static LegalBasis appendix(Instrument chapter, String appendix, String... subdivisions) {
    requireNonNull(chapter, "chapter");
    requireNonNull(appendix, "appendix");
    requireNonNull(subdivisions, "subdivisions");
    return new LegalBasis(chapter, Division.APPENDIX, appendix, List.of(subdivisions));
  }

  /**
   * Returns a numbered section of a non-AI-Act instrument, such as section 2.1 of the Commission guidelines.
   *
   * @param instrument the instrument, not the AI Act
   * @param section the section number
   * @param subdivisions further subdivisions
   * @return the legal basis
   */
  public static LegalBasis section(Instrument instrument, String section, String... subdivisions) {
    requireNonNull(instrument, "instrument");
    requireNonNull(section, "section");
    requireNonNull(subdivisions, "subdivisions");
    return new LegalBasis(instrument, Division.SECTION, section, List.of(subdivisions));
  }

  /**
   * Renders the conventional citation: {@code Art.&nbsp;53(1)(a)}, {@code Annex XI 1(2)(d)}, {@code Recital 111},
   * {@code CoP S&S Measure 9.3}, {@code GPAI Guidelines §3.2}.
   *
   * @return the citation, never null
   */
  @JsonValue
  public String citation() {
    StringBuilder sb = new StringBuilder(32);
    switch (division) {
      case ARTICLE -> sb.append("Art. ").append(number);
      case ANNEX -> sb.append("Annex ").append(number);
      case RECITAL -> sb.append("Recital ").append(number);
      case SECTION -> sb.append(instrument.citationPrefix()).append(" §").append(number);
      default -> sb.append(instrument.citationPrefix()).append(' ').append(label(division)).append(' ').append(number);
    }
    for (int i = 0; i < subdivisions.size(); i++) {
      if (i == 0 && division == Division.ANNEX && Character.isDigit(subdivisions.get(0).charAt(0))) {
        sb.append(' ').append(subdivisions.get(0));
      } else {
        sb.append('(').append(subdivisions.get(i)).append(')');
      }
    }
    return sb.toString();
  }

  /**
   * Returns whether this basis is the same as, or a subdivision of, the given one; {@code Art.&nbsp;53(1)(a)} is
   * within {@code Art.&nbsp;53} and {@code Art.&nbsp;53(1)}.
   *
   * @param other the possibly enclosing basis, not null
   * @return true if this basis lies within {@code other}
   */
  public boolean isWithin(LegalBasis other) {
    requireNonNull(other, "other");
    return instrument == other.instrument
        && division == other.division
        && number.equals(other.number)
        && subdivisions.size() >= other.subdivisions.size()
        && subdivisions.subList(0, other.subdivisions.size()).equals(other.subdivisions);
  }

  /**
   * Returns whether the information this provision asks for goes to a recipient. Art.&nbsp;53(1)(a) and Annex XI
   * (technical documentation) concern the AI Office and national competent authorities, which receive it on
   * request (Art.&nbsp;53(1)(a), 91); Art.&nbsp;53(1)(b) and Annex XII (information for integration) concern
   * downstream providers. Every other provision (the Code's measures, Art.&nbsp;55, the training-content template)
   * is not tied to one recipient and concerns all.
   *
   * @param recipient the recipient, not null
   * @return true unless the provision addresses only other recipients
   * @since 0.3.0
   */
  public boolean concerns(Recipient recipient) {
    requireNonNull(recipient, "recipient");
    boolean authorities = recipient != Recipient.DOWNSTREAM_PROVIDER;
    if (instrument != Instrument.AI_ACT) {
      return true;
    }
    if (division == Division.ANNEX && number.equals("XI")
        || division == Division.ARTICLE && number.equals("53") && subdivisions.size() >= 2
            && subdivisions.get(0).equals("1") && subdivisions.get(1).equals("a")) {
      return authorities;
    }
    if (division == Division.ANNEX && number.equals("XII")
        || division == Division.ARTICLE && number.equals("53") && subdivisions.size() >= 2
            && subdivisions.get(0).equals("1") && subdivisions.get(1).equals("b")) {
      return !authorities;
    }
    return true;
  }

  /**
   * Parses a citation in the form {@link #citation()} produces.
   *
   * @param citation the citation, not null
   * @return the legal basis
   * @throws IllegalArgumentException if the text is not a citation this class renders
   */
  @JsonCreator
  public static LegalBasis parse(String citation) {
    requireNonNull(citation, "citation");
    String c = citation.strip();
    Matcher m;
    if ((m = Pattern.compile("Art\\. ([0-9]+[a-z]?)(\\(.*)?").matcher(c)).matches()) {
      return new LegalBasis(Instrument.AI_ACT, Division.ARTICLE, m.group(1), parens(m.group(2), citation));
    }
    if ((m = Pattern.compile("Annex ([IVXLC]+)(?: ([0-9][0-9A-Za-z.]*))?(\\(.*)?").matcher(c)).matches()) {
      List<String> subs = new ArrayList<>();
      if (m.group(2) != null) {
        subs.add(m.group(2));
      }
      subs.addAll(parens(m.group(3), citation));
      return new LegalBasis(Instrument.AI_ACT, Division.ANNEX, m.group(1), subs);
    }
    if ((m = Pattern.compile("Recital ([0-9]+)").matcher(c)).matches()) {
      return new LegalBasis(Instrument.AI_ACT, Division.RECITAL, m.group(1), List.of());
    }
    for (Instrument instrument : Instrument.values()) {
      String prefix = instrument.citationPrefix();
      if (prefix.isEmpty() || !c.startsWith(prefix + " ")) {
        continue;
      }
      String rest = c.substring(prefix.length() + 1);
      if ((m = Pattern.compile("§([0-9A-Za-z.]+)(\\(.*)?").matcher(rest)).matches()) {
        return new LegalBasis(instrument, Division.SECTION, m.group(1), parens(m.group(2), citation));
      }
      if ((m = Pattern.compile("(Commitment|Measure|Appendix) ([0-9A-Za-z.]+)(\\(.*)?").matcher(rest))
          .matches()) {
        Division d = Division.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        return new LegalBasis(instrument, d, m.group(2), parens(m.group(3), citation));
      }
    }
    throw notACitation(citation);
  }

  private static IllegalArgumentException notACitation(String citation) {
    return new IllegalArgumentException(
        "Not a legal citation: '" + citation + "'; expected forms such as 'Art. 53(1)(a)', 'Annex XI 1(2)(d)',"
            + " 'Recital 111', 'CoP S&S Measure 9.3' or 'GPAI Guidelines §3.2'");
  }

  /**
   * Splits the parenthesised subdivisions that end a citation, such as {@code (1)(a)}: each a non-empty text
   * without parentheses. Done by hand rather than with a repeated group around a repeated class, which is a
   * nested quantifier.
   */
  private static List<String> parens(@Nullable String tail, String citation) {
    if (tail == null || tail.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tail.length()) {
      int close = tail.indexOf(')', i + 1);
      if (tail.charAt(i) != '(' || close < 0 || close == i + 1 || tail.indexOf('(', i + 1) >= 0
          && tail.indexOf('(', i + 1) < close) {
        throw notACitation(citation);
      }
      out.add(tail.substring(i + 1, close));
      i = close + 1;
    }
    return out;
  }

  private static String label(Division d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Orders by instrument, division, number (numerically where both are numbers) and subdivisions, so that
   * lists of legal bases print in the order a lawyer reads them.
   */
  @Override
  public int compareTo(LegalBasis o) {
    requireNonNull(o, "o");
    int c = instrument.compareTo(o.instrument);
    if (c == 0) {
      c = division.compareTo(o.division);
    }
    if (c == 0) {
      c = compareNumbers(number, o.number);
    }
    for (int i = 0; c == 0 && i < Math.min(subdivisions.size(), o.subdivisions.size()); i++) {
      c = compareNumbers(subdivisions.get(i), o.subdivisions.get(i));
    }
    return c != 0 ? c : Integer.compare(subdivisions.size(), o.subdivisions.size());
  }

  private static int compareNumbers(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c;
      if (pa[i].chars().allMatch(Character::isDigit) && pb[i].chars().allMatch(Character::isDigit)
          && !pa[i].isEmpty() && !pb[i].isEmpty() && pa[i].length() < 10 && pb[i].length() < 10) {
        c = Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
      } else {
        c = pa[i].compareTo(pb[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  /** Returns the citation. */
  @Override
  public String toString() {
    return citation();
  }

}
