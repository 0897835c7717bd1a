package io.cohesion.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The NLGov API Design Rules that can be read off an OpenAPI document, as docs/api.md ("The API
 * Design Rules") describes them: each check names the rule it enforces and where the document
 * breaks it. The official linter of the rules checks the served document the same way; these checks
 * keep the build from drifting away from it.
 */
final class AdrRules {
  static final String CONTACT = "/core/doc-openapi-contact";
  static final String OPENAPI = "/core/doc-openapi";
  static final String SEMVER = "/core/semver";
  static final String URI_VERSION = "/core/uri-version";
  static final String TRAILING_SLASH = "/core/no-trailing-slash";
  static final String KEBAB_CASE = "/core/path-segments-kebab-case";
  static final String QUERY_CAMEL_CASE = "/core/query-keys-camel-case";
  static final String HTTP_METHODS = "/core/http-methods";
  static final String VERSION_HEADER = "/core/version-header";
  static final String INVALID_INPUT = "/core/error-handling/invalid-input";
  static final String PROBLEM_DETAILS = "/core/error-handling/problem-details";

  /** The response header that carries the full version. */
  static final String API_VERSION = "API-Version";

  /** The one definition every response refers to for {@link #API_VERSION}. */
  static final String API_VERSION_REF = "#/components/headers/" + API_VERSION;

  /** Something the document does against a rule. */
  record Violation(String rule, String where, String message) {
    @Override
    public String toString() {
      return rule + " at " + where + ": " + message;
    }
  }

  private static final Set<String> OPERATIONS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final Set<String> STANDARD_METHODS =
      Set.of("get", "put", "post", "delete", "patch");
  private static final Set<String> BODY_METHODS = Set.of("put", "post", "patch");
  private static final Set<String> PATH_ITEM_FIELDS =
      Set.of("summary", "description", "servers", "parameters");
  private static final Set<String> PROBLEM_TYPES =
      Set.of("application/problem+json", "application/problem+xml");
  private static final Pattern OPENAPI_3 = Pattern.compile("3\\.\\d+\\.\\d+");
  private static final Pattern SEMANTIC =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+");
  private static final Pattern TEMPLATE = Pattern.compile("\\{[a-z][A-Za-z0-9]*\\}");
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-z0-9]*([A-Z][a-z0-9]*)*");
  private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final JsonNode document;
  private final List<Violation> found = new ArrayList<>();

  private AdrRules(JsonNode document) {
    this.document = document;
  }

  /** Everything {@code document} does against the rules; empty when it follows them all. */
  static List<Violation> check(JsonNode document) {
    AdrRules rules = new AdrRules(document);
    rules.openApi();
    rules.semanticVersion();
    rules.contact();
    rules.servers();
    rules.paths();
    rules.queryNames();
    rules.methods();
    rules.operationIds();
    rules.versionHeader();
    rules.badRequest();
    rules.problems();
    return List.copyOf(rules.found);
  }

  private void report(String rule, String where, String message) {
    found.add(new Violation(rule, where, message));
  }

  private void openApi() {
    String version = document.path("openapi").asText("");
    if (!OPENAPI_3.matcher(version).matches()) {
      report(OPENAPI, "openapi", "must be OpenAPI 3 as major.minor.patch, got '" + version + "'");
    }
  }

  private void semanticVersion() {
    String version = document.path("info").path("version").asText("");
    if (!SEMANTIC.matcher(version).matches()) {
      report(SEMVER, "info.version", "must be a semantic version, got '" + version + "'");
    }
  }

  private void contact() {
    JsonNode contact = document.path("info").path("contact");
    if (!contact.isObject()) {
      report(CONTACT, "info.contact", "is missing");
      return;
    }
    if (contact.path("name").asText("").isBlank()) {
      report(CONTACT, "info.contact.name", "is missing");
    }
    if (!ABSOLUTE_URL.matcher(contact.path("url").asText("")).matches()) {
      report(CONTACT, "info.contact.url", "must be an absolute http(s) URL");
    }
    if (!EMAIL.matcher(contact.path("email").asText("")).matches()) {
      report(CONTACT, "info.contact.email", "must be an email address");
    }
  }

  private void servers() {
    JsonNode servers = document.path("servers");
    if (!servers.isArray() || servers.isEmpty()) {
      report(URI_VERSION, "servers", "must name the base URL with its major version");
      return;
    }
    String version = document.path("info").path("version").asText("");
    String major = "/v" + uriMajor(version);
    for (int i = 0; i < servers.size(); i++) {
      String url = servers.get(i).path("url").asText("");
      String where = "servers[" + i + "].url";
      if (url.endsWith("/")) {
        report(TRAILING_SLASH, where, "ends with a slash: " + url);
      } else if (!url.endsWith(major)) {
        report(URI_VERSION, where, "must end with " + major + " (info.version " + version + ")");
      }
    }
  }

  /**
   * The major version the base URL names for {@code version}: its major, except that the 0.x
   * releases (initial development, in SemVer's words) lead up to 1.0 and serve its path, {@code
   * v1}, so that the URL does not move when 1.0 is cut (docs/compatibility.md, "One version").
   */
  static String uriMajor(String version) {
    String major = version.split("\\.", -1)[0];
    return major.equals("0") ? "1" : major;
  }

  private void paths() {
    for (String path : iterable(document.path("paths").fieldNames())) {
      String where = "paths." + path;
      if (!path.startsWith("/")) {
        report(KEBAB_CASE, where, "must start with a slash");
        continue;
      }
      if (path.length() > 1 && path.endsWith("/")) {
        report(TRAILING_SLASH, where, "ends with a slash");
        continue;
      }
      String[] segments = path.substring(1).split("/", -1);
      for (int i = 0; i < segments.length; i++) {
        String segment = segments[i];
        boolean last = i == segments.length - 1;
        boolean fits =
            KEBAB.matcher(segment).matches()
                || TEMPLATE.matcher(segment).matches()
                || (last && FILE.matcher(segment).matches())
                || (path.equals("/") && segment.isEmpty());
        if (!fits) {
          report(KEBAB_CASE, where, "segment '" + segment + "' is not lower kebab-case");
        }
      }
    }
  }

  private void queryNames() {
    forEachOperation(
        (path, method, operation) -> {
          for (JsonNode parameter : parameters(path, operation)) {
            String name = parameter.path("name").asText("");
            if (parameter.path("in").asText("").equals("query")
                && !LOWER_CAMEL.matcher(name).matches()) {
              report(
                  QUERY_CAMEL_CASE,
                  "paths." + path + "." + method,
                  "query parameter '" + name + "' is not lowerCamelCase");
            }
          }
        });
  }

  private void methods() {
    for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
      for (String field : iterable(path.getValue().fieldNames())) {
        if (!STANDARD_METHODS.contains(field) && !PATH_ITEM_FIELDS.contains(field)) {
          report(
              HTTP_METHODS,
              "paths." + path.getKey() + "." + field,
              "only GET, POST, PUT, PATCH and DELETE are documented operations");
        }
      }
    }
  }

  private void operationIds() {
    Set<String> seen = new HashSet<>();
    forEachOperation(
        (path, method, operation) -> {
          String id = operation.path("operationId").asText("");
          String where = "paths." + path + "." + method;
          if (id.isBlank()) {
            report(OPENAPI, where, "has no operationId");
          } else if (!seen.add(id)) {
            report(OPENAPI, where, "repeats the operationId " + id);
          }
        });
  }

  private void versionHeader() {
    JsonNode header = document.path("components").path("headers").path(API_VERSION);
    if (!header.isObject() || !header.path("schema").path("type").asText("").equals("string")) {
      report(VERSION_HEADER, "components.headers." + API_VERSION, "must define a string header");
    }
    for (Map.Entry<String, JsonNode> response :
        iterable(document.path("components").path("responses").fields())) {
      requireVersionHeader("components.responses." + response.getKey(), response.getValue());
    }
    forEachOperation(
        (path, method, operation) -> {
          for (Map.Entry<String, JsonNode> response :
              iterable(operation.path("responses").fields())) {
            if (!response.getValue().has("$ref")) { // a shared response is checked once, above
              requireVersionHeader(
                  "paths." + path + "." + method + ".responses." + response.getKey(),
                  response.getValue());
            }
          }
        });
  }

  private void requireVersionHeader(String where, JsonNode response) {
    String ref = response.path("headers").path(API_VERSION).path("$ref").asText("");
    if (!ref.equals(API_VERSION_REF)) {
      report(VERSION_HEADER, where, "must document the " + API_VERSION + " header");
    }
  }

  private void badRequest() {
    forEachOperation(
        (path, method, operation) -> {
          boolean takesInput =
              BODY_METHODS.contains(method)
                  || operation.has("requestBody")
                  || !parameters(path, operation).isEmpty();
          if (takesInput && !operation.path("responses").has("400")) {
            report(
                INVALID_INPUT,
                "paths." + path + "." + method,
                "takes input, so it must document 400");
          }
        });
  }

  private void problems() {
    for (Map.Entry<String, JsonNode> response :
        iterable(document.path("components").path("responses").fields())) {
      // A shared response is an error when an operation uses it under a 4xx or 5xx status.
      if (usedAsError("#/components/responses/" + response.getKey())) {
        requireProblem("components.responses." + response.getKey(), response.getValue());
      }
    }
    forEachOperation(
        (path, method, operation) -> {
          for (Map.Entry<String, JsonNode> response :
              iterable(operation.path("responses").fields())) {
            if (isError(response.getKey()) && !response.getValue().has("$ref")) {
              requireProblem(
                  "paths." + path + "." + method + ".responses." + response.getKey(),
                  response.getValue());
            }
          }
        });
  }

  private boolean usedAsError(String ref) {
    boolean[] used = {false};
    forEachOperation(
        (path, method, operation) -> {
          for (Map.Entry<String, JsonNode> response :
              iterable(operation.path("responses").fields())) {
            if (isError(response.getKey())
                && response.getValue().path("$ref").asText("").equals(ref)) {
              used[0] = true;
            }
          }
        });
    return used[0];
  }

  private void requireProblem(String where, JsonNode response) {
    JsonNode content = response.path("content");
    if (!content.isObject() || content.isEmpty()) {
      report(PROBLEM_DETAILS, where, "must have an application/problem+json body");
      return;
    }
    for (Map.Entry<String, JsonNode> media : iterable(content.fields())) {
      if (!PROBLEM_TYPES.contains(media.getKey())) {
        report(PROBLEM_DETAILS, where, "answers " + media.getKey() + " instead of a problem");
        continue;
      }
      Set<String> properties = new LinkedHashSet<>();
      Set<String> required = new LinkedHashSet<>();
      collect(media.getValue().path("schema"), properties, required);
      for (String member : List.of("status", "title", "detail")) {
        if (!properties.contains(member) || !required.contains(member)) {
          report(PROBLEM_DETAILS, where, "the problem must require '" + member + "'");
        }
      }
    }
  }

  /** The properties and required names of {@code schema}, through references and allOf. */
  private void collect(JsonNode schema, Set<String> properties, Set<String> required) {
    JsonNode resolved = resolve(schema);
    resolved.path("properties").fieldNames().forEachRemaining(properties::add);
    resolved.path("required").forEach(name -> required.add(name.asText()));
    resolved.path("allOf").forEach(part -> collect(part, properties, required));
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5");
  }

  /** The parameters of an operation: those of its path and its own, references resolved. */
  private List<JsonNode> parameters(String path, JsonNode operation) {
    List<JsonNode> all = new ArrayList<>();
    document.path("paths").path(path).path("parameters").forEach(p -> all.add(resolve(p)));
    operation.path("parameters").forEach(p -> all.add(resolve(p)));
    return all;
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
      String ref = current.path("$ref").asText();
      if (!ref.startsWith("#/")) {
        return current;
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  @FunctionalInterface
  private interface OperationVisitor {
    void visit(String path, String method, JsonNode operation);
  }

  private void forEachOperation(OperationVisitor visitor) {
    for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
      for (Map.Entry<String, JsonNode> field : iterable(path.getValue().fields())) {
        if (OPERATIONS.contains(field.getKey())) {
          visitor.visit(path.getKey(), field.getKey(), field.getValue());
        }
      }
    }
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    return () -> iterator;
  }
}
