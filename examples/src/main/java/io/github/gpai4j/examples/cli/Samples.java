package io.github.gpai4j.examples.cli;

import io.github.gpai4j.core.json.DocumentReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The sample documents bundled in the examples jar under {@code /samples/}.
 *
 * @since 0.1.0
 */
public final class Samples {
  /** A complete Model Documentation Form for a fictional model with systemic risk. */
  public static final String COMPLETE = "model-documentation-complete.json";
  /** A complete Model Documentation Form for a fictional small open-weights model. */
  public static final String OPEN_SMALL = "model-documentation-open-small.json";
  /** A half-filled draft with gaps and mistakes, to show what findings look like. */
  public static final String DRAFT = "model-documentation-draft.json";

  private Samples() {}

  /**
   * Returns the names of all bundled Model Documentation samples.
   *
   * @return the names
   */
  public static List<String> documentation() {
    return List.of(COMPLETE, OPEN_SMALL, DRAFT);
  }

  /**
   * Opens a bundled sample.
   *
   * @param name the sample's file name
   * @return the stream, to be closed by the caller
   * @throws DocumentReadException if no such sample is bundled
   */
  public static InputStream open(String name) throws DocumentReadException {
    InputStream in = Samples.class.getResourceAsStream("/samples/" + name);
    if (in == null) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "No bundled sample named " + name, null);
    }
    return in;
  }

  /**
   * Reads a bundled sample's text.
   *
   * @param name the sample's file name
   * @return the JSON text
   * @throws DocumentReadException if no such sample is bundled or it cannot be read
   */
  public static String text(String name) throws DocumentReadException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentReadException(DocumentReadException.Kind.IO_ERROR, "", -1, -1,
          "Cannot read bundled sample " + name + ": " + e.getMessage(), e);
    }
  }
}
