package io.cohesion.persistence.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of definitions: JSON documents with readable keys. Responses have a compact
 * binary form of their own, {@link ResponseFormat}.
 */
public final class Codec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Codec() {}

  // ---- definitions

  /** A wish map as JSON text. */
  public static String wishMap(WishMap map) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", map.id().value());
    values(root.putArray("values"), map.values());
    map.importanceScale().ifPresent(r -> range(root.putObject("importanceScale"), r));
    map.satisfactionScale().ifPresent(r -> range(root.putObject("satisfactionScale"), r));
    root.put("topChoices", map.topChoices());
    strings(root.putArray("segments"), map.segments());
    ObjectNode mobilisation = root.putObject("mobilisation");
    strings(mobilisation.putArray("interests"), map.mobilisation().interests());
    strings(mobilisation.putArray("networks"), map.mobilisation().networks());
    strings(mobilisation.putArray("channels"), map.mobilisation().channels());
    strings(mobilisation.putArray("skills"), map.mobilisation().skills());
    if (!map.declarations().isEmpty()) {
      declarations(root.putArray("declarations"), map.declarations());
    }
    return root.toString();
  }

  /**
   * A wish map from its JSON text; maps stored before segment values were declared have none, and a
   * map that asks no importance has no {@code importanceScale}.
   */
  public static WishMap wishMap(String json) {
    JsonNode root = tree(json);
    List<Value> values = values(root.get("values"));
    JsonNode mobilisation = root.get("mobilisation");
    List<SegmentColumn> declarations =
        root.has("declarations") ? declarations(root.get("declarations")) : List.of();
    return new WishMap(
        new WishMapId(root.get("id").asText()),
        values,
        root.has("importanceScale")
            ? Optional.of(range(root.get("importanceScale")))
            : Optional.empty(),
        root.has("satisfactionScale")
            ? Optional.of(range(root.get("satisfactionScale")))
            : Optional.empty(),
        root.get("topChoices").asInt(),
        strings(root.get("segments")),
        new Mobilisation(
            strings(mobilisation.get("interests")),
            strings(mobilisation.get("networks")),
            strings(mobilisation.get("channels")),
            strings(mobilisation.get("skills"))),
        declarations);
  }

  /**
   * Columns declared with their values (a measurement's attributes) as JSON text: an array in the
   * form of a wish map's {@code declarations}.
   */
  public static String declarations(List<SegmentColumn> columns) {
    ArrayNode array = MAPPER.createArrayNode();
    declarations(array, columns);
    return array.toString();
  }

  /** Columns declared with their values from the JSON text {@link #declarations(List)} writes. */
  public static List<SegmentColumn> declarations(String json) {
    return declarations(tree(json));
  }

  private static void declarations(ArrayNode array, List<SegmentColumn> columns) {
    for (SegmentColumn column : columns) {
      ObjectNode c = array.addObject();
      c.put("column", column.column());
      text(c.putObject("label"), column.label());
      values(c.putArray("values"), column.values());
    }
  }

  private static List<SegmentColumn> declarations(JsonNode array) {
    List<SegmentColumn> columns = new ArrayList<>();
    for (JsonNode c : array) {
      columns.add(
          new SegmentColumn(
              c.get("column").asText(), text(c.get("label")), values(c.get("values"))));
    }
    return columns;
  }

  private static void values(ArrayNode array, List<Value> values) {
    for (Value value : values) {
      ObjectNode v = array.addObject();
      v.put("code", value.code());
      text(v.putObject("label"), value.label());
    }
  }

  private static List<Value> values(JsonNode array) {
    List<Value> values = new ArrayList<>();
    for (JsonNode v : array) {
      values.add(new Value(v.get("code").asText(), text(v.get("label"))));
    }
    return values;
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
}
