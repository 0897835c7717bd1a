package io.cohesion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the OpenAPI document promises about a response, checked against what the server answered:
 * the operation (path template and method) must document the status, the content type must be one
 * it documents, the headers it marks required must be there, and a JSON body must validate against
 * the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 has it).
 *
 * <p>Unknown fields are refused: every object schema of the document is read as if it said {@code
 * unevaluatedProperties: false}, unless it says what other properties may hold. So a field the
 * server sends and the document does not name fails the check, as does a documented field of the
 * wrong type or a required one that is missing. Bodies that are not JSON (CSV, the HTML and script
 * of the documentation page) are checked for their documented media type only.
 */
final class ResponseContract {
  /** Where the document is registered for the schema validator; never fetched. */
  private static final String DOCUMENT_URI = "https://cohesion.example.org/api/v1/openapi.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/}]+\\}");
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final Set<String> SCHEMA_VALUES =
      Set.of(
          "items",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "additionalProperties",
          "unevaluatedProperties",
          "unevaluatedItems",
          "propertyNames");
  private static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
  private static final Set<String> OPEN_ENDED =
      Set.of("additionalProperties", "unevaluatedProperties", "patternProperties");

  private static final ResponseContract SERVED = of(servedDocument());

  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** A path template of the document with one of its methods. */
  private record Operation(String template, Pattern pattern, String method, JsonNode node) {}

  private ResponseContract(JsonNode document) {
    this.document = document;
    ObjectNode strict = document.deepCopy();
    refuseUnknownFields(strict);
    String text = strict.toString();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(Map.of(DOCUMENT_URI, text)));
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      Pattern pattern = pattern(path.getKey());
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (op.getValue().has("responses")) {
          operations.add(new Operation(path.getKey(), pattern, op.getKey(), op.getValue()));
        }
      }
    }
  }

  /** The contract of the document the server serves. */
  static ResponseContract served() {
    return SERVED;
  }

  /** The contract of {@code document}, an OpenAPI 3.1 document as JSON. */
  static ResponseContract of(JsonNode document) {
    return new ResponseContract(document);
  }

  /** Throws an {@link AssertionError} naming every way {@code response} breaks the contract. */
  void check(HttpResponse<String> response) {
    List<String> problems =
        problems(
            response.request().method(),
            response.request().uri().getRawPath(),
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            response.headers().map().keySet(),
            response.body());
    if (!problems.isEmpty()) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + " against the OpenAPI document:\n  "
              + String.join("\n  ", problems)
              + "\nbody: "
              + abbreviate(response.body()));
    }
  }

  /**
   * Every way a response breaks the contract; empty when it keeps it. {@code headers} are the names
   * of the headers sent (compared without case).
   */
  List<String> problems(
      String method,
      String rawPath,
      int status,
      String contentType,
      Set<String> headers,
      String body) {
    if (!rawPath.startsWith(Routes.BASE + "/") && !rawPath.equals(HealthResource.ROOT_PATH)) {
      return List.of(); // the workshop page and its files, outside the API
    }
    String path = documentPath(rawPath);
    boolean head = method.equalsIgnoreCase("HEAD");
    Optional<Operation> found = operation(head ? "GET" : method, path);
    if (found.isEmpty()) {
      if (status == 404 || status == 405) {
        // an address the API does not have: the error mapping's problem, documented nowhere
        return problemOnly(contentType, body);
      }
      return List.of("the document has no operation " + method + " " + path);
    }
    Operation operation = found.get();
    String where = operation.method() + " " + operation.template();
    JsonNode responses = operation.node().path("responses");
    String key = String.valueOf(status);
    if (!responses.has(key)) {
      key = status / 100 + "XX";
    }
    if (!responses.has(key)) {
      key = "default";
    }
    if (!responses.has(key)) {
      return List.of(where + " documents no " + status + " response");
    }
    String pointer =
        "/paths/" + escape(operation.template()) + "/" + operation.method() + "/responses/" + key;
    JsonNode documented = responses.path(key);
    if (documented.has("$ref")) {
      pointer = documented.path("$ref").asText().substring(1);
      documented = document.at(pointer);
    }

    List<String> problems = new ArrayList<>();
    Set<String> sent = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sent.addAll(headers);
    for (Map.Entry<String, JsonNode> header : documented.path("headers").properties()) {
      JsonNode definition = resolve(header.getValue());
      if (definition.path("required").asBoolean(false) && !sent.contains(header.getKey())) {
        problems.add(
            where + " " + status + ": the required header " + header.getKey() + " is missing");
      }
    }

    JsonNode content = documented.path("content");
    if (status == 304) {
      return problems; // the cached body stands: nothing is sent
    }
    if (content.isMissingNode() || content.isEmpty()) {
      if (body != null && !body.isEmpty()) {
        problems.add(where + " " + status + " documents no body, yet one was sent");
      }
      return problems;
    }
    String mediaType = mediaType(contentType);
    if (mediaType == null || !content.has(mediaType)) {
      problems.add(
          where
              + " "
              + status
              + " documents "
              + iterable(content.fieldNames())
              + ", not "
              + contentType);
      return problems;
    }
    if (head || !isJson(mediaType)) {
      return problems; // HEAD answers GET's headers without its body
    }
    JsonNode media = content.path(mediaType);
    if (!media.has("schema")) {
      problems.add(where + " " + status + " " + mediaType + " has no schema");
      return problems;
    }
    String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
    for (Error error : schema(schemaPointer).validate(body, InputFormat.JSON)) {
      problems.add(
          where
              + " "
              + status
              + ": "
              + error.getInstanceLocation()
              + " "
              + error.getMessage()
              + " ("
              + error.getSchemaLocation()
              + ")");
    }
    return problems;
  }

  private List<String> problemOnly(String contentType, String body) {
    if (!"application/problem+json".equals(mediaType(contentType))) {
      return List.of("an unknown address answered " + contentType + ", not a problem");
    }
    List<String> problems = new ArrayList<>();
    for (Error error : schema("/components/schemas/Problem").validate(body, InputFormat.JSON)) {
      problems.add(error.getInstanceLocation() + " " + error.getMessage());
    }
    return problems;
  }

  /** The operation whose template matches, the one with the fewest parameters first. */
  private Optional<Operation> operation(String method, String path) {
    String lower = method.toLowerCase(Locale.ROOT);
    return operations.stream()
        .filter(op -> op.method().equals(lower) && op.pattern().matcher(path).matches())
        .min(
            Comparator.comparingLong(
                (Operation op) -> TEMPLATE_PARAMETER.matcher(op.template()).results().count()));
  }

  /** A path template as a pattern: each parameter is one segment. */
  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
    int at = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(template.substring(at, parameter.start()))).append("[^/]+");
      at = parameter.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString());
  }

  private static String documentPath(String rawPath) {
    if (rawPath.equals(HealthResource.ROOT_PATH)) {
      return rawPath;
    }
    return rawPath.startsWith(Routes.BASE) ? rawPath.substring(Routes.BASE.length()) : rawPath;
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + p)));
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
  }

  // ---------------------------------------------------------------------------------------------
  // Unknown fields refused

  /** Makes every object schema of {@code document} refuse properties it does not name. */
  private static void refuseUnknownFields(ObjectNode document) {
    JsonNode original = document.deepCopy();
    document.path("components").path("schemas").forEach(schema -> strictSchema(schema, original));
    for (String part : List.of("responses", "requestBodies")) {
      document.path("components").path(part).forEach(node -> strictMedia(node, original));
    }
    document.path("paths").forEach(node -> strictMedia(node, original));
  }

  /** The schemas under the media types of everything below {@code node}. */
  private static void strictMedia(JsonNode node, JsonNode original) {
    if (node instanceof ObjectNode object) {
      if (object.has("content")) {
        object.path("content").forEach(media -> strictSchema(media.path("schema"), original));
      }
      object.forEach(
          child -> {
            if (child.isContainerNode() && !child.has("schema")) {
              strictMedia(child, original);
            }
          });
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> strictMedia(child, original));
    }
  }

  /**
   * Adds {@code unevaluatedProperties: false} to {@code node} if it describes an object and says
   * nothing about other properties, then does the same below it. A branch of {@code allOf} is left
   * open, since its siblings name properties too: the schema holding the {@code allOf} closes them
   * all at once, and a {@code $ref} branch is replaced by an open copy of what it names.
   */
  private static void strictSchema(JsonNode node, JsonNode original) {
    if (!(node instanceof ObjectNode schema)) {
      return;
    }
    if (schema.path("allOf") instanceof ArrayNode branches) {
      for (int i = 0; i < branches.size(); i++) {
        String ref = branches.get(i).path("$ref").asText("");
        if (ref.startsWith("#/")) {
          branches.set(i, original.at(ref.substring(1)).deepCopy());
        }
      }
    }
    boolean describesObject =
        schema.has("properties")
            || schema.has("allOf")
            || schema.path("type").asText().equals("object")
            || containsText(schema.path("type"), "object");
    if (describesObject && OPEN_ENDED.stream().noneMatch(schema::has)) {
      schema.put("unevaluatedProperties", false);
    }
    for (String keyword : SCHEMA_VALUES) {
      strictSchema(schema.path(keyword), original);
    }
    for (String keyword : SCHEMA_LISTS) {
      schema.path(keyword).forEach(child -> strictSchema(child, original));
    }
    for (String keyword : SCHEMA_MAPS) {
      schema.path(keyword).forEach(child -> strictSchema(child, original));
    }
    if (schema.path("allOf") instanceof ArrayNode branches) {
      for (JsonNode branch : branches) {
        if (branch instanceof ObjectNode open && open.path("unevaluatedProperties").isBoolean()) {
          open.remove("unevaluatedProperties");
        }
      }
    }
  }

  private static boolean containsText(JsonNode array, String text) {
    for (JsonNode element : array) {
      if (element.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode servedDocument() {
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
