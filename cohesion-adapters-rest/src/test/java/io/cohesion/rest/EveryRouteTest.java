package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole route table over a seeded store, so a route added later is covered without
 * touching this test: what every route does with a body of {@code null} or malformed JSON, with
 * {@code HEAD}, and with the key of a retired ambassador. Which routes take a JSON body is read
 * from the API document, which {@link OpenApiDocumentTest} keeps equal to the table.
 */
class EveryRouteTest {
  /** The key of amb1, the seeded ambassador of building b1, who stays active. */
  private static final String ACTIVE_AMBASSADOR = "ambassador-amb1-key-0123456789";

  /** The key of amb2 of building b1, who is retired before the tests run. */
  private static final String RETIRED_AMBASSADOR = "ambassador-amb2-key-0123456789";

  private static final ApiKeys KEYS =
      ApiKeys.ofGrants(
          Map.of(
              COORDINATOR, ApiKeys.Grant.of(Role.COORDINATOR),
              AMBASSADOR, ApiKeys.Grant.of(Role.AMBASSADOR),
              RESEARCHER, ApiKeys.Grant.of(Role.RESEARCHER),
              ACTIVE_AMBASSADOR, ApiKeys.Grant.ambassador(new AmbassadorId("amb1")),
              RETIRED_AMBASSADOR, ApiKeys.Grant.ambassador(new AmbassadorId("amb2"))));

  private static final Map<Role, String> KEY_OF =
      Map.of(
          Role.COORDINATOR, COORDINATOR, Role.AMBASSADOR, AMBASSADOR, Role.RESEARCHER, RESEARCHER);

  /** Words that belong to the server's code, never to an answer. */
  private static final List<String> CODE_WORDS =
      List.of("io.cohesion", "java.", "javax.", "com.fasterxml", "$", "Exception");

