package io.github.gpai4j.core.json;

import io.github.gpai4j.core.Applicable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes {@link Applicable.NotApplicable} as {@code "N/A"} and a given value as that value. */
final class ApplicableSerializer extends ValueSerializer<Applicable<?>> {
  @Override
  public void serialize(Applicable<?> value, JsonGenerator gen, SerializationContext ctxt) throws JacksonException {
    if (value instanceof Applicable.Given<?> given) {
      ctxt.writeValue(gen, given.get());
    } else {
      gen.writeString(value.toString()); // "N/A", "N/A: <reason>", "None" or "None: <statement>"
    }
  }
}
