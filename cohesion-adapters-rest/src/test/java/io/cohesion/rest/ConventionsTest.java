package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConventionsTest {
  private TestServer server;
  private SampleResource samples;

  @BeforeEach
  void start() {
    samples = new SampleResource();
    server =
        TestServer.withoutContract(
            FullApi.empty(ApiConfig.defaults(TestServer.KEYS)).resource(samples));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> put(String path, String ifMatch, String body) {
    HttpRequest.Builder request =
        server
            .request(path)
            .header("Authorization", "Bearer " + COORDINATOR)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return server.send(request.build());
  }

  @Test
  void aCreateIs201WithLocationAndId() {
    HttpResponse<String> created =
        server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = TestServer.json(created).path("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/samples/" + id);
    assertThat(server.get("/api/v1/samples/" + id, COORDINATOR).statusCode()).isEqualTo(200);
  }

  @Test
  void aReadCarriesAnETagAndAnswers304ToTheSameVersion() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");
    HttpResponse<String> read = server.get("/api/v1/samples/s1", COORDINATOR);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        server.send(
            server
                .request("/api/v1/samples/s1")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("If-None-Match", etag)
                .GET()
                .build());

    assertThat(etag).isEqualTo("\"1\"");
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void anUpdateNeedsIfMatchAndRefusesAStaleVersion() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");

    assertThat(put("/api/v1/samples/s1", null, "{\"name\":\"b\"}").statusCode()).isEqualTo(428);
    assertThat(put("/api/v1/samples/s1", "\"x\"", "{\"name\":\"b\"}").statusCode()).isEqualTo(412);

    HttpResponse<String> first = put("/api/v1/samples/s1", "\"1\"", "{\"name\":\"b\"}");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).hasValue("\"2\"");

    HttpResponse<String> stale = put("/api/v1/samples/s1", "\"1\"", "{\"name\":\"c\"}");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(samples.store.get("s1").value().name()).isEqualTo("b");
  }

  @Test
  void aWeakIfMatchNeverMatchesAnUpdate() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");

    HttpResponse<String> weak = put("/api/v1/samples/s1", "W/\"1\"", "{\"name\":\"b\"}");

    assertThat(weak.statusCode()).isEqualTo(412);
    assertThat(weak.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(TestServer.json(weak).path("detail").asText()).contains("W/\"1\"").contains("weak");
    assertThat(samples.store.get("s1").value().name()).isEqualTo("a");
    assertThat(put("/api/v1/samples/s1", "\"1\"", "{\"name\":\"b\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void listingsArePagedWithLinks() {
    for (int i = 0; i < 5; i++) {
      server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"n" + i + "\"}");
    }

    HttpResponse<String> response = server.get("/api/v1/samples?page=2&pageSize=2", COORDINATOR);
    JsonNode page = TestServer.json(response);

    assertThat(page.path("items")).hasSize(2);
    assertThat(page.path("page").asInt()).isEqualTo(2);
    assertThat(page.path("totalItems").asLong()).isEqualTo(5);
    assertThat(page.path("totalPages").asLong()).isEqualTo(3);
    JsonNode links = page.path("_links");
    assertThat(links.path("self").path("href").asText())
        .isEqualTo("/api/v1/samples?page=2&pageSize=2");
    assertThat(links.path("prev").path("href").asText()).endsWith("page=1&pageSize=2");
    assertThat(links.path("next").path("href").asText()).endsWith("page=3&pageSize=2");
    assertThat(links.path("last").path("href").asText()).endsWith("page=3&pageSize=2");
    assertThat(response.headers().firstValue("X-Total-Count")).hasValue("5");

    JsonNode last = TestServer.json(server.get("/api/v1/samples?page=3&pageSize=2", COORDINATOR));
    assertThat(last.path("_links").has("next")).isFalse();
    assertThat(last.path("items")).hasSize(1);
  }

  @Test
  void aReplayedSubmissionReturnsTheFirstAnswerAndIsStoredOnce() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");
    HttpRequest.Builder submission =
        server
            .request("/api/v1/samples/s1/submissions")
            .header("Authorization", "Bearer " + AMBASSADOR)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "form-17")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"answer\"}"));

    HttpResponse<String> first = server.send(submission.build());
    HttpResponse<String> replay = server.send(submission.build());

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(samples.submitted).hasSize(1);
  }

  @Test
  void idempotencyKeysOfDifferentCallersDoNotMeet() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");
    for (String key : new String[] {AMBASSADOR, COORDINATOR}) {
      server.send(
          server
              .request("/api/v1/samples/s1/submissions")
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", "same-key")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + key + "\"}"))
              .build());
    }

    assertThat(samples.submitted).hasSize(2);
  }

  @Test
  void aBadIdempotencyKeyIs400() {
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"a\"}");
    HttpResponse<String> response =
        server.send(
            server
                .request("/api/v1/samples/s1/submissions")
                .header("Authorization", "Bearer " + AMBASSADOR)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "x".repeat(201))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Idempotency-Key");
  }
}
