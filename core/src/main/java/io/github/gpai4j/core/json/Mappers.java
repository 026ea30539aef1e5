package io.github.gpai4j.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.gpai4j.core.Applicable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** Builds the one Jackson configuration gpai4j reads and writes with. */
final class Mappers {
  private Mappers() {}

  /**
   * Returns a mapper configured for gpai4j documents and the given limits.
   *
   * @param limits the read limits
   * @return a new, thread-safe mapper
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static JsonMapper create(ReadLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(Math.min(limits.maxStringLength(), 10_000))
        .build();
    // Writing may nest as deep as reading allows, no deeper, so that gpai4j never writes what it refuses to read.
    StreamWriteConstraints writeConstraints = StreamWriteConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .streamWriteConstraints(writeConstraints)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // a property given twice would otherwise silently lose its first value
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    SimpleModule module = new SimpleModule("gpai4j");
    module.addDeserializer((Class) Applicable.class, new ApplicableDeserializer());
    module.addSerializer((Class) Applicable.class, new ApplicableSerializer());
    module.addDeserializer(BigDecimal.class, new StrictDecimalDeserializer());
    module.addDeserializer(LocalDate.class, new StrictDates.Deserializer());
    module.addSerializer(LocalDate.class, new StrictDates.Serializer());
    module.addDeserializer(YearMonth.class, new StrictDates.MonthDeserializer());
    module.addSerializer(YearMonth.class, new StrictDates.MonthSerializer());
    module.setValueInstantiators(new FastCreators());
    return JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // 12500.9 is not a whole number, and true or 12345 is not a string: no coercion of scalars
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Convenience predicates such as isEmpty() on records are not properties.
        .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        // null inside an array is an error at its own index, not a silently absent element
        .changeDefaultNullHandling(v -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
