package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Reads a wish map file (docs/cli.md):
 *
 * <pre>{@code
 * {"id": "nij-beets", "values": [{"code": "contact", "label": {"nl": "…", "en": "…"}}],
 *  "importanceScale": {"min": 1, "max": 5}, "satisfactionScale": {"min": 1, "max": 5},
 *  "topChoices": 3, "segments": ["household"]}
 * }</pre>
 *
 * <p>Required are {@code id}, {@code importanceScale} or {@code satisfactionScale} (a map without
 * importance, for a survey that asked satisfaction only, ranks by dissatisfaction alone) and each
 * value's {@code code}. Labels default to the code and may be given in one language only (or as a
 * plain string); without {@code satisfactionScale} the map asks no satisfaction; {@code topChoices}
 * defaults to 3 (or to the number of values when there are fewer); {@code segments} defaults to
 * none. An optional {@code mobilisation} object may list {@code interests}, {@code networks},
 * {@code channels} and {@code skills}. Unknown fields are ignored.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class WishMapFile {
  private WishMapFile() {}

  /**
   * Reads the wish map file at {@code file}; errors name the file as given.
   *
   * @throws FileFormatException naming every broken rule
   * @throws IOException when the file cannot be read
   */
  public static WishMap read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a wish map file from {@code in}.
   *
   * @param source the name used in error messages
   * @throws FileFormatException naming every broken rule
   * @throws IOException when the stream cannot be read
   */
  public static WishMap read(InputStream in, String source) throws IOException {
    JsonFields fields = new JsonFields(source);
    JsonNode root = fields.parseObject(in);

    Optional<WishMapId> id =
        fields
            .required(root, "id", "id")
            .flatMap(n -> fields.string(n, "id"))
            .flatMap(s -> fields.construct("id", () -> new WishMapId(s)));
    List<Value> values = values(root, fields);
    Optional<JsonNode> importanceNode = JsonFields.optional(root, "importanceScale");
    Optional<ResponseRange> importance =
        importanceNode.flatMap(n -> fields.range(n, "importanceScale"));
    Optional<JsonNode> satisfactionNode = JsonFields.optional(root, "satisfactionScale");
    Optional<ResponseRange> satisfaction =
        satisfactionNode.flatMap(n -> fields.range(n, "satisfactionScale"));
    if (importanceNode.isEmpty() && satisfactionNode.isEmpty()) {
      // A survey that asked satisfaction only (report grades) is a map without importance.
      fields.error(
          "importanceScale",
          "missing: a wish map asks importance, satisfaction or both; give importanceScale,"
              + " satisfactionScale or both");
    }
    OptionalInt topChoices =
        JsonFields.optional(root, "topChoices")
            .map(n -> fields.integer(n, "topChoices"))
            .orElse(OptionalInt.of(Math.min(WishMap.DEFAULT_TOP_CHOICES, values.size())));
    if (topChoices.isPresent()
        && !fields.hasErrors()
        && (topChoices.getAsInt() < 1 || topChoices.getAsInt() > values.size())) {
      fields.error(
          "topChoices",
          "must be between 1 and the number of values ("
              + values.size()
              + "), got "
              + topChoices.getAsInt());
    }
    List<SegmentColumn> declared = new ArrayList<>();
    List<String> segments = segments(root, fields, declared);
    Mobilisation mobilisation = mobilisation(root, fields);
    fields.throwIfAny();
    Optional<WishMap> map =
        fields.construct(
            "document",
            () ->
                new WishMap(
                    id.orElseThrow(),
                    values,
                    importance,
                    satisfaction,
                    topChoices.getAsInt(),
                    segments,
                    mobilisation,
                    declared));
    fields.throwIfAny();
    return map.orElseThrow();
  }

  private static List<Value> values(JsonNode root, JsonFields fields) {
    Optional<JsonNode> array =
        fields.required(root, "values", "values").flatMap(n -> fields.array(n, "values"));
    if (array.isEmpty()) {
      return List.of();
    }
    if (array.get().size() < 2) {
      fields.error("values", "a wish map needs at least 2 values, got " + array.get().size());
    }
    return codes(array.get(), "values", fields);
  }

  /** An array of {@code {code, label}}: codes unique, labels defaulting to the code. */
  private static List<Value> codes(JsonNode array, String at, JsonFields fields) {
    List<Value> values = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      String path = at + "[" + i + "]";
      Optional<JsonNode> node = fields.object(array.get(i), path);
      if (node.isEmpty()) {
        continue;
      }
      Optional<String> code =
          fields
              .required(node.get(), "code", path + ".code")
              .flatMap(n -> fields.string(n, path + ".code"));
      if (code.isEmpty()) {
        continue;
      }
      Integer earlier = firstIndex.putIfAbsent(code.get(), i);
      if (earlier != null) {
        fields.error(
            path + ".code",
            "'" + code.get() + "' is already the code of " + at + "[" + earlier + "]");
        continue;
      }
      Optional<Text> label = fields.text(node.get(), "label", path + ".label", code.get());
      label
          .flatMap(l -> fields.construct(path + ".code", () -> new Value(code.get(), l)))
          .ifPresent(values::add);
    }
    return values;
  }

  /**
   * The segment columns: each a column name, or declared as {@code {column, label, values}}, whose
   * declarations are collected in {@code declared}.
   */
  private static List<String> segments(
      JsonNode root, JsonFields fields, List<SegmentColumn> declared) {
    Optional<JsonNode> array =
        JsonFields.optional(root, "segments").flatMap(n -> fields.array(n, "segments"));
    List<String> columns = new ArrayList<>();
    if (array.isEmpty()) {
      return columns;
    }
    for (int i = 0; i < array.get().size(); i++) {
      String path = "segments[" + i + "]";
      JsonNode element = array.get().get(i);
      if (!element.isObject()) {
        fields.string(element, path).ifPresent(columns::add);
        continue;
      }
      declaredColumn(element, path, fields, columns::add).ifPresent(declared::add);
    }
    return columns;
  }

  /**
   * A column declared as {@code {column, label, values: [{code, label}]}} at {@code path}; its name
   * goes to {@code named} once it has one, also when its values are broken.
   */
  private static Optional<SegmentColumn> declaredColumn(
      JsonNode element, String path, JsonFields fields, Consumer<String> named) {
    Optional<String> column =
        fields
            .required(element, "column", path + ".column")
            .flatMap(n -> fields.string(n, path + ".column"));
    Optional<JsonNode> valueArray =
        fields
            .required(element, "values", path + ".values")
            .flatMap(n -> fields.array(n, path + ".values"));
    if (column.isEmpty() || valueArray.isEmpty()) {
      return Optional.empty();
    }
    named.accept(column.get());
    Optional<Text> label = fields.text(element, "label", path + ".label", column.get());
    List<Value> values = codes(valueArray.get(), path + ".values", fields);
    return label.flatMap(
        l -> fields.construct(path + ".values", () -> new SegmentColumn(column.get(), l, values)));
  }

  /**
   * Columns declared with their values, as a measurement's {@code attributes} are: an array of
   * {@code {column, label, values: [{code, label}]}}, read as a wish map's declared segment columns
   * are; absent or null is none.
   *
   * @param array the array, or null
   * @param field the field's name in error messages, for example {@code attributes}
   * @param source the document in error messages
   * @throws FileFormatException naming every broken rule
   */
  public static List<SegmentColumn> declaredColumns(JsonNode array, String field, String source) {
    List<SegmentColumn> declared = new ArrayList<>();
    if (array == null || array.isNull()) {
      return declared;
    }
    JsonFields fields = new JsonFields(source);
    fields
        .array(array, field)
        .ifPresent(
            a -> {
              for (int i = 0; i < a.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode element = a.get(i);
                if (!element.isObject()) {
                  fields.error(path, "must be an object {column, label, values}");
                  continue;
                }
                declaredColumn(element, path, fields, name -> {}).ifPresent(declared::add);
              }
            });
    fields.throwIfAny();
    return declared;
  }

  private static List<String> strings(
      JsonNode parent, String name, String path, JsonFields fields) {
    Optional<JsonNode> array =
        JsonFields.optional(parent, name).flatMap(n -> fields.array(n, path));
    List<String> strings = new ArrayList<>();
    array.ifPresent(
        a -> {
          for (int i = 0; i < a.size(); i++) {
            fields.string(a.get(i), path + "[" + i + "]").ifPresent(strings::add);
          }
        });
    return strings;
  }

  private static Mobilisation mobilisation(JsonNode root, JsonFields fields) {
    Optional<JsonNode> node =
        JsonFields.optional(root, "mobilisation").flatMap(n -> fields.object(n, "mobilisation"));
    if (node.isEmpty()) {
      return Mobilisation.none();
    }
    return new Mobilisation(
        strings(node.get(), "interests", "mobilisation.interests", fields),
        strings(node.get(), "networks", "mobilisation.networks", fields),
        strings(node.get(), "channels", "mobilisation.channels", fields),
        strings(node.get(), "skills", "mobilisation.skills", fields));
  }
}
