package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cohesion.rest.resource.DocumentResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The served document follows the API Design Rules that {@link AdrRules} checks, and each check
 * catches a document that breaks its rule (a small document that passes, changed in one place).
 */
class AdrRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A small document that follows every rule: the start of each broken one below. */
  private static final String FOLLOWS_THE_RULES =
      """
      {
        "openapi": "3.1.0",
        "info": {
          "title": "Things",
          "version": "1.2.3",
          "contact": {
            "name": "Things",
            "url": "https://example.org/docs",
            "email": "api@example.org"
          }
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
          "/things/{thingId}": {
            "parameters": [{"$ref": "#/components/parameters/ThingId"}],
            "get": {
              "operationId": "getThing",
              "parameters": [{"name": "pageSize", "in": "query", "schema": {"type": "integer"}}],
              "responses": {
                "200": {
                  "description": "The thing",
                  "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                  "content": {"application/json": {"schema": {"type": "object"}}}
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
                "404": {
                  "description": "No such thing",
                  "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
                  "content": {
                    "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                  }
                }
              }
            },
            "put": {
              "operationId": "replaceThing",
              "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
              "responses": {
                "204": {
                  "description": "Replaced",
                  "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}}
                },
                "400": {"$ref": "#/components/responses/BadRequest"}
              }
            }
          },
          "/openapi.json": {
            "get": {
              "operationId": "getDocument",
              "responses": {
                "200": {
                  "description": "This document",
                  "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}}
                }
              }
            }
          }
        },
        "components": {
          "headers": {
            "API-Version": {"description": "The full version", "schema": {"type": "string"}}
          },
          "parameters": {
            "ThingId": {"name": "thingId", "in": "path", "required": true, "schema": {"type": "string"}}
          },
          "responses": {
            "BadRequest": {
              "description": "Invalid input",
              "headers": {"API-Version": {"$ref": "#/components/headers/API-Version"}},
              "content": {
                "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
              }
            }
          },
          "schemas": {
            "Problem": {
              "type": "object",
              "required": ["type", "title", "status", "detail"],
              "properties": {
                "type": {"type": "string"},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"}
              }
            }
          }
        }
      }
      """;

  private static JsonNode served() throws IOException {
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      return JSON.readTree(in);
    }
  }

  private static ObjectNode good() throws IOException {
    return (ObjectNode) JSON.readTree(FOLLOWS_THE_RULES);
  }

  /** Changes the good document with {@code change}; only {@code rule} may then be broken. */
  private static void assertBreaks(String rule, Consumer<ObjectNode> change) throws IOException {
    ObjectNode document = good();
    change.accept(document);

    List<AdrRules.Violation> violations = AdrRules.check(document);

    assertThat(violations).as("what the changed document breaks").isNotEmpty();
    assertThat(violations).extracting(AdrRules.Violation::rule).containsOnly(rule);
  }

  private static ObjectNode at(ObjectNode document, String pointer) {
    return (ObjectNode) document.at(pointer);
  }

  @Test
  void theServedDocumentFollowsTheRules() throws IOException {
    assertThat(AdrRules.check(served())).isEmpty();
  }

  @Test
  void theServedDocumentDocumentsTheVersionOfItsInfo() throws IOException {
    JsonNode header = served().at("/components/headers/API-Version");

    assertThat(header.path("required").asBoolean()).isTrue();
    assertThat(header.path("example").asText()).isEqualTo(served().at("/info/version").asText());
  }

  @Test
  void theSmallDocumentFollowsTheRules() throws IOException {
    assertThat(AdrRules.check(good())).isEmpty();
  }

  @Test
  void theContactNeedsANameAUrlAndAnEmail() throws IOException {
    assertBreaks(AdrRules.CONTACT, d -> at(d, "/info").remove("contact"));
    assertBreaks(AdrRules.CONTACT, d -> at(d, "/info/contact").remove("name"));
    assertBreaks(AdrRules.CONTACT, d -> at(d, "/info/contact").remove("email"));
    assertBreaks(AdrRules.CONTACT, d -> at(d, "/info/contact").put("email", "nobody"));
    assertBreaks(AdrRules.CONTACT, d -> at(d, "/info/contact").put("url", "docs/api.md"));
  }

  @Test
  void theDocumentIsOpenApi3WithAnOperationIdOnEveryOperation() throws IOException {
    assertBreaks(AdrRules.OPENAPI, d -> d.put("openapi", "2.0"));
    assertBreaks(AdrRules.OPENAPI, d -> at(d, "/paths/~1openapi.json/get").remove("operationId"));
    assertBreaks(
        AdrRules.OPENAPI, d -> at(d, "/paths/~1openapi.json/get").put("operationId", "getThing"));
  }

  @Test
  void theVersionIsSemantic() throws IOException {
    assertBreaks(AdrRules.SEMVER, d -> at(d, "/info").put("version", "1.2"));
  }

  @Test
  void theServerUrlEndsWithTheMajorVersion() throws IOException {
    assertBreaks(AdrRules.URI_VERSION, d -> at(d, "/servers/0").put("url", "/api"));
    assertBreaks(AdrRules.URI_VERSION, d -> at(d, "/servers/0").put("url", "/api/v2"));
    assertBreaks(AdrRules.URI_VERSION, d -> d.putArray("servers"));
    assertBreaks(AdrRules.URI_VERSION, d -> at(d, "/info").put("version", "2.0.0"));
  }

  @Test
  void theReleasesBefore1ServeThePathOf1() throws IOException {
    for (String version : List.of("0.2.0", "0.2.0-SNAPSHOT", "0.10.3")) {
      ObjectNode document = good();
      at(document, "/info").put("version", version);

      assertThat(AdrRules.check(document)).as(version).isEmpty();
    }
    assertBreaks(
        AdrRules.URI_VERSION,
        d -> {
          at(d, "/info").put("version", "0.2.0");
          at(d, "/servers/0").put("url", "/api/v0");
        });
  }

  @Test
  void noUriEndsWithASlash() throws IOException {
    assertBreaks(AdrRules.TRAILING_SLASH, d -> at(d, "/servers/0").put("url", "/api/v1/"));
    assertBreaks(
        AdrRules.TRAILING_SLASH,
        d -> at(d, "/paths").set("/things/", at(d, "/paths").remove("/openapi.json")));
  }

  @Test
  void pathSegmentsAreLowerKebabCase() throws IOException {
    for (String path : List.of("/Things", "/wish_maps", "/wishMaps", "/things/{thing_id}")) {
      assertBreaks(
          AdrRules.KEBAB_CASE,
          d -> at(d, "/paths").set(path, at(d, "/paths").remove("/openapi.json")));
    }
  }

  @Test
  void queryParametersAreLowerCamelCase() throws IOException {
    assertBreaks(
        AdrRules.QUERY_CAMEL_CASE,
        d -> at(d, "/paths/~1things~1{thingId}/get/parameters/0").put("name", "page_size"));
  }

  @Test
  void onlyStandardMethodsAreDocumented() throws IOException {
    assertBreaks(
        AdrRules.HTTP_METHODS,
        d -> {
          ObjectNode head = at(d, "/paths/~1openapi.json/get").deepCopy();
          head.put("operationId", "headDocument");
          at(d, "/paths/~1openapi.json").set("head", head);
        });
  }

  @Test
  void everyResponseDocumentsTheVersionHeader() throws IOException {
    assertBreaks(
        AdrRules.VERSION_HEADER,
        d -> at(d, "/paths/~1things~1{thingId}/get/responses/200").remove("headers"));
    assertBreaks(
        AdrRules.VERSION_HEADER,
        d -> at(d, "/paths/~1things~1{thingId}/get/responses/404").remove("headers"));
    assertBreaks(
        AdrRules.VERSION_HEADER, d -> at(d, "/components/responses/BadRequest").remove("headers"));
    assertBreaks(AdrRules.VERSION_HEADER, d -> at(d, "/components").remove("headers"));
  }

  @Test
  void operationsThatTakeInputDocument400() throws IOException {
    assertBreaks(
        AdrRules.INVALID_INPUT,
        d -> at(d, "/paths/~1things~1{thingId}/get/responses").remove("400"));
    assertBreaks(
        AdrRules.INVALID_INPUT,
        d -> at(d, "/paths/~1things~1{thingId}/put/responses").remove("400"));
  }

  @Test
  void aGetWhoseOnlyParameterIsInItsPathDocuments400() throws IOException {
    assertBreaks(
        AdrRules.INVALID_INPUT,
        d -> {
          ObjectNode get = at(d, "/paths/~1things~1{thingId}/get");
          get.remove("parameters");
          ((ObjectNode) get.path("responses")).remove("400");
        });
  }

  @Test
  void errorsAreProblems() throws IOException {
    assertBreaks(
        AdrRules.PROBLEM_DETAILS,
        d -> {
          ObjectNode content = at(d, "/paths/~1things~1{thingId}/get/responses/404/content");
          content.set("application/json", content.remove("application/problem+json"));
        });
    assertBreaks(
        AdrRules.PROBLEM_DETAILS,
        d -> at(d, "/paths/~1things~1{thingId}/get/responses/404").remove("content"));
    assertBreaks(
        AdrRules.PROBLEM_DETAILS,
        d -> {
          ObjectNode problem = at(d, "/components/schemas/Problem");
          ((ObjectNode) problem.path("properties")).remove("detail");
          ((ArrayNode) problem.path("required")).remove(3);
        });
  }

  @Test
  void aProblemMayExtendTheSharedOneWithAllOf() throws IOException {
    ObjectNode document = good();
    ObjectNode schema =
        at(
            document,
            "/paths/~1things~1{thingId}/get/responses/404/content/application~1problem+json");
    ObjectNode extended = JSON.createObjectNode();
    extended.putArray("allOf").add(schema.remove("schema")).addObject().put("type", "object");
    schema.set("schema", extended);

    assertThat(AdrRules.check(document)).isEmpty();
  }
}
