package io.github.gpai4j.examples.cli;

/** Command-line entry point (skeleton). */
public final class Main {
  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.out.println("gpai4j");
  }
}
