package io.cohesion.rest.mapping;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.trust.Item;
import io.cohesion.core.trust.Scale;
import io.cohesion.core.trust.ScaleId;
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
import org.apiguardian.api.API;

/**
 * Reads a scale file (docs/cli.md):
 *
 * <pre>{@code
 * {"id": "cohesion", "name": {"nl": "…", "en": "…"}, "response": {"min": 1, "max": 5},
 *  "minAnswered": 3, "items": [{"id": "SC1", "text": {"nl": "…", "en": "…"}, "reverse": false}]}
 * }</pre>
 *
 * <p>Required are {@code id}, {@code response} and each item's {@code id}. The name and the texts
 * default to the id and may be given in one language only (or as a plain string); {@code reverse}
 * defaults to false and {@code minAnswered} to half the items, rounded up. Unknown fields are
 * ignored.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ScaleFile {
  private ScaleFile() {}

  /**
   * Reads the scale file at {@code file}; errors name the file as given.
   *
   * @throws FileFormatException naming every broken rule
   * @throws IOException when the file cannot be read
   */
  public static Scale read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a scale file from {@code in}.
   *
   * @param source the name used in error messages
   * @throws FileFormatException naming every broken rule
   * @throws IOException when the stream cannot be read
   */
  public static Scale read(InputStream in, String source) throws IOException {
    JsonFields fields = new JsonFields(source);
    JsonNode root = fields.parseObject(in);

    Optional<String> id =
        fields
            .required(root, "id", "id")
            .flatMap(n -> fields.string(n, "id"))
            .flatMap(s -> fields.construct("id", () -> new ScaleId(s)).map(ScaleId::value));
    String fallbackName = id.orElse("scale");
    Optional<Text> name = fields.text(root, "name", "name", fallbackName);
    Optional<ResponseRange> response =
        fields.required(root, "response", "response").flatMap(n -> fields.range(n, "response"));
    List<Item> items = items(root, fields);
    OptionalInt minAnswered =
        JsonFields.optional(root, "minAnswered")
            .map(n -> fields.integer(n, "minAnswered"))
            .orElse(OptionalInt.of(Scale.defaultMinAnswered(items.size())));
    if (minAnswered.isPresent()
        && !fields.hasErrors()
        && (minAnswered.getAsInt() < 1 || minAnswered.getAsInt() > items.size())) {
      fields.error(
          "minAnswered",
          "must be between 1 and the number of items ("
              + items.size()
              + "), got "
              + minAnswered.getAsInt());
    }
    fields.throwIfAny();
    Optional<Scale> scale =
        fields.construct(
            "document",
            () ->
                new Scale(
                    new ScaleId(id.orElseThrow()),
                    name.orElseThrow(),
                    response.orElseThrow(),
                    minAnswered.getAsInt(),
                    items));
    fields.throwIfAny();
    return scale.orElseThrow();
  }

  private static List<Item> items(JsonNode root, JsonFields fields) {
    Optional<JsonNode> array =
        fields.required(root, "items", "items").flatMap(n -> fields.array(n, "items"));
    if (array.isEmpty()) {
      return List.of();
    }
    if (array.get().isEmpty()) {
      fields.error("items", "a scale needs at least 1 item, got 0");
    }
    List<Item> items = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < array.get().size(); i++) {
      String path = "items[" + i + "]";
      Optional<JsonNode> node = fields.object(array.get().get(i), path);
      if (node.isEmpty()) {
        continue;
      }
      Optional<String> itemId =
          fields
              .required(node.get(), "id", path + ".id")
              .flatMap(n -> fields.string(n, path + ".id"));
      if (itemId.isEmpty()) {
        continue;
      }
      Integer earlier = firstIndex.putIfAbsent(itemId.get(), i);
      if (earlier != null) {
        fields.error(
            path + ".id", "'" + itemId.get() + "' is already the id of items[" + earlier + "]");
        continue;
      }
      Optional<Text> text = fields.text(node.get(), "text", path + ".text", itemId.get());
      Optional<Boolean> reverse =
          JsonFields.optional(node.get(), "reverse")
              .map(n -> fields.bool(n, path + ".reverse"))
              .orElse(Optional.of(false));
      if (text.isPresent() && reverse.isPresent()) {
        fields
            .construct(path + ".id", () -> new Item(itemId.get(), text.get(), reverse.get()))
            .ifPresent(items::add);
      }
    }
    return items;
  }
}
