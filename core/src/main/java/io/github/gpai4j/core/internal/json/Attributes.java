package io.github.gpai4j.core.internal.json;

/** Keys of per-call deserialization attributes. */
public final class Attributes {
  private Attributes() {}

  /** Key of the {@code Map<String, JsonNode>} that collects unknown properties in lenient mode. */
  public static final Object UNKNOWN_SINK = UnknownPropertyCollector.SINK;
}
