package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code Idempotency-Key} sent again with the same request returns the first answer; sent with a
 * different body it is a 422, never the first answer passed off as the second.
 */
class IdempotencyKeyTest {
  private static final String WISH_MAP_RESPONSES = "/api/v1/wish-maps/nb/responses";
  private static final String MEASUREMENT_RESPONSES = "/api/v1/measurements/before/responses";
  private static final String SESSIONS = "/api/v1/activities/torch/sessions";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
    ResearcherAccessTest.seed(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> submit(String path, String key, String idempotencyKey, String json) {
    HttpRequest.Builder request =
        server
            .request(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return server.send(request.build());
  }

  private long stored(String path) {
    return TestServer.json(server.get(path, COORDINATOR)).path("totalItems").asLong();
  }

  private static void assertReusedKey(HttpResponse<String> response, String idempotencyKey) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(TestServer.json(response).path("detail").asText())
        .contains("Idempotency-Key '" + idempotencyKey + "'")
        .contains("was used with a different request body");
  }

  @Test
  void aWishMapResponseSentAgainWithTheSameBodyReturnsTheFirstAnswer() {
    long before = stored(WISH_MAP_RESPONSES);
    HttpResponse<String> first =
        submit(
            WISH_MAP_RESPONSES,
            AMBASSADOR,
            "form-1",
            "{\"respondent\":\"hh-1\",\"importance\":{\"contact\":5},\"willingness\":4}");
    // The same request as JSON that is written differently: still the same request.
    HttpResponse<String> replay =
        submit(
            WISH_MAP_RESPONSES,
            AMBASSADOR,
            "form-1",
            "{ \"willingness\": 4, \"importance\": {\"contact\": 5.0}, \"respondent\": \"hh-1\" }");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(stored(WISH_MAP_RESPONSES)).isEqualTo(before + 1);
  }

  @Test
  void aWishMapKeyReusedForAnotherRespondentOrOtherAnswersIs422() {
    long before = stored(WISH_MAP_RESPONSES);
    HttpResponse<String> first =
        submit(
            WISH_MAP_RESPONSES,
            AMBASSADOR,
            "form-2",
            "{\"respondent\":\"hh-2\",\"importance\":{\"contact\":5}}");
    HttpResponse<String> otherRespondent =
        submit(
            WISH_MAP_RESPONSES,
            AMBASSADOR,
            "form-2",
            "{\"respondent\":\"hh-3\",\"importance\":{\"youth\":2}}");
    HttpResponse<String> otherAnswers =
        submit(
            WISH_MAP_RESPONSES,
            AMBASSADOR,
            "form-2",
            "{\"respondent\":\"hh-2\",\"importance\":{\"contact\":4}}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertReusedKey(otherRespondent, "form-2");
    assertReusedKey(otherAnswers, "form-2");
    assertThat(stored(WISH_MAP_RESPONSES)).isEqualTo(before + 1);
    // The respondent whose answer was refused can still answer under a key of their own.
    assertThat(
            submit(
                    WISH_MAP_RESPONSES,
                    AMBASSADOR,
                    "form-3",
                    "{\"respondent\":\"hh-3\",\"importance\":{\"youth\":2}}")
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void aMeasurementKeyReusedWithOtherAnswersIs422() {
    long before = stored(MEASUREMENT_RESPONSES);
    String body = "{\"respondent\":\"hh-4\",\"answers\":{\"SC1\":4}}";
    HttpResponse<String> first = submit(MEASUREMENT_RESPONSES, COORDINATOR, "wave-4", body);
    HttpResponse<String> replay = submit(MEASUREMENT_RESPONSES, COORDINATOR, "wave-4", body);
    HttpResponse<String> changed =
        submit(
            MEASUREMENT_RESPONSES,
            COORDINATOR,
            "wave-4",
            "{\"respondent\":\"hh-5\",\"answers\":{\"SC1\":2}}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertReusedKey(changed, "wave-4");
    assertThat(stored(MEASUREMENT_RESPONSES)).isEqualTo(before + 1);
  }

  @Test
  void aResidentsKeyReusedWithOtherAnswersIs422() {
    JsonNode issued =
        TestServer.json(server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}"));
    String code = issued.path("codes").get(0).asText();
    String answer = "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}";

    HttpResponse<String> first = submit(WISH_MAP_RESPONSES, null, "my-try", answer);
    HttpResponse<String> replay = submit(WISH_MAP_RESPONSES, null, "my-try", answer);
    HttpResponse<String> changed =
        submit(
            WISH_MAP_RESPONSES,
            null,
            "my-try",
            "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":1}}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertReusedKey(changed, "my-try");
  }

  @Test
  void aSessionKeyReusedWithOtherAttendanceIs422() {
    HttpResponse<String> running =
        server.send(
            server
                .request("/api/v1/activities/torch/status")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"running\"}"))
                .build());
    assertThat(running.statusCode()).as(running.body()).isEqualTo(200);
    String session = "{\"date\":\"2024-07-01\",\"attendance\":30}";

    HttpResponse<String> first = submit(SESSIONS, AMBASSADOR, "session-1", session);
    HttpResponse<String> replay = submit(SESSIONS, AMBASSADOR, "session-1", session);
    HttpResponse<String> retyped =
        submit(SESSIONS, AMBASSADOR, "session-1", "{\"date\":\"2024-07-01\",\"attendance\":33}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertReusedKey(retyped, "session-1");
    assertThat(TestServer.json(server.get(SESSIONS, COORDINATOR)).path("total").asInt())
        .isEqualTo(30);
  }
}
