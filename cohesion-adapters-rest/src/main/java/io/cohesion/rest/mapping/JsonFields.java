package io.cohesion.rest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cohesion.core.FieldError;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Reads the fields of a JSON definition file one by one, collecting every broken rule with its path
 * instead of stopping at the first, so that one run of a command names everything wrong with a
 * file.
 */
final class JsonFields {
  private static final ObjectMapper MAPPER = mapper();

  private final String source;
  private final List<FieldError> errors = new ArrayList<>();

  JsonFields(String source) {
    this.source = source;
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper =
        JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    // The same limits as request bodies: a definition is small, and a number's length, not its
    // magnitude, is what a parser can bound (the magnitude is checked in bounded()).
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxNumberLength(64)
                .maxStringLength(100_000)
                .maxNameLength(100_000)
                .build());
    return mapper;
  }

  /**
   * Parses a whole JSON document that must be an object, every value of which keeps {@link
   * InputBounds}.
   */
  JsonNode parseObject(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw FileFormatException.of(
          source, where, "not valid JSON: " + oneLine(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      // Jackson guesses UTF-16/32 from the first bytes; text broken in that encoding is bad input.
      throw FileFormatException.of(
          source, "document", "not valid JSON: not readable as text: " + oneLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode()) {
      throw FileFormatException.of(source, "document", "the file is empty");
    }
    if (!root.isObject()) {
      throw FileFormatException.of(
          source, "document", "must be a JSON object, got " + describe(root));
    }
    bounded(root, "", false);
    throwIfAny();
    return root;
  }

  /** Records every string, key and number under {@code node} that breaks {@link InputBounds}. */
  private void bounded(JsonNode node, String path, boolean freeText) {
    if (node.isTextual()) {
      InputBounds.textProblem(node.textValue(), InputBounds.maxLength(freeText))
          .ifPresent(reason -> error(path, reason));
    } else if (node.isNumber()) {
      InputBounds.numberProblem(node.doubleValue()).ifPresent(reason -> error(path, reason));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        bounded(node.get(i), path + "[" + i + "]", freeText);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        Optional<String> keyProblem =
            InputBounds.textProblem(field.getKey(), InputBounds.MAX_SHORT_TEXT);
        if (keyProblem.isPresent()) {
          // The key itself is not fit to repeat in a path.
          error(path.isEmpty() ? "document" : path, "a key " + keyProblem.get());
          continue;
        }
        bounded(field.getValue(), at, freeText || InputBounds.isFreeText(field.getKey()));
      }
    }
  }

  /** Records a broken rule. */
  void error(String path, String reason) {
    errors.add(new FieldError(path, reason));
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws every recorded error at once, if there is any. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new FileFormatException(source, errors);
    }
  }

  /** The field {@code name} of {@code object}; JSON {@code null} counts as absent. */
  static Optional<JsonNode> optional(JsonNode object, String name) {
    JsonNode node = object.get(name);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  /** The field {@code name}, or an error {@code path: missing}. */
  Optional<JsonNode> required(JsonNode object, String name, String path) {
    Optional<JsonNode> node = optional(object, name);
    if (node.isEmpty()) {
      error(path, "missing");
    }
    return node;
  }

  Optional<String> string(JsonNode node, String path) {
    if (!node.isTextual()) {
      error(path, "must be a string, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  Optional<JsonNode> object(JsonNode node, String path) {
    if (!node.isObject()) {
      error(path, "must be an object, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node);
  }

  Optional<JsonNode> array(JsonNode node, String path) {
    if (!node.isArray()) {
      error(path, "must be an array, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node);
  }

  Optional<Double> number(JsonNode node, String path) {
    if (!node.isNumber()) {
      error(path, "must be a number, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node.doubleValue());
  }

  OptionalInt integer(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      error(path, "must be a whole number, got " + describe(node));
      return OptionalInt.empty();
    }
    return OptionalInt.of(node.intValue());
  }

  Optional<Boolean> bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      error(path, "must be true or false, got " + describe(node));
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  /**
   * A label: {@code {"nl": …, "en": …}} where one language stands in for a missing other, or a
   * plain string used for both. Absent, it is {@code fallback}.
   */
  Optional<Text> text(JsonNode parent, String name, String path, String fallback) {
    Optional<JsonNode> field = optional(parent, name);
    if (field.isEmpty()) {
      // The fallback is an id from the same file, which may itself be unusable (blank).
      return construct(path, () -> Text.of(fallback));
    }
    JsonNode node = field.get();
    if (node.isTextual()) {
      return construct(path, () -> Text.of(node.textValue()));
    }
    if (!node.isObject()) {
      error(path, "must be an object with nl and/or en, or a string, got " + describe(node));
      return Optional.empty();
    }
    Optional<String> nl = optional(node, "nl").flatMap(n -> string(n, path + ".nl"));
    Optional<String> en = optional(node, "en").flatMap(n -> string(n, path + ".en"));
    if (nl.isEmpty() && en.isEmpty()) {
      if (optional(node, "nl").isEmpty() && optional(node, "en").isEmpty()) {
        error(path, "needs nl or en");
      }
      return Optional.empty();
    }
    String dutch = nl.orElseGet(en::get);
    String english = en.orElse(dutch);
    return construct(path, () -> new Text(dutch, english));
  }

  /** A response range {@code {"min": …, "max": …}}. */
  Optional<ResponseRange> range(JsonNode node, String path) {
    Optional<JsonNode> range = object(node, path);
    if (range.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> min =
        required(range.get(), "min", path + ".min").flatMap(n -> number(n, path + ".min"));
    Optional<Double> max =
        required(range.get(), "max", path + ".max").flatMap(n -> number(n, path + ".max"));
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    return construct(path, () -> new ResponseRange(min.get(), max.get()));
  }

  /** Builds a core value, turning its constructor's complaint into an error on {@code path}. */
  <T> Optional<T> construct(String path, Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException | NullPointerException e) {
      error(path, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "\"" + node.textValue() + "\"";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.toString();
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").trim();
  }
}
