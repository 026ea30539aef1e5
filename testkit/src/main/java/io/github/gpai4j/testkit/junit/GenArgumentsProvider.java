package io.github.gpai4j.testkit.junit;

import io.github.gpai4j.testkit.Gen;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The JUnit {@code ArgumentsProvider} behind {@link GenSource}: draws {@link GenSource#samples()} sets of
 * arguments from the named generators with one seeded random generator.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports") // JUnit is optional: whoever uses this class has JUnit on the path
public final class GenArgumentsProvider extends AnnotationBasedArgumentsProvider<GenSource> {

  /** Creates the provider; JUnit does this. */
  public GenArgumentsProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, GenSource source) {
    if (source.samples() < 1) {
      throw new IllegalArgumentException("@GenSource needs at least 1 sample, was " + source.samples());
    }
    if (source.value().length == 0) {
      throw new IllegalArgumentException("@GenSource names no generator");
    }
    Class<?> testClass = context.getRequiredTestClass();
    List<Gen<?>> gens = new ArrayList<>();
    for (String name : source.value()) {
      gens.add(generator(testClass, name));
    }
    long seed = seed(source, testClass.getName() + "#" + context.getRequiredTestMethod().getName());
    SplittableRandom random = new SplittableRandom(seed);
    List<Arguments> all = new ArrayList<>();
    for (int i = 0; i < source.samples(); i++) {
      @Nullable Object[] values = new Object[gens.size()];
      for (int g = 0; g < gens.size(); g++) {
        values[g] = gens.get(g).sample(random);
      }
      all.add(Arguments.of(values));
    }
    return all.stream();
  }

  private static long seed(GenSource source, String test) {
    String text = !source.seed().isBlank() ? source.seed() : System.getProperty("gpai4j.seed", "");
    if (!text.isBlank()) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("A @GenSource seed must be a whole number (a long), was \"" + text + "\"",
            e);
      }
    }
    long hash = 1125899906842597L;
    for (char c : test.toCharArray()) {
      hash = 31 * hash + c;
    }
    return hash;
  }

  private static Gen<?> generator(Class<?> testClass, String name) {
    List<Class<?>> scopes = new ArrayList<>();
    for (Class<?> nest = testClass; nest != null; nest = nest.getEnclosingClass()) {
      for (Class<?> type = nest; type != null; type = type.getSuperclass()) {
        scopes.add(type);
      }
    }
    for (Class<?> type : scopes) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals(name) && Modifier.isStatic(field.getModifiers())
            && Gen.class.isAssignableFrom(field.getType())) {
          try {
            field.setAccessible(true);
            return (Gen<?>) field.get(null);
          } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read generator field " + name + " of " + type.getName(), e);
          }
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == 0
            && Modifier.isStatic(method.getModifiers()) && Gen.class.isAssignableFrom(method.getReturnType())) {
          try {
            method.setAccessible(true);
            return (Gen<?>) method.invoke(null);
          } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot call generator method " + name + " of " + type.getName(), e);
          }
        }
      }
    }
    throw new IllegalArgumentException("@GenSource: " + testClass.getName() + " has no static field or no-argument "
        + "method named " + name + " returning a Gen");
  }
}
