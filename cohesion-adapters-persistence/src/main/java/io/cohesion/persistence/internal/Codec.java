package io.cohesion.persistence.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.MeasurementResponse;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The stored form of definitions and responses. Definitions are JSON documents with readable keys.
 * Responses are compact JSON with one-letter keys, written and read with Jackson's streaming API
 * because imports and analyses handle them by the million: {@code i} importance, {@code s}
 * satisfaction, {@code t} top choices, {@code g} segments (attributes for a measurement), {@code n}
 * networks, {@code w} willingness, {@code x} wishes, {@code a} answers.
 */
public final class Codec {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private Codec() {}

  // ---- definitions

  /** A wish map as JSON text. */
  public static String wishMap(WishMap map) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", map.id().value());
    ArrayNode values = root.putArray("values");
    for (Value value : map.values()) {
      ObjectNode v = values.addObject();
      v.put("code", value.code());
      text(v.putObject("label"), value.label());
    }
    range(root.putObject("importanceScale"), map.importanceScale());
    map.satisfactionScale().ifPresent(r -> range(root.putObject("satisfactionScale"), r));
    root.put("topChoices", map.topChoices());
    strings(root.putArray("segments"), map.segments());
    ObjectNode mobilisation = root.putObject("mobilisation");
    strings(mobilisation.putArray("interests"), map.mobilisation().interests());
    strings(mobilisation.putArray("networks"), map.mobilisation().networks());
    strings(mobilisation.putArray("channels"), map.mobilisation().channels());
    strings(mobilisation.putArray("skills"), map.mobilisation().skills());
    return root.toString();
  }

  /** A wish map from its JSON text. */
  public static WishMap wishMap(String json) {
    JsonNode root = tree(json);
    List<Value> values = new ArrayList<>();
    for (JsonNode v : root.get("values")) {
      values.add(new Value(v.get("code").asText(), text(v.get("label"))));
    }
    JsonNode mobilisation = root.get("mobilisation");
    return new WishMap(
        new WishMapId(root.get("id").asText()),
        values,
        range(root.get("importanceScale")),
        root.has("satisfactionScale")
            ? Optional.of(range(root.get("satisfactionScale")))
            : Optional.empty(),
        root.get("topChoices").asInt(),
        strings(root.get("segments")),
        new Mobilisation(
            strings(mobilisation.get("interests")),
            strings(mobilisation.get("networks")),
            strings(mobilisation.get("channels")),
            strings(mobilisation.get("skills"))));
  }

  /** A scale as JSON text. */
  public static String scale(Scale scale) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", scale.id().value());
    text(root.putObject("name"), scale.name());
    range(root.putObject("response"), scale.response());
    root.put("minAnswered", scale.minAnswered());
    ArrayNode items = root.putArray("items");
    for (Item item : scale.items()) {
      ObjectNode i = items.addObject();
      i.put("id", item.id());
      text(i.putObject("text"), item.text());
      i.put("reverse", item.reverse());
    }
    return root.toString();
  }

  /** A scale from its JSON text. */
  public static Scale scale(String json) {
    JsonNode root = tree(json);
    List<Item> items = new ArrayList<>();
    for (JsonNode i : root.get("items")) {
      items.add(new Item(i.get("id").asText(), text(i.get("text")), i.get("reverse").asBoolean()));
    }
    return new Scale(
        new ScaleId(root.get("id").asText()),
        text(root.get("name")),
        range(root.get("response")),
        root.get("minAnswered").asInt(),
        items);
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored definition is not valid JSON", e);
    }
  }

  private static void text(ObjectNode node, Text text) {
    node.put("nl", text.nl());
    node.put("en", text.en());
  }

  private static Text text(JsonNode node) {
    return new Text(node.get("nl").asText(), node.get("en").asText());
  }

  private static void range(ObjectNode node, ResponseRange range) {
    node.put("min", range.min());
    node.put("max", range.max());
  }

  private static ResponseRange range(JsonNode node) {
    return new ResponseRange(node.get("min").asDouble(), node.get("max").asDouble());
  }

  private static void strings(ArrayNode node, List<String> values) {
    values.forEach(node::add);
  }

  private static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asText()));
    return values;
  }

  // ---- responses

  /** The answers of a wish map response (everything but the respondent) as compact JSON. */
  public static String wishMapAnswers(WishMapResponse response) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      numbers(g, "i", response.importance());
      numbers(g, "s", response.satisfaction());
      strings(g, "t", response.topChoices());
      texts(g, "g", response.segments());
      strings(g, "n", response.networks());
      if (response.willingness().isPresent()) {
        g.writeNumberField("w", response.willingness().getAsInt());
      }
      strings(g, "x", response.wishes());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A wish map response from its respondent and compact answers. */
  public static WishMapResponse wishMapResponse(String respondent, String answers) {
    Map<String, Double> importance = Map.of();
    Map<String, Double> satisfaction = Map.of();
    List<String> top = List.of();
    Map<String, String> segments = Map.of();
    List<String> networks = List.of();
    OptionalInt willingness = OptionalInt.empty();
    List<String> wishes = List.of();
    try (JsonParser p = FACTORY.createParser(answers)) {
      expect(p, JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "i" -> importance = numbers(p);
          case "s" -> satisfaction = numbers(p);
          case "t" -> top = strings(p);
          case "g" -> segments = texts(p);
          case "n" -> networks = strings(p);
          case "w" -> willingness = OptionalInt.of(p.getIntValue());
          case "x" -> wishes = strings(p);
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored answers are not valid JSON", e);
    }
    Set<String> networkSet = new HashSet<>(networks);
    return new WishMapResponse(
        new Pseudonym(respondent),
        importance,
        satisfaction,
        top,
        segments,
        networkSet,
        willingness,
        wishes);
  }

  /** The answers of a measurement response (everything but the respondent) as compact JSON. */
  public static String measurementAnswers(MeasurementResponse response) {
    StringWriter out = new StringWriter(64);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      numbers(g, "a", response.answers());
      texts(g, "g", response.attributes());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A measurement response from its respondent and compact answers. */
  public static MeasurementResponse measurementResponse(String respondent, String answers) {
    Map<String, Double> values = Map.of();
    Map<String, String> attributes = Map.of();
    try (JsonParser p = FACTORY.createParser(answers)) {
      expect(p, JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "a" -> values = numbers(p);
          case "g" -> attributes = texts(p);
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored answers are not valid JSON", e);
    }
    return new MeasurementResponse(new Pseudonym(respondent), values, attributes);
  }

  private static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.nextToken() != token) {
      throw new IOException("expected " + token + " at " + p.currentLocation());
    }
  }

  private static void numbers(JsonGenerator g, String field, Map<String, Double> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      g.writeFieldName(e.getKey());
      double v = e.getValue();
      // Whole answers are the rule; writing them without ".0" keeps rows short.
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        g.writeNumber((long) v);
      } else {
        g.writeNumber(v);
      }
    }
    g.writeEndObject();
  }

  private static void texts(JsonGenerator g, String field, Map<String, String> values)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, Iterable<String> values)
      throws IOException {
    if (!values.iterator().hasNext()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static Map<String, Double> numbers(JsonParser p) throws IOException {
    Map<String, Double> values = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      values.put(key, p.getDoubleValue());
    }
    return values;
  }

  private static Map<String, String> texts(JsonParser p) throws IOException {
    Map<String, String> values = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      values.put(key, p.nextTextValue());
    }
    return values;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getText());
    }
    return values;
  }
}
