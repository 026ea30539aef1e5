package io.github.gpai4j.core.json;

import io.github.gpai4j.core.Applicable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/** Reads {@code "N/A"} as {@link Applicable#notApplicable()} and anything else as a given value of the content type. */
final class ApplicableDeserializer extends ValueDeserializer<Applicable<?>> {
  private final @Nullable JavaType contentType;
  private final @Nullable ValueDeserializer<Object> contentDeserializer;

  ApplicableDeserializer() {
    this(null, null);
  }

  private ApplicableDeserializer(@Nullable JavaType contentType, @Nullable ValueDeserializer<Object> deser) {
    this.contentType = contentType;
    this.contentDeserializer = deser;
  }

  @Override
  public ValueDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
    JavaType type = property != null ? property.getType() : ctxt.getContextualType();
    JavaType content = type == null ? ctxt.constructType(Object.class) : type.containedTypeOrUnknown(0);
    return new ApplicableDeserializer(content, ctxt.findContextualValueDeserializer(content, property));
  }

  @Override
  public Applicable<?> deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      Applicable<?> marker = Applicable.parseMarker(p.getString());
      if (marker != null) {
        return marker;
      }
    }
    if (contentDeserializer == null || contentType == null) {
      return ctxt.reportInputMismatch(this, "Cannot read an N/A-able value without its type");
    }
    Object value = contentDeserializer.deserialize(p, ctxt);
    if (value == null) {
      return ctxt.reportInputMismatch(this, "Expected a value or \"N/A\"");
    }
    return Applicable.of(value);
  }
}
