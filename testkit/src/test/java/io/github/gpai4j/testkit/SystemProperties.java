package io.github.gpai4j.testkit;

import org.jspecify.annotations.Nullable;

/** Sets a system property for the length of a block and restores it. */
final class SystemProperties {
  private SystemProperties() {}

  /** A block that may throw. */
  interface Block {
    void run() throws Exception;
  }

  static void with(String name, @Nullable String value, Block block) throws Exception {
    String previous = System.getProperty(name);
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
    try {
      block.run();
    } finally {
      if (previous == null) {
        System.clearProperty(name);
      } else {
        System.setProperty(name, previous);
      }
    }
  }
}
