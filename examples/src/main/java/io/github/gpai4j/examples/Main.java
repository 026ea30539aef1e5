package io.github.gpai4j.examples;

/**
 * Keeps {@code java -jar examples/target/gpai4j-examples.jar} working: hands every argument to the command line of
 * {@code gpai4j-cli}.
 *
 * @since 0.1.0
 */
public final class Main {
  private Main() {}

  /**
   * Runs the gpai4j command line and exits with its status.
   *
   * @param args the arguments, as {@link io.github.gpai4j.cli.Main#main(String[])} takes them
   */
  public static void main(String[] args) {
    io.github.gpai4j.cli.Main.main(args);
  }
}
