package io.github.gpai4j.evaluation.testing;

import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.core.profile.ModelProfile;
import java.io.InputStream;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bundled sample profiles through the document-type registry, strictly, as the command line does. */
public final class Samples {

  /** A plain Jackson 3 mapper, as a caller without gpai4j's JSON helper would use. */
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private Samples() {}

  /**
   * Returns the folder of a form version's conformance corpus, {@code conformance/<documentType>/<version>}.
   *
   * @param documentType the document type, such as {@code model-documentation}
   * @param version the form version, such as {@code cop-final-2025-07}
   * @return the folder
   * @throws Exception if it is not on the test class path
   */
  public static java.nio.file.Path corpus(String documentType, String version) throws Exception {
    java.net.URL url = Samples.class.getResource("/conformance/" + documentType + "/" + version);
    if (url == null) {
      throw new IllegalStateException("No conformance corpus " + documentType + "/" + version);
    }
    return java.nio.file.Path.of(url.toURI());
  }

  /**
   * Returns the folder of the final Model Documentation Form's conformance corpus.
   *
   * @return the folder
   * @throws Exception if it is not on the test class path
   */
  public static java.nio.file.Path finalFormCorpus() throws Exception {
    return corpus("model-documentation", "cop-final-2025-07");
  }

  /**
   * Reads a sample profile by file name.
   *
   * @param name the file name, such as {@code profile-frontier.json}
   * @return the profile
   * @throws Exception if the sample cannot be read
   */
  public static ModelProfile profile(String name) throws Exception {
    try (InputStream in = DocumentTypes.forClass(ModelProfile.class).openSample(name)) {
      return Gpai4jJson.strict().read(in, ModelProfile.class);
    }
  }
}
