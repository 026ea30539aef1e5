package io.github.gpai4j.core.json;

/**
 * Bounds that {@link Gpai4jJson} enforces while reading, so that hostile input fails with a
 * {@link DocumentReadException.Kind#LIMIT_EXCEEDED} error instead of exhausting the stack or the heap.
 *
 * <p>The defaults ({@link #DEFAULTS}) are generous for real documentation: a Model Documentation Form nests about
 * six levels deep and its longest free text is a few thousand words.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
 * @param maxDocumentBytes the largest document, in bytes, at least 1
 * @param maxStringLength the longest string value, in characters, at least 1
 * @param maxNumberLength the longest number literal, in characters, at least 1
 * @since 0.1.0
 */
public record ReadLimits(int maxNestingDepth, long maxDocumentBytes, int maxStringLength, int maxNumberLength) {

  /** Nesting 64, 16 MiB documents, strings of one million characters, numbers of 100 characters. */
  public static final ReadLimits DEFAULTS = new ReadLimits(64, 16L * 1024 * 1024, 1_000_000, 100);

  /**
   * Checks that every limit is positive.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
   * @param maxDocumentBytes the largest document, in bytes, at least 1
   * @param maxStringLength the longest string value, in characters, at least 1
   * @param maxNumberLength the longest number literal, in characters, at least 1
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public ReadLimits {
    if (maxNestingDepth < 1 || maxDocumentBytes < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("Every read limit must be positive: " + maxNestingDepth + ", "
          + maxDocumentBytes + ", " + maxStringLength + ", " + maxNumberLength);
    }
  }

  /**
   * Returns these limits with another nesting depth.
   *
   * @param depth the deepest nesting, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(depth, maxDocumentBytes, maxStringLength, maxNumberLength);
  }

  /**
   * Returns these limits with another document size.
   *
   * @param bytes the largest document in bytes, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(maxNestingDepth, bytes, maxStringLength, maxNumberLength);
  }

  /**
   * Returns these limits with another number length.
   *
   * @param length the longest number literal in characters, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentBytes, maxStringLength, length);
  }

  /**
   * Returns these limits with another string length.
   *
   * @param length the longest string in characters, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxNestingDepth, maxDocumentBytes, length, maxNumberLength);
  }
}
