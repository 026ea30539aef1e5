package io.github.gpai4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of gpai4j, applied to a package through its {@code package-info.java}.
 *
 * <p>Generated {@code ImmutableX} classes and their builders are package-private: users see the abstract type
 * {@code X} and its {@code X.Builder} (declared as {@code static final class Builder extends ImmutableX.Builder}),
 * whose setters javadoc documents as {@code X.Builder}'s own. Copy methods are public when {@code X} declares them
 * ({@code public abstract X withY(Y value);}); the generated class implements them. Collections default to empty,
 * builders accept partial input (drafts are legal values), and no Guava is needed.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    deepImmutablesDetection = false,
    allParameters = false,
    privateNoargConstructor = false,
    // Only annotations named here are copied from the class path onto generated code. Naming one that generated
    // code never carries keeps out org.immutables.value.Generated, whose class file consumers do not get (the
    // annotations jar is compile-time only), so a consumer compiling with -Xlint:all sees no missing-class warnings.
    allowedClasspathAnnotations = {Override.class})
public @interface GpaiStyle {}
