package io.github.gpai4j.core.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * Calls the constructor (or static factory) of a record or creator-bound class through a method handle that spreads
 * its argument array once, made when the deserializer is built. Jackson 3 calls such creators with
 * {@code MethodHandle.invokeWithArguments}, which adapts the handle to the argument array on every call; for the
 * records of a document that was about a tenth of the time spent reading it. Behaviour is unchanged: the same
 * creator is called with the same arguments, and what it throws is reported exactly as Jackson reports it. A creator
 * the handle cannot reach is left to Jackson.
 */
final class FastCreators extends SimpleValueInstantiators {
  private static final long serialVersionUID = 1L;
  private static final MethodType SPREAD = MethodType.methodType(Object.class, Object[].class);

  @Override
  public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier beanDesc,
      ValueInstantiator defaultInstantiator) {
    if (defaultInstantiator.getClass() != StdValueInstantiator.class
        || !defaultInstantiator.canCreateFromObjectWith()) {
      return defaultInstantiator;
    }
    MethodHandle handle = spreading(defaultInstantiator.getWithArgsCreator());
    return handle == null ? defaultInstantiator : new Spreading((StdValueInstantiator) defaultInstantiator, handle);
  }

  /** Returns a handle taking the creator's arguments as one {@code Object[]}, or null if it cannot be made. */
  private static @org.jspecify.annotations.Nullable MethodHandle spreading(@org.jspecify.annotations.Nullable
      AnnotatedWithParams creator) {
    if (creator == null || !(creator.getMember() instanceof Executable member)
        || !Modifier.isPublic(member.getModifiers()) || !Modifier.isPublic(member.getDeclaringClass().getModifiers())
        || member.isVarArgs()) {
      return null;
    }
    try {
      Module ours = FastCreators.class.getModule();
      ours.addReads(member.getDeclaringClass().getModule());
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle;
      if (member instanceof Constructor<?> c) {
        handle = lookup.unreflectConstructor(c);
      } else if (member instanceof Method m && Modifier.isStatic(m.getModifiers())) {
        handle = lookup.unreflect(m);
      } else {
        return null;
      }
      return handle.asSpreader(Object[].class, member.getParameterCount()).asType(SPREAD);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** Jackson's own instantiator, with the creator called through the spreading handle. */
  private static final class Spreading extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: mappers are built in place
    private final MethodHandle creator;

    Spreading(StdValueInstantiator src, MethodHandle creator) {
      super(src);
      this.creator = creator;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
      try {
        return (Object) creator.invokeExact(args);
      } catch (Exception e) {
        return ctxt.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(ctxt, e));
      } catch (Throwable t) {
        throw sneaky(t);
      }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
      throw (E) t;
    }
  }
}
