package io.github.gpai4j.core.json;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * In lenient mode, keeps every unknown property with its JSON Pointer in the per-call sink stored as a
 * deserialization attribute; without a sink it declines, so strict reading fails as usual.
 */
final class UnknownPropertyCollector extends DeserializationProblemHandler {
  /** The attribute key under which a read call stores its {@code Map<String, JsonNode>} sink. */
  static final Object SINK = UnknownPropertyCollector.class;

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer, Object beanOrClass,
      String propertyName) throws JacksonException {
    Object sink = ctxt.getAttribute(SINK);
    if (!(sink instanceof Map<?, ?>)) {
      return false;
    }
    String parent = p.streamReadContext().getParent() == null ? ""
        : p.streamReadContext().pathAsPointer().toString();
    String pointer = parent.endsWith(JsonPointers.escape(propertyName))
        ? parent : parent + "/" + JsonPointers.escape(propertyName);
    JsonNode value = ctxt.readTree(p);
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> map = (Map<String, JsonNode>) sink;
    map.put(pointer, value);
    return true;
  }
}
