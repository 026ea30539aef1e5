package io.github.gpai4j.taxonomy.incident;

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
 * The form of the {@code serious-incident-report} document type (the Commission's reporting template of
 * 4&nbsp;November 2025 for serious incidents of GPAI models with systemic risk), bound to
 * {@link SeriousIncidentReport}, and its contribution to the
 * {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}.
 *
 * @since 0.3.0
 */
public final class SeriousIncidentReportForms implements DocumentTypeProvider {

  /** The version id of the template, {@value}. */
  public static final String VERSION = "template-2025-11";

  /** The form: table {@code forms/serious-incident-report-template-2025-11.tsv} and its labels. */
  public static final Form<SeriousIncidentReport> TEMPLATE_2025_11 = form();

  /** The bundled samples. */
  private static final List<String> SAMPLES = List.of("serious-incident-report-lattice-4.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public SeriousIncidentReportForms() {
    // stateless
  }

  private static Form<SeriousIncidentReport> form() {
    String name = "forms/serious-incident-report-" + VERSION + ".tsv";
    InputStream in = SeriousIncidentReportForms.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException("Form table " + name + " is not bundled"));
    }
    FormTable table = FormTable.read(name, in, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.taxonomy.incident.labels_template_2025_11", locale));
    return Form.<SeriousIncidentReport>bind(table)
        .item("SIR-0.1", SeriousIncidentReport::severity)
        .item("SIR-0.2", SeriousIncidentReport::awareOfModelInvolvementOn)
        .item("SIR-0.3", SeriousIncidentReport::documentedOn)
        .item("SIR-1", SeriousIncidentReport::startDate)
        .item("SIR-2", SeriousIncidentReport::harm)
        .item("SIR-3", SeriousIncidentReport::chainOfEvents)
        .item("SIR-4", SeriousIncidentReport::model)
        .item("SIR-5", SeriousIncidentReport::evidence)
        .item("SIR-6", SeriousIncidentReport::response)
        .item("SIR-7", SeriousIncidentReport::recommendation)
        .item("SIR-10", SeriousIncidentReport::submitter)
        .build();
  }

  /**
   * Returns the {@code serious-incident-report} type in its one version.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(SeriousIncidentReport.DOCUMENT_TYPE, VERSION, null, true,
        SeriousIncidentReport.class, TEMPLATE_2025_11, SAMPLES,
        name -> SeriousIncidentReportForms.class.getResourceAsStream("samples/" + name)));
  }
}
