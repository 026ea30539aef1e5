package io.github.gpai4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void with_no_arguments_summarises_the_bundled_complete_sample_and_exits_0() {
    assertEquals(Main.OK, run());
    assertTrue(out().contains("Lattice-4"), out());
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertEquals(Main.USAGE, run("frobnicate"));
    assertTrue(err().contains("unknown command 'frobnicate'"), err());
  }

  @Test
  void a_missing_file_exits_2_with_one_line_and_no_stack_trace() {
    assertEquals(Main.UNREADABLE, run("summary", "no-such-file.json"));
    assertEquals(1, err().strip().lines().count(), err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void malformed_json_exits_2_naming_line_and_column(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"documentType\": \"model-documentation\", \"schemaVersion\": \"1.0\",\n  oops }");
    assertEquals(Main.UNREADABLE, run("summary", file.toString()));
    assertTrue(err().contains("line 2"), err());
  }

  @Test
  void fields_lists_the_47_items() {
    assertEquals(Main.OK, run("fields"));
    assertEquals(47, out().lines().count());
    assertTrue(out().contains("MDF-2.5a"), out());
  }
}
