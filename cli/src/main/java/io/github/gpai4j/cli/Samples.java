package io.github.gpai4j.cli;

import io.github.gpai4j.core.json.DocumentReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The sample documents bundled with the library, found through the
 * {@linkplain io.github.gpai4j.core.form.DocumentTypes document-type registry}: each document type lists its
 * samples.
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
  /** Documentation of an older fictional model on the first draft Code's table (form version cop-draft-2024-11). */
  public static final String FIRST_DRAFT = "model-documentation-first-draft.json";

  /** A model profile of the fictional frontier model documented in {@link #COMPLETE}. */
  public static final String PROFILE_FRONTIER = "profile-frontier.json";
  /** A model profile of a small open-weights model that qualifies for the open-source exemption. */
  public static final String PROFILE_OPEN_SMALL = "profile-open-small.json";

  private Samples() {}

  /**
   * Returns the names of all bundled Model Documentation samples.
   *
   * @return the names
   */
  public static List<String> documentation() {
    return List.of(COMPLETE, OPEN_SMALL, DRAFT, FIRST_DRAFT);
  }

  /**
   * Returns the names of all bundled samples, documentation first, then model profiles.
   *
   * @return the names
   */
  public static List<String> all() {
    return io.github.gpai4j.core.form.DocumentTypes.all().stream().flatMap(t -> t.samples().stream()).toList();
  }

  /**
   * Opens a bundled sample.
   *
   * @param name the sample's file name
   * @return the stream, to be closed by the caller
   * @throws DocumentReadException if no such sample is bundled
   */
  public static InputStream open(String name) throws DocumentReadException {
    return io.github.gpai4j.core.form.DocumentTypes.bundling(name).orElseThrow(() -> new DocumentReadException(
        DocumentReadException.Kind.IO_ERROR, "", -1, -1, "No bundled sample named " + name + "; there are "
            + String.join(", ", all()), null)).openSample(name);
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
