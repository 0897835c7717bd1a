package io.cohesion.rest.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apiguardian.api.API;

/**
 * The JSON mapper of the API. Reading is strict on purpose: unknown fields, a string where a number
 * belongs, a duplicate key or trailing data are errors that name what is wrong, never guesses; and
 * every value keeps the bounds of docs/api.md, "Bounds on requests" ({@link BoundedValues}).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Json {
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The most characters of one number literal. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /**
   * The longest string token the parser reads before the field's own bound (at most {@link
   * io.cohesion.rest.mapping.InputBounds#MAX_FREE_TEXT}) is checked; a longer one is refused
   * unread.
   */
  public static final int MAX_TOKEN_LENGTH = 100_000;

  private Json() {}

  /** A new strict mapper for request and response bodies. */
  public static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            // After the JavaTimeModule: the last module registered wins for LocalDate.
            .addModule(new BoundedValues())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                // Digits, not magnitude: 1E+1000000 is short; its bound is the field's.
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_TOKEN_LENGTH)
                .maxNameLength(MAX_TOKEN_LENGTH)
                .build());
    // A string is not a number and a number is not a string: say so instead of converting.
    for (LogicalType type :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
