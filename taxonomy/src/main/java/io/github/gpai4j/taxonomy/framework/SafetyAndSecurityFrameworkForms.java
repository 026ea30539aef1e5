package io.github.gpai4j.taxonomy.framework;

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
 * The form of the {@code safety-and-security-framework} document type (Commitment&nbsp;1 of the Safety and
 * Security chapter of the final Code of Practice), bound to {@link SafetyAndSecurityFramework}, and its
 * contribution to the {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}.
 *
 * @since 0.3.0
 */
public final class SafetyAndSecurityFrameworkForms implements DocumentTypeProvider {

  /** The version id: the final Code of Practice, {@value}. */
  public static final String VERSION = "cop-final-2025-07";

  /** The form: table {@code forms/safety-and-security-framework-cop-final-2025-07.tsv} and its labels. */
  public static final Form<SafetyAndSecurityFramework> COP_FINAL_2025_07 = form();

  /** The bundled samples. */
  private static final List<String> SAMPLES = List.of("safety-and-security-framework-lattice-4.json");

  /** Creates the provider; the registry calls this through {@link java.util.ServiceLoader}. */
  public SafetyAndSecurityFrameworkForms() {
    // stateless
  }

  private static Form<SafetyAndSecurityFramework> form() {
    String name = "forms/safety-and-security-framework-" + VERSION + ".tsv";
    InputStream in = SafetyAndSecurityFrameworkForms.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new FileNotFoundException("Form table " + name + " is not bundled"));
    }
    FormTable table = FormTable.read(name, in, locale -> ResourceBundle.getBundle(
        "io.github.gpai4j.taxonomy.framework.labels_cop_final_2025_07", locale));
    return Form.<SafetyAndSecurityFramework>bind(table)
        .item("FW-0.1", SafetyAndSecurityFramework::providerName)
        .item("FW-0.2", SafetyAndSecurityFramework::frameworkVersion)
        .item("FW-0.3", SafetyAndSecurityFramework::confirmedOn)
        .item("FW-1.1", SafetyAndSecurityFramework::processes)
        .item("FW-1.1.1", SafetyAndSecurityFramework::triggerPoints)
        .item("FW-1.1.2a", SafetyAndSecurityFramework::risks)
        .item("FW-1.1.2c", SafetyAndSecurityFramework::tierTimelineEstimates)
        .item("FW-1.1.2d", SafetyAndSecurityFramework::externalActorsInfluence)
        .item("FW-1.1.3", SafetyAndSecurityFramework::responsibilityAllocation)
        .item("FW-1.1.4", SafetyAndSecurityFramework::updateProcess)
        .build();
  }

  /**
   * Returns the {@code safety-and-security-framework} type in its one version.
   *
   * @return the document types
   */
  @Override
  public List<DocumentType<?>> documentTypes() {
    return List.of(new DocumentType<>(SafetyAndSecurityFramework.DOCUMENT_TYPE, VERSION, null, true,
        SafetyAndSecurityFramework.class, COP_FINAL_2025_07, SAMPLES,
        name -> SafetyAndSecurityFrameworkForms.class.getResourceAsStream("samples/" + name)));
  }
}
