package io.github.gpai4j.testkit;

import io.github.gpai4j.core.Document;
import io.github.gpai4j.core.json.Gpai4jJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Where the runner keeps what it learned from failures, under the build directory: the last failing seed of each
 * property (tried first the next time the property runs without an explicit seed) and the shrunk counterexamples
 * as JSON files.
 *
 * <p>The directory is the system property {@value #PROPERTY} if set ({@code none} turns persistence off), else
 * {@code target/gpai4j-testkit} (Maven) or {@code build/gpai4j-testkit} (Gradle) under the module directory
 * (the system property {@code basedir} that Surefire sets, else the working directory), if that build directory
 * exists.
 */
final class FailureDatabase {

  /** The system property naming the directory, or {@code none}. */
  static final String PROPERTY = "gpai4j.database";

  private static final Gpai4jJson JSON = Gpai4jJson.strict();

  private final Path root;

  private FailureDatabase(Path root) {
    this.root = root;
  }

  /**
   * Returns the database configured for this JVM.
   *
   * @return the database, or null if persistence is off or there is no build directory
   */
  static @Nullable FailureDatabase configured() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured.strip().equalsIgnoreCase("none") ? null : new FailureDatabase(Path.of(configured.strip()));
    }
    String basedir = System.getProperty("basedir");
    Path module = Path.of(basedir == null || basedir.isBlank() ? System.getProperty("user.dir", ".") : basedir);
    for (String build : List.of("target", "build")) {
      if (Files.isDirectory(module.resolve(build))) {
        return new FailureDatabase(module.resolve(build).resolve("gpai4j-testkit"));
      }
    }
    return null;
  }

  /**
   * Returns the directory.
   *
   * @return the root
   */
  Path root() {
    return root;
  }

  /**
   * Returns the last failing seed stored for a property.
   *
   * @param key the property's key
   * @return the seed, or null if none is stored or it cannot be read
   */
  @Nullable Long seed(String key) {
    Path file = seedFile(key);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Properties properties = new Properties();
      try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      String seed = properties.getProperty("seed");
      return seed == null ? null : Long.valueOf(seed.strip());
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Stores the failing seed of a property.
   *
   * @param key the property's key
   * @param property the test, for people reading the file
   * @param seed the seed
   */
  void storeSeed(String key, String property, long seed) {
    try {
      Files.createDirectories(seedFile(key).getParent());
      Files.writeString(seedFile(key), "# last failing seed of " + property.replace('\n', ' ') + "\nseed=" + seed
          + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      // persistence is a convenience; a read-only build directory must not hide the failure itself
    }
  }

  /**
   * Forgets the failing seed of a property that now passes.
   *
   * @param key the property's key
   */
  void forget(String key) {
    try {
      Files.deleteIfExists(seedFile(key));
    } catch (IOException e) {
      // see storeSeed
    }
  }

  /**
   * Writes the documents among a counterexample's arguments as gpai4j JSON, one file each, which the command line
   * reads like any other document.
   *
   * @param key the property's key
   * @param failure the number of the distinct failure, from 1
   * @param arguments the shrunk arguments
   * @return the files written, in argument order
   */
  List<Path> writeDocuments(String key, int failure, List<@Nullable Object> arguments) {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Object argument = arguments.get(i);
      if (!(argument instanceof Document)) {
        continue;
      }
      String name = key + "-failure" + failure + (arguments.size() == 1 ? "" : "-argument" + (i + 1)) + ".json";
      Path file = root.resolve("counterexamples").resolve(name);
      try {
        Files.createDirectories(file.getParent());
        JSON.write(argument, file);
        files.add(file.toAbsolutePath().normalize());
      } catch (IOException | RuntimeException e) {
        // not writable or not serializable: the message shows the document instead
      }
    }
    return files;
  }

  private Path seedFile(String key) {
    return root.resolve("seeds").resolve(key + ".properties");
  }

  /**
   * Turns a test name into a file name: letters, digits, dots, dashes and underscores only.
   *
   * @param name the name
   * @return the file-safe name
   */
  static String fileName(String name) {
    StringBuilder safe = new StringBuilder();
    for (char c : name.toCharArray()) {
      safe.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
    }
    return safe.length() > 150 ? safe.substring(0, 150) : safe.toString();
  }
}
