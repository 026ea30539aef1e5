package io.github.gpai4j.taxonomy.report;

import io.github.gpai4j.core.form.DocumentType;
import io.github.gpai4j.core.form.DocumentTypeProvider;
import io.github.gpai4j.core.form.Form;
import io.github.gpai4j.core.form.FormTable;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The form of the {@code safety-and-security-model-report} document type (Commitment&nbsp;7 of the Safety and
 * Security chapter of the final Code of Practice), bound to {@link SafetyAndSecurityModelReport}, and its
 * contribution to the {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}.
 *
 * @since 0.3.0
 */
public final class SafetyAndSecurityModelReportForms implements DocumentTypeProvider {

  /** The version id: the final Code of Practice, {@value}. */
  public static final String VERSION = "cop-final-2025-07";

  /** The form: table {@code forms/safety-and-security-model-report-cop-final-2025-07.tsv} and its labels. */
  public static final Form<SafetyAndSecurityModelReport> COP_FINAL_2025_07 = form();

  /** The bundled samples. */
  private static final List<String> SAMPLES = List.of("safety-and-security-model-report-lattice-4.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public SafetyAndSecurityModelReportForms() {
    // stateless
  }

  private static Form<SafetyAndSecurityModelReport> form() {
    String name = "forms/safety-and-security-model-report-" + VERSION + ".tsv";
    InputStream in = SafetyAndSecurityModelReportForms.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException("Form table " + name + " is not bundled"));
    }
    FormTable table = FormTable.read(name, in, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.taxonomy.report.labels_cop_final_2025_07", locale));
    return Form.<SafetyAndSecurityModelReport>bind(table)
        .item("MR-0.1", SafetyAndSecurityModelReport::modelName)
        .item("MR-0.2", SafetyAndSecurityModelReport::reportVersion)
        .item("MR-0.3", SafetyAndSecurityModelReport::reportDate)
        .item("MR-0.4", SafetyAndSecurityModelReport::unionPlacementDate)
        .item("MR-7.1.1", SafetyAndSecurityModelReport::modelDescription)
        .item("MR-7.1.2", SafetyAndSecurityModelReport::uses)
        .item("MR-7.1.3", SafetyAndSecurityModelReport::versions)
        .item("MR-7.1.4", SafetyAndSecurityModelReport::modelSpecification)
        .item("MR-7.2.1", SafetyAndSecurityModelReport::reasonsForProceeding)
        .item("MR-7.2.2", SafetyAndSecurityModelReport::failureConditions)
        .item("MR-7.2.3", SafetyAndSecurityModelReport::decisionProcess)
        .item("MR-7.3.1", SafetyAndSecurityModelReport::records)
        .item("MR-7.3.4", SafetyAndSecurityModelReport::nextSixMonthsPlans)
        .item("MR-7.5", SafetyAndSecurityModelReport::materialChanges)
        .build();
  }

  /**
   * Returns the {@code safety-and-security-model-report} type in its one version.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(SafetyAndSecurityModelReport.DOCUMENT_TYPE, VERSION, null, true,
        SafetyAndSecurityModelReport.class, COP_FINAL_2025_07, SAMPLES,
        name -> SafetyAndSecurityModelReportForms.class.getResourceAsStream("samples/" + name)));
  }
}
