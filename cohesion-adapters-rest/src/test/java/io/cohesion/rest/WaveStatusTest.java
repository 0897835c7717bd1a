package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code PUT /wish-maps/{id}/status}: closing, reopening and closing dates over HTTP. */
class WaveStatusTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores, Clock.fixed(NOW, ZoneOffset.UTC)));
    server.postJson("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    answer(0, 10);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(int from, int to) {
    for (int i = from; i < to; i++) {
      HttpResponse<String> r =
          server.postJson(
              "/api/v1/wish-maps/nb/responses",
              COORDINATOR,
              "{\"respondent\":\"r" + i + "\",\"importance\":{\"contact\":" + (1 + i % 5) + "}}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private void answerIn(String household, int from, int to) {
    for (int i = from; i < to; i++) {
      String segments =
          household == null ? "" : ",\"segments\":{\"household\":\"" + household + "\"}";
      HttpResponse<String> r =
          server.postJson(
              "/api/v1/wish-maps/nb/responses",
              COORDINATOR,
              "{\"respondent\":\"r" + i + "\",\"importance\":{\"contact\":3}" + segments + "}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private HttpResponse<String> put(String key, String ifMatch, String body) {
    HttpRequest.Builder request =
        server
            .request("/api/v1/wish-maps/nb/status")
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return server.send(request.build());
  }

  private String etag() {
    return server
        .get("/api/v1/wish-maps/nb/status", COORDINATOR)
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return TestServer.json(response);
  }

  @Test
  void aWaveStartsOpenAtVersionOneAndAnsweresItsFiguresToCoordinatorsOnly() {
    JsonNode status = ok(server.get("/api/v1/wish-maps/nb/status", AMBASSADOR));

    assertThat(status.toString()).isEqualTo("{\"status\":\"open\",\"closes\":null,\"states\":[]}");
    assertThat(etag()).isEqualTo("\"1\"");
    ok(server.get("/api/v1/wish-maps/nb/networks", COORDINATOR));
    problem(server.get("/api/v1/wish-maps/nb/networks", AMBASSADOR), 409);
    problem(server.get("/api/v1/wish-maps/nb/red-thread?bootstrap=0", RESEARCHER), 409);
    problem(server.get("/api/v1/wish-maps/elsewhere/status", RESEARCHER), 404);
  }

  @Test
  void badChangesAre400NamingTheField() {
    assertThat(problem(put(COORDINATOR, "\"1\"", "{\"status\":\"ajar\"}"), 400).toString())
        .contains("status");
    assertThat(
            problem(
                    put(
                        COORDINATOR,
                        "\"1\"",
                        "{\"status\":\"closed\",\"closes\":\"2027-01-01T00:00:00Z\"}"),
                    400)
                .toString())
        .contains("closes");
    assertThat(
            problem(
                    put(
                        COORDINATOR,
                        "\"1\"",
                        "{\"status\":\"open\",\"closes\":\"2026-02-01T00:00:00Z\"}"),
                    400)
                .toString())
        .contains("later than now");
    problem(put(COORDINATOR, "\"1\"", "{\"status\":\"open\",\"closes\":\"tomorrow\"}"), 400);
    problem(
        put(COORDINATOR, "\"1\"", "{\"status\":\"open\",\"closes\":\"+99999-01-01T00:00:00Z\"}"),
        400);
    problem(put(COORDINATOR, "\"1\"", "{\"status\":\"closed\",\"extra\":1}"), 400);
    assertThat(etag()).isEqualTo("\"1\"");
  }

  @Test
  void reopeningAndClosingAgainAfterAFewLateFormsKeepsTheFirstState() {
    JsonNode first = ok(put(COORDINATOR, "\"1\"", "{\"status\":\"closed\"}"));
    assertThat(first.path("closing").path("cut").asBoolean()).isTrue();
    assertThat(first.path("states").get(0).path("n").asInt()).isEqualTo(10);
    String released = ok(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER)).toString();

    ok(put(COORDINATOR, etag(), "{\"status\":\"open\"}"));
    problem(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER), 409);
    answer(10, 12);
    stores.wishMapResponses().erase(new Pseudonym("r0"));
    JsonNode kept = ok(put(COORDINATOR, etag(), "{\"status\":\"closed\"}"));

    assertThat(kept.path("closing").path("cut").asBoolean()).isFalse();
    assertThat(kept.path("closing").path("reason").asText()).isEqualTo("tooFewChanges");
    assertThat(kept.path("closing").path("detail").asText()).contains("3 respondents");
    assertThat(kept.path("states")).hasSize(1);
    // r0 of the first state erased their answers: the state stays as it was released
    assertThat(ok(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER)).toString())
        .isEqualTo(released);

    ok(put(COORDINATOR, etag(), "{\"status\":\"open\"}"));
    answer(12, 15);
    JsonNode cut = ok(put(COORDINATOR, etag(), "{\"status\":\"closed\"}"));
    assertThat(cut.path("closing").path("sequence").asInt()).isEqualTo(2);
    assertThat(cut.path("states").get(1).path("n").asInt()).isEqualTo(14);
    ok(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER));

    JsonNode again = ok(put(COORDINATOR, etag(), "{\"status\":\"closed\"}"));
    assertThat(again.path("closing").path("reason").asText()).isEqualTo("alreadyClosed");
  }

  @Test
  void aLateBatchWhoseDifferenceSinglesOutFewerThanKIsRefusedAndTheFirstStateStays() {
    answerIn("young_parents", 10, 15);
    ok(put(COORDINATOR, "\"1\"", "{\"status\":\"closed\"}"));
    ok(put(COORDINATOR, etag(), "{\"status\":\"open\"}"));
    // five late forms, four of them young parents: the young parents of state 2 less those of
    // state 1 would be those four
    answerIn("young_parents", 15, 19);
    answerIn(null, 19, 20);

    JsonNode kept = ok(put(COORDINATOR, etag(), "{\"status\":\"closed\"}"));

    assertThat(kept.path("closing").path("cut").asBoolean()).isFalse();
    assertThat(kept.path("closing").path("reason").asText()).isEqualTo("refused");
    assertThat(kept.path("closing").path("detail").asText()).contains("fewer than 5 respondents");
    assertThat(kept.path("states")).hasSize(1);
    assertThat(kept.path("states").get(0).path("n").asInt()).isEqualTo(15);
    ok(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER));
  }

  @Test
  void anOpenWaveSaysWhenItClosesInTheProblem() {
    ok(put(COORDINATOR, "\"1\"", "{\"status\":\"open\",\"closes\":\"2026-03-31T00:00:00Z\"}"));

    JsonNode waiting = problem(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER), 409);

    assertThat(waiting.path("type").asText()).isEqualTo("urn:cohesion:problem:not-released");
    assertThat(waiting.path("closes").asText()).isEqualTo("2026-03-31T00:00:00Z");
    assertThat(waiting.path("detail").asText()).contains("2026-03-31T00:00:00Z");
  }

  private HttpResponse<String> submitWithKey(String key, String respondent, int contact) {
    return server.send(
        server
            .request("/api/v1/wish-maps/nb/responses")
            .header("Authorization", "Bearer " + COORDINATOR)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"respondent\":\""
                        + respondent
                        + "\",\"importance\":{\"contact\":"
                        + contact
                        + "}}"))
            .build());
  }

  @Test
  void aReplayAfterTheCloseFindsTheFirstAnswerAndANewAnswerIsRefused() {
    HttpResponse<String> first = submitWithKey("paper-batch-7", "late-1", 4);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    ok(put(COORDINATOR, etag(), "{\"status\":\"closed\"}"));

    HttpResponse<String> replay = submitWithKey("paper-batch-7", "late-1", 4);
    HttpResponse<String> changed = submitWithKey("paper-batch-7", "late-1", 2);
    HttpResponse<String> fresh = submitWithKey("paper-batch-8", "late-2", 4);

    // the client that lost the first answer to a timeout gets it, not a 409 about the close
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
    assertThat(TestServer.json(replay).path("id")).isEqualTo(TestServer.json(first).path("id"));
    problem(changed, 422);
    assertThat(problem(fresh, 409).toString()).contains("closed");
  }
}