  private static TestServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores(), ApiConfig.defaults(KEYS)));
    ResearcherAccessTest.seed(server);
    HttpResponse<String> appointed =
        server.postJson(
            "/api/v1/ambassadors",
            COORDINATOR,
            "{\"id\":\"amb2\",\"building\":\"b1\",\"name\":\"Former neighbour\"}");
    assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
    HttpResponse<String> retired =
        server.send(
            server
                .request("/api/v1/ambassadors/amb2/active")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"active\":false}"))
                .build());
    assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    document = TestServer.json(server.get("/api/v1/openapi.json", null));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The routes whose documented request body may be JSON. */
  private static List<Route> jsonRoutes() {
    List<Route> routes = new ArrayList<>();
    for (Route route : server.api().routes()) {
      JsonNode operation =
          document
              .path("paths")
              .path(route.path().substring(Routes.BASE.length()))
              .path(route.method().name().toLowerCase(Locale.ROOT));
      if (operation.path("requestBody").path("content").has("application/json")) {
        routes.add(route);
      }
    }
    return routes;
  }

  /** A key of a role that may call {@code route}; none for an open route. */
  private static String keyFor(Route route) {
    for (Role role : List.of(Role.COORDINATOR, Role.AMBASSADOR, Role.RESEARCHER)) {
      if (route.access().roles().contains(role)) {
        return KEY_OF.get(role);
      }
    }
    return null;
  }

  private static HttpResponse<String> send(
      Route route, String method, String key, String jsonBody) {
    HttpRequest.Builder request =
        server
            .request(ResearcherAccessTest.concrete(route.path()))
            .header("If-Match", "\"1\"")
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return server.send(request.build());
  }

  private static JsonNode problem(String what, HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
    return TestServer.json(response);
  }

  @Test
  void aBodyOfNullIs400OnEveryRouteThatTakesJson() {
    List<Route> routes = jsonRoutes();
    assertThat(routes).hasSizeGreaterThan(30);
    for (Route route : routes) {
      String method = route.method().name();
      JsonNode body = problem(route.toString(), send(route, method, keyFor(route), "null"), 400);
      assertThat(body.path("detail").asText()).as(route.toString()).contains("null");
      if (route.access().residents()) {
        JsonNode keyless =
            problem(route + " without a key", send(route, method, null, "null"), 400);
        assertThat(keyless.path("detail").asText()).as(route.toString()).contains("null");
      }
    }
  }

  @Test
  void malformedBodiesAreAnsweredInJsonTermsWithoutNamingTheServersCode() {
    List<String> malformed =
        List.of(
            "[1,2]",
            "\"text\"",
            "42",
            "true",
            "{\"x\":1}",
            "{\"id\":[]}",
            "{\"id\":{}}",
            "{\"id\":5}",
            "{\"respondent\":[],\"willingness\":\"high\"}",
            "{\"willingness\":1.5}",
            "{\"willingness\":99999999999}",
            "{\"importance\":[]}",
            "{\"importance\":{\"contact\":\"x\"}}",
            "{\"answers\":{\"SC1\":{}}}",
            "{\"date\":\"2024-13-01\"}",
            "{\"date\":5}",
            "{\"attendance\":\"x\"}",
            "{\"status\":\"bogus\"}",
            "{\"count\":true}",
            "{\"wishes\":\"x\"}",
            "{\"items\":\"x\"}",
            "{\"response\":{\"min\":\"a\"}}",
            "{\"active\":\"yes\"}",
            "{\"until\":[]}");
    for (Route route : jsonRoutes()) {
      for (String body : malformed) {
        HttpResponse<String> response = send(route, route.method().name(), keyFor(route), body);
        String what = route + " with " + body;
        assertThat(response.statusCode()).as(what + ": " + response.body()).isBetween(400, 499);
        for (String word : CODE_WORDS) {
          assertThat(response.body()).as(what).doesNotContain(word);
        }
      }
    }
  }

  @Test
  void aFieldOfTheWrongTypeAndAnUnknownFieldAreNamedAsJsonFields() {
    Route submit = route(HandlerType.POST, "/api/v1/wish-maps/{id}/responses");

    JsonNode wrongType =
        problem(
            "willingness",
            send(submit, "POST", COORDINATOR, "{\"respondent\":\"p-1\",\"willingness\":\"high\"}"),
            400);
    JsonNode unknown =
        problem(
            "unknown", send(submit, "POST", COORDINATOR, "{\"respondent\":\"p-1\",\"x\":1}"), 400);

    assertThat(wrongType.path("errors").get(0).path("field").asText()).isEqualTo("willingness");
    assertThat(wrongType.path("detail").asText())
        .isEqualTo("field 'willingness' must be a whole number");
    assertThat(unknown.path("errors").get(0).path("field").asText()).isEqualTo("x");
    assertThat(unknown.path("detail").asText()).startsWith("unknown field 'x'");
  }

  @Test
  void headPassesTheSameAccessCheckAsGetOnEveryGetRoute() {
    int checked = 0;
    for (Route route : server.api().routes()) {
      if (route.method() != HandlerType.GET) {
        continue;
      }
      String what = "HEAD " + route.path();
      if (route.access().open()) {
        assertThat(send(route, "HEAD", null, null).statusCode()).as(what).isEqualTo(200);
        continue;
      }
      checked++;
      assertThat(send(route, "HEAD", null, null).statusCode()).as(what).isEqualTo(401);
      for (Map.Entry<Role, String> key : KEY_OF.entrySet()) {
        HttpResponse<String> head = send(route, "HEAD", key.getValue(), null);
        if (route.access().allows(key.getKey())) {
          int get = send(route, "GET", key.getValue(), null).statusCode();
          assertThat(head.statusCode()).as(what + " as " + key.getKey()).isEqualTo(get);
        } else {
          assertThat(head.statusCode()).as(what + " as " + key.getKey()).isEqualTo(403);
        }
        assertThat(head.body()).as(what).isEmpty();
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void aRetiredAmbassadorsKeyIsRefusedOnEveryRoute() {
    assertThat(server.get("/api/v1/scales", ACTIVE_AMBASSADOR).statusCode()).isEqualTo(200);
    int checked = 0;
    for (Route route : server.api().routes()) {
      if (route.access().open()) {
        continue;
      }
      String body = route.method() == HandlerType.GET ? null : "{}";
      JsonNode refused =
          problem(
              route + " with a retired ambassador's key",
              send(route, route.method().name(), RETIRED_AMBASSADOR, body),
              403);
      if (route.access().allows(Role.AMBASSADOR)) {
        checked++;
        assertThat(refused.path("detail").asText()).as(route.toString()).contains("amb2");
      }
      if (route.method() == HandlerType.GET) {
        assertThat(send(route, "HEAD", RETIRED_AMBASSADOR, null).statusCode())
            .as("HEAD " + route.path())
            .isEqualTo(403);
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  private static Route route(HandlerType method, String path) {
    return server.api().routes().stream()
        .filter(r -> r.method() == method && r.path().equals(path))
        .findFirst()
        .orElseThrow();
  }
}
