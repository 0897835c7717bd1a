package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every failure is a problem+json with a useful message, never a stack trace or a 500. */
class ErrorsTest {
  private static final long LIMIT = 2048;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.withoutContract(
            FullApi.empty(ApiConfig.defaults(TestServer.KEYS).withMaxBodyBytes(LIMIT))
                .resource(new SampleResource()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode body = TestServer.json(response);
    assertThat(body.path("type").asText()).isNotBlank();
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("detail").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("at io.").doesNotContain("Exception");
    return body;
  }

  @Test
  void anUnknownPathIs404() {
    problem(server.get("/api/v1/no-such-thing", COORDINATOR), 404);
    problem(server.get("/elsewhere", null), 404);
  }

  @Test
  void aMissingResourceIs404NamingIt() {
    JsonNode body = problem(server.get("/api/v1/samples/s999", COORDINATOR), 404);
    assertThat(body.path("detail").asText()).contains("s999");
  }

  @Test
  void aWrongMethodIs405WithAllow() {
    HttpResponse<String> response =
        server.send(
            server
                .request("/api/v1/health")
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build());

    problem(response, 405);
    assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET");
  }

  @Test
  void malformedJsonIs400WithItsPosition() {
    JsonNode body =
        problem(
            server.postJson("/api/v1/samples", COORDINATOR, "{\n  \"name\": \"a\",\n  oops"), 400);

    assertThat(body.path("detail").asText()).contains("line 3");
  }

  @Test
  void anUnknownFieldIs400NamingIt() {
    JsonNode body =
        problem(
            server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"colour\":\"red\"}"),
            400);

    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("colour");
    assertThat(body.path("errors").get(0).path("reason").asText()).contains("unknown field");
  }

  @Test
  void aWrongTypeIs400NamingTheField() {
    JsonNode text =
        problem(
            server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"count\":\"five\"}"),
            400);
    assertThat(text.path("errors").get(0).path("field").asText()).isEqualTo("count");

    JsonNode nested =
        problem(
            server.postJson(
                "/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"scores\":{\"SC1\":\"4\"}}"),
            400);
    assertThat(nested.path("errors").get(0).path("field").asText()).isEqualTo("scores.SC1");

    JsonNode listed =
        problem(
            server.postJson(
                "/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"answers\":[1, true]}"),
            400);
    assertThat(listed.path("errors").get(0).path("field").asText()).isEqualTo("answers[1]");

    JsonNode date =
        problem(
            server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"day\":\"31-12\"}"),
            400);
    assertThat(date.path("errors").get(0).path("field").asText()).isEqualTo("day");
  }

  @Test
  void aValidationFailureListsItsFields() {
    JsonNode body =
        problem(server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\" \"}"), 400);

    assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("name");
  }

  @Test
  void duplicateKeysAndTrailingDataAre400() {
    problem(
        server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\",\"name\":\"b\"}"), 400);
    problem(server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"} {}"), 400);
    problem(server.postJson("/api/v1/samples", COORDINATOR, "[1,2]"), 400);
    problem(server.postJson("/api/v1/samples", COORDINATOR, ""), 400);
  }

  @Test
  void aWrongContentTypeIs415() {
    JsonNode body =
        problem(server.post("/api/v1/samples", COORDINATOR, "text/plain", "{\"name\":\"a\"}"), 415);
    assertThat(body.path("detail").asText()).contains("application/json");

    problem(server.post("/api/v1/samples", COORDINATOR, null, "{\"name\":\"a\"}"), 415);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String huge = "{\"name\":\"" + "x".repeat((int) LIMIT * 4) + "\"}";
    problem(server.postJson("/api/v1/samples", COORDINATOR, huge), 413);
  }

  @Test
  void aStreamedBodyOverTheLimitIs413Too() {
    byte[] huge =
        ("{\"name\":\"" + "x".repeat((int) LIMIT * 4) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        server
            .request("/api/v1/samples")
            .header("Authorization", "Bearer " + COORDINATOR)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(huge)))
            .build();

    problem(server.send(request), 413);
  }

  @Test
  void anUnexpectedFailureIs500WithAReferenceButNoDetails() {
    JsonNode body = problem(server.get("/api/v1/boom", COORDINATOR), 500);

    assertThat(body.path("detail").asText()).contains("reference").doesNotContain("secret");
  }

  @Test
  void badPagingParametersAre400NamingThem() {
    for (String query : List.of("page=0", "page=x", "pageSize=501", "pageSize=-1", "page=1e3")) {
      JsonNode body = problem(server.get("/api/v1/samples?" + query, COORDINATOR), 400);
      assertThat(body.path("errors").get(0).path("field").asText())
          .isEqualTo(query.substring(0, query.indexOf('=')));
    }
  }
}
