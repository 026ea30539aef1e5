package io.github.gpai4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The testkit is engine-neutral and keeps its engine internals out of its API. (Plain class-file checks rather than
 * ArchUnit: importing and resolving classes with ArchUnit took several seconds, and this suite must stay fast.)
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target", "classes");

  private static List<Path> classFiles() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("io/github/gpai4j/testkit"))) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted().collect(Collectors.toList());
    }
  }

  /** The engine's class files: all but the optional JUnit integration, which is the one place JUnit may appear. */
  private static List<Path> engineClassFiles() throws IOException {
    Path junit = CLASSES.resolve("io/github/gpai4j/testkit/junit");
    return classFiles().stream().filter(file -> !file.startsWith(junit)).collect(Collectors.toList());
  }

  @Test
  void testkit_references_no_test_engine_outside_its_optional_junit_package() throws IOException {
    List<Path> files = engineClassFiles();
    assertTrue(files.size() > 10, "class files found: " + files.size());
    List<String> offenders = new ArrayList<>();
    for (Path file : files) {
      // class names in the constant pool are stored in internal form, as (modified) UTF-8
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String engine : List.of("org/junit/", "org/opentest4j/", "net/jqwik/")) {
        if (constants.contains(engine)) {
          offenders.add(CLASSES.relativize(file) + " references " + engine);
        }
      }
    }
    assertEquals(List.of(), offenders, "generators and the runner must work from any engine; no jqwik");
  }

  @Test
  void no_class_references_jqwik() throws IOException {
    for (Path file : classFiles()) {
      String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertTrue(!constants.contains("net/jqwik/"), file + " references jqwik");
    }
  }

  @Test
  void public_api_signatures_use_no_package_private_engine_type() throws IOException, ClassNotFoundException {
    List<String> leaks = new ArrayList<>();
    for (Path file : classFiles()) {
      String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
      name = name.substring(0, name.length() - ".class".length());
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (type.getPackageName().endsWith(".internal") || !Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredMethods()));
      for (Executable member : members) {
        if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
          continue;
        }
        List<Class<?>> used = new ArrayList<>(List.of(member.getParameterTypes()));
        if (member instanceof Method) {
          used.add(((Method) member).getReturnType());
        }
        for (Class<?> usedType : used) {
          if (usedType.getPackageName().equals("io.github.gpai4j.testkit") && !Modifier.isPublic(usedType.getModifiers())) {
            leaks.add(type.getName() + "." + member.getName() + " uses " + usedType.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }
}
