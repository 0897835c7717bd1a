package io.cohesion.rest.resource;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Definitions as the API answers them: in the shape of the files of docs/cli.md, so that what a
 * caller reads can be sent back as it is.
 */
final class Views {
  private Views() {}

  static Map<String, Object> text(Text text) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("nl", text.nl());
    json.put("en", text.en());
    return json;
  }

  static Map<String, Object> range(ResponseRange range) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("min", range.min());
    json.put("max", range.max());
    return json;
  }

  static Map<String, Object> scale(Scale scale) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", scale.id().value());
    json.put("name", text(scale.name()));
    json.put("response", range(scale.response()));
    json.put("minAnswered", scale.minAnswered());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Item item : scale.items()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", item.id());
      i.put("text", text(item.text()));
      i.put("reverse", item.reverse());
      items.add(i);
    }
    json.put("items", items);
    return json;
  }

  static Map<String, Object> wishMap(WishMap map) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", map.id().value());
    json.put("values", values(map.values()));
    json.put("importanceScale", range(map.importanceScale()));
    map.satisfactionScale().ifPresent(s -> json.put("satisfactionScale", range(s)));
    json.put("topChoices", map.topChoices());
    List<Object> segments = new ArrayList<>();
    for (String column : map.segments()) {
      segments.add(map.declaration(column).<Object>map(Views::column).orElse(column));
    }
    json.put("segments", segments);
    return json;
  }

  /** Columns declared with their values, as {@code [{column, label, values}]}. */
  static List<Map<String, Object>> columns(List<SegmentColumn> declared) {
    return declared.stream().map(Views::column).toList();
  }

  private static Map<String, Object> column(SegmentColumn declared) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("column", declared.column());
    c.put("label", text(declared.label()));
    c.put("values", values(declared.values()));
    return c;
  }

  /** Values as {@code [{code, label}]}. */
  private static List<Map<String, Object>> values(List<Value> values) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (Value value : values) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("code", value.code());
      v.put("label", text(value.label()));
      json.add(v);
    }
    return json;
  }
}
