package io.github.gpai4j.evaluation.testing;

import io.github.gpai4j.core.json.Gpai4jJson;
import io.github.gpai4j.evaluation.classification.ModelProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bundled sample profiles of the examples module, strictly, as the command line does. */
public final class Samples {

  /** A plain Jackson 3 mapper, as a caller without gpai4j's JSON helper would use. */
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Path SAMPLES = Path.of("..", "examples", "src", "main", "resources", "samples");

  private Samples() {}

  /**
   * Reads a sample profile by file name.
   *
   * @param name the file name, such as {@code profile-frontier.json}
   * @return the profile
   * @throws Exception if the file cannot be read
   */
  public static ModelProfile profile(String name) throws Exception {
    Path file = SAMPLES.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Sample not found at " + file.toAbsolutePath()
          + "; tests run from the evaluation module directory");
    }
    return Gpai4jJson.strict().read(file, ModelProfile.class);
  }
}
