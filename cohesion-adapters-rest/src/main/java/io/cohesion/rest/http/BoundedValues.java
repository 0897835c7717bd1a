package io.cohesion.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.cohesion.rest.mapping.InputBounds;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Holds every string, whole number, number and date of a JSON body to {@link InputBounds} while it
 * is read, so no resource checks them field by field and a value beyond its bound never reaches the
 * core model or a store. A refusal names the field's path and the bound.
 */
final class BoundedValues extends SimpleModule {
  private static final long serialVersionUID = 1L;

  BoundedValues() {
    super("cohesion-bounded-values");
    addDeserializer(String.class, new Strings());
    addKeyDeserializer(String.class, new Keys());
    addDeserializer(Integer.class, new Counts(Integer.class));
    addDeserializer(Integer.TYPE, new Counts(Integer.TYPE));
    addDeserializer(Double.class, new Numbers(Double.class));
    addDeserializer(Double.TYPE, new Numbers(Double.TYPE));
    addDeserializer(LocalDate.class, new Dates());
  }

  private static <T> T refuse(JsonParser p, Optional<String> problem, T value)
      throws JsonMappingException {
    if (problem.isPresent()) {
      throw new OutOfBounds(p, problem.get());
    }
    return value;
  }

  /** Whether the string being read is free text: by its field, or the list or object around it. */
  private static boolean freeText(JsonParser p) {
    for (JsonStreamContext at = p.getParsingContext(); at != null; at = at.getParent()) {
      if (InputBounds.isFreeText(at.getCurrentName())) {
        return true;
      }
    }
    return false;
  }

  private static final class Strings extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      if (text == null) {
        return null;
      }
      return refuse(p, InputBounds.textProblem(text, InputBounds.maxLength(freeText(p))), text);
    }
  }

  private static final class Keys extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Optional<String> problem = InputBounds.textProblem(key, InputBounds.MAX_SHORT_TEXT);
      if (problem.isPresent()) {
        throw new OutOfBounds(ctxt.getParser(), "a key " + problem.get());
      }
      return key;
    }
  }

  /** Whole numbers in bodies are counts (attendance, households, a batch of codes, …). */
  private static final class Counts extends StdScalarDeserializer<Integer> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<Integer> standard;

    Counts(Class<Integer> type) {
      super(type);
      standard = new NumberDeserializers.IntegerDeserializer(type, type.isPrimitive() ? 0 : null);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() != JsonParser.NumberType.INT) {
        // Beyond an int: say which bound it breaks rather than that it overflows.
        throw new OutOfBounds(
            p,
            "must be a whole number from 0 to " + InputBounds.MAX_COUNT + ", got " + p.getText());
      }
      Integer count = standard.deserialize(p, ctxt);
      return count == null ? null : refuse(p, InputBounds.countProblem(count), count);
    }
  }

  private static final class Numbers extends StdScalarDeserializer<Double> {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<Double> standard;

    Numbers(Class<Double> type) {
      super(type);
      standard = new NumberDeserializers.DoubleDeserializer(type, type.isPrimitive() ? 0.0 : null);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Double number = standard.deserialize(p, ctxt);
      return number == null ? null : refuse(p, InputBounds.numberProblem(number), number);
    }
  }

  private static final class Dates extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      return date == null ? null : refuse(p, InputBounds.dateProblem(date), date);
    }
  }

  /**
   * A value outside its documented bound. Its message is written here, in JSON terms, so the error
   * mapper passes it on as the field's reason.
   */
  public static final class OutOfBounds extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    OutOfBounds(JsonParser parser, String reason) {
      super(parser, reason);
    }
  }
}
