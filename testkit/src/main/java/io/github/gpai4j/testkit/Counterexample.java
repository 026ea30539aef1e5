package io.github.gpai4j.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One distinct failure of a property: how it failed (the exception type and the first stack frame outside the
 * testkit and the assertion libraries, or "returned false"), its shrunk and first-found arguments, and the files
 * the shrunk arguments were written to.
 *
 * @param failureKind what identifies this failure, such as
 *     {@code org.opentest4j.AssertionFailedError at MyTest.lambda$m$0(MyTest.java:42)}, not null
 * @param cause what the property threw for the shrunk arguments, or null if it returned {@code false}
 * @param arguments the shrunk arguments, in parameter order, not null (values may be null)
 * @param originalArguments the arguments first found failing this way, not null (values may be null)
 * @param tryNumber the try that first failed this way (for failures found while shrinking another one, that
 *     failure's try), at least 1
 * @param shrinkSteps the accepted shrink steps, not negative
 * @param files the JSON files the shrunk arguments that are documents were written to, not null
 * @since 0.1.0
 */
public record Counterexample(
    String failureKind,
    @Nullable Throwable cause,
    List<@Nullable Object> arguments,
    List<@Nullable Object> originalArguments,
    int tryNumber,
    int shrinkSteps,
    List<Path> files) {

  /**
   * Checks the counterexample and copies its lists.
   *
   * @param failureKind what identifies this failure, not null
   * @param cause what the property threw, or null
   * @param arguments the shrunk arguments, not null
   * @param originalArguments the first arguments found, not null
   * @param tryNumber the try, at least 1
   * @param shrinkSteps the shrink steps, not negative
   * @param files the files written, not null
   * @throws IllegalArgumentException if the try number is below 1 or the steps negative
   */
  public Counterexample {
    requireNonNull(failureKind, "failureKind");
    arguments = Collections.unmodifiableList(new ArrayList<>(requireNonNull(arguments, "arguments")));
    originalArguments =
        Collections.unmodifiableList(new ArrayList<>(requireNonNull(originalArguments, "originalArguments")));
    files = List.copyOf(requireNonNull(files, "files"));
    if (tryNumber < 1 || shrinkSteps < 0) {
      throw new IllegalArgumentException("Need tryNumber >= 1 and shrinkSteps >= 0, were " + tryNumber + " and "
          + shrinkSteps);
    }
  }
}
