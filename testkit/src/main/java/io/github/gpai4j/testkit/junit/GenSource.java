package io.github.gpai4j.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Supplies a JUnit {@code @ParameterizedTest} with values of testkit generators: one generator per parameter, each
 * named by a static field or a static no-argument method of the test class (or a superclass, or for a
 * {@code @Nested} class an enclosing class) returning a
 * {@link io.github.gpai4j.testkit.Gen}. The values are reproducible: the seed is {@link #seed()} if set, else the
 * system property {@code gpai4j.seed}, else derived from the test's class and method names. There is no shrinking;
 * use {@link io.github.gpai4j.testkit.Property} for that.
 *
 * <pre>{@code
 * static final Gen<ModelDocumentation> DOCUMENTS = DocumentationGens.validModelDocumentation();
 *
 * @ParameterizedTest
 * @GenSource(value = "DOCUMENTS", samples = 25)
 * void every_document_is_complete_for_the_ai_office(ModelDocumentation doc) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GenArgumentsProvider.class)
@SuppressWarnings("exports") // JUnit is optional: whoever uses this annotation has JUnit on the path
public @interface GenSource {

  /**
   * Returns the names of the static fields or methods giving the generators, one per parameter, in order.
   *
   * @return the names
   */
  String[] value();

  /**
   * Returns how many sets of arguments to supply.
   *
   * @return the number of invocations, at least 1
   */
  int samples() default 100;

  /**
   * Returns the seed, as text; empty for the system property {@code gpai4j.seed} or a seed derived from the test.
   *
   * @return the seed or empty
   */
  String seed() default "";
}
