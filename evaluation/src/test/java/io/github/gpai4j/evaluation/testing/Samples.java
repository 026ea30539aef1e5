package io.github.gpai4j.evaluation.testing;

import io.github.gpai4j.core.form.DocumentTypes;
import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import java.io.InputStream;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bundled sample profiles through the document-type registry, strictly, as the command line does. */
public final class Samples {

  /** A plain Jackson 3 mapper, as a caller without gpai4j's JSON helper would use. */
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private Samples() {}

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
