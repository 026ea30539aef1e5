package io.github.gpai4j.testkit;

import java.util.function.Function;

/** A generator with a description of its values for failure messages ({@link Gen#describedAs}). */
final class DescribedGen<T> implements Gen<T> {
  private final Gen<T> gen;
  private final Function<? super T, String> description;

  DescribedGen(Gen<T> gen, Function<? super T, String> description) {
    this.gen = gen;
    this.description = description;
  }

  @Override
  public T generate(Source source) {
    return gen.generate(source);
  }

  String describe(T value) {
    return description.apply(value);
  }
}
