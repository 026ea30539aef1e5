package io.github.gpai4j.examples;

import io.github.gpai4j.core.json.DocumentReadException;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.Classification;
import io.github.gpai4j.evaluation.classification.ClassificationText;
import io.github.gpai4j.evaluation.classification.ModelClassifier;
import io.github.gpai4j.core.profile.ModelProfile;
import io.github.gpai4j.evaluation.obligations.Obligation;
import io.github.gpai4j.evaluation.obligations.ObligationDeriver;
import io.github.gpai4j.evaluation.obligations.ObligationSchedule;
import io.github.gpai4j.cli.Samples;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * User story: a compliance engineer classifies a model (GPAI model? systemic risk? open-source exemption?) and lists
 * the obligations that apply to it as of a date, each with its legal basis and due date.
 *
 * @since 0.1.0
 */
public final class ObligationsAsOf {
  private ObligationsAsOf() {}

  /**
   * Classifies a model profile and prints the obligations in force on a date.
   *
   * @param profile the model profile, not null
   * @param asOf the date, not null
   * @param out where to print, not null
   * @return the schedule printed
   */
  static ObligationSchedule run(ModelProfile profile, LocalDate asOf, PrintStream out) {
    Classification c = ModelClassifier.withCurrentRules().classify(profile, asOf);
    out.println("Systemic risk: " + ClassificationText.name(c.systemicRisk().status(), Locale.ENGLISH));
    ObligationSchedule schedule = ObligationDeriver.withCurrentRules().derive(profile, asOf);
    for (Obligation o : schedule.obligations()) {
      out.printf("%-14s %-28s due %s%n", o.id().legalBasis().citation(),
          o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.dueDate() == null ? "-" : o.dueDate());
    }
    return schedule;
  }

  /**
   * Runs the example on the bundled frontier profile as of 28 November 2026, or on a date given as argument.
   *
   * @param args an optional date, YYYY-MM-DD
   * @throws DocumentReadException if the bundled profile cannot be read
   */
  public static void main(String[] args) throws DocumentReadException {
    ModelProfile profile = Gpai4jJson.strict().read(Samples.text(Samples.PROFILE_FRONTIER), ModelProfile.class);
    run(profile, args.length == 0 ? LocalDate.of(2026, 11, 28) : LocalDate.parse(args[0]), System.out);
  }
}
