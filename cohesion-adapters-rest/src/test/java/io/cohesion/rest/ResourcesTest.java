package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.HmacPseudonymiser;
import io.cohesion.core.privacy.InvitationCode;
import io.cohesion.core.privacy.PseudonymSecret;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The method's resources over real HTTP against the in-memory store. */
class ResourcesTest {
  static final String WISH_MAP =
      "{\"id\":\"nb\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},{\"code\":\"green\"}],"
          + "\"importanceScale\":{\"min\":1,\"max\":5},\"satisfactionScale\":{\"min\":1,\"max\":5},"
          + "\"topChoices\":2,\"segments\":[{\"column\":\"household\",\"label\":\"household\","
          + "\"values\":[{\"code\":\"young_parents\"},{\"code\":\"parents\"},"
          + "{\"code\":\"others\"},{\"code\":\"other\"},{\"code\":\"a\"}]}],"
          + "\"mobilisation\":{\"networks\":[\"play-week\"]}}";
  static final String SCALE =
      "{\"id\":\"trust\",\"response\":{\"min\":1,\"max\":5},"
          + "\"items\":[{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\",\"reverse\":true}]}";
  static final String MEASUREMENT =
      "{\"id\":\"before\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\",\"wave\":\"before\","
          + "\"opened\":\"2024-05-01\"}";

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
    // A measurement names a registered neighbourhood.
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
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
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return server.send(request.build());
  }

  @Test
  void aWishMapIsCreatedFromItsFileFormatAndReadBack() {
    HttpResponse<String> created = server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/wish-maps/nb");
    JsonNode read = TestServer.json(server.get("/api/v1/wish-maps/nb", RESEARCHER));
    assertThat(read.path("topChoices").asInt()).isEqualTo(2);
    assertThat(read.path("values").get(1).path("code").asText()).isEqualTo("youth");
    assertThat(read.path("satisfactionScale").path("max").asDouble()).isEqualTo(5.0);
    assertThat(server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP).statusCode())
        .isEqualTo(409);
  }

  @Test
  void aBadWishMapFileIs400NamingTheField() {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/wish-maps", COORDINATOR, "{\"id\":\"x\",\"values\":[{\"label\":\"a\"}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("values[0].code");
  }

  @Test
  void aPaperFormIsEnteredWithAPseudonymAndAReplayIsStoredOnce() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    String form =
        "{\"respondent\":\"hh-17\",\"importance\":{\"contact\":5,\"youth\":4},"
            + "\"satisfaction\":{\"contact\":2},\"topChoices\":[\"contact\"],"
            + "\"segments\":{\"household\":\"young_parents\"},\"networks\":[\"play-week\"],"
            + "\"willingness\":4,\"wishes\":[\"more benches\"]}";

    HttpResponse<String> first = submit("/api/v1/wish-maps/nb/responses", AMBASSADOR, "f-17", form);
    HttpResponse<String> replay =
        submit("/api/v1/wish-maps/nb/responses", AMBASSADOR, "f-17", form);
    HttpResponse<String> again = submit("/api/v1/wish-maps/nb/responses", AMBASSADOR, null, form);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(TestServer.json(replay).path("id")).isEqualTo(TestServer.json(first).path("id"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(stores.wishMapResponses().count(new WishMapId("nb"))).isEqualTo(1);
  }

  @Test
  void outOfRangeAnswersAndUnknownCodesAre400NamingEachField() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);

    HttpResponse<String> response =
        submit(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            null,
            "{\"respondent\":\"a\",\"importance\":{\"contact\":9,\"nope\":3},"
                + "\"topChoices\":[\"youth\",\"youth\"],\"segments\":{\"age\":\"x\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = TestServer.json(response).path("errors");
    assertThat(errors.findValuesAsText("field"))
        .contains("importance.contact", "importance.nope", "topChoices[1]", "segments.age");
  }

  @Test
  void nullAnswersAre400NotAFailure() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);

    HttpResponse<String> response =
        submit(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            null,
            "{\"respondent\":\"a\",\"importance\":{\"contact\":null},\"wishes\":[null]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("importance.contact");
  }

  @Test
  void aResidentAnswersOnceWithAnInvitationCode() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    HttpResponse<String> batch =
        server.postJson(
            "/api/v1/invitations", COORDINATOR, "{\"count\":2,\"label\":\"Dorpsstraat\"}");
    assertThat(batch.statusCode()).as(batch.body()).isEqualTo(201);
    String code = TestServer.json(batch).path("codes").get(0).asText();
    String answer = "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}";

    HttpResponse<String> first = submit("/api/v1/wish-maps/nb/responses", null, "k1", answer);
    HttpResponse<String> replay = submit("/api/v1/wish-maps/nb/responses", null, "k1", answer);
    HttpResponse<String> second = submit("/api/v1/wish-maps/nb/responses", null, null, answer);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(stores.wishMapResponses().count(new WishMapId("nb"))).isEqualTo(1);
    assertThat(stores.wishMapResponses().responses(new WishMapId("nb")).get(0).respondent().value())
        .isNotEqualTo(code);
  }

  @Test
  void aPseudonymTypedFromAPaperFormCannotTakeTheOneOfACode() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    String code =
        TestServer.json(server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}"))
            .path("codes")
            .get(0)
            .asText();
    // The pseudonym the code gives, typed in by hand: by mistake, or to block the household.
    String codes =
        new HmacPseudonymiser(PseudonymSecret.ofBytes(new byte[PseudonymSecret.MIN_BYTES]))
            .pseudonymise(InvitationCode.parse(code))
            .value();

    HttpResponse<String> typed =
        submit(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            null,
            "{\"respondent\":\"" + codes + "\",\"importance\":{\"green\":2}}");
    HttpResponse<String> resident =
        submit(
            "/api/v1/wish-maps/nb/responses",
            null,
            null,
            "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}");

    assertThat(typed.statusCode()).as(typed.body()).isEqualTo(400);
    assertThat(typed.body()).contains("respondent");
    assertThat(resident.statusCode()).as(resident.body()).isEqualTo(201);
  }

  @Test
  void aCodeAnswersAWaveAgainOnceItsAnswerIsErased() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    String code =
        TestServer.json(server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}"))
            .path("codes")
            .get(0)
            .asText();
    String answer = "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}";
    assertThat(submit("/api/v1/wish-maps/nb/responses", null, null, answer).statusCode())
        .isEqualTo(201);

    HttpResponse<String> erased =
        submit("/api/v1/invitations/erasure", null, null, "{\"invitationCode\":\"" + code + "\"}");
    HttpResponse<String> again = submit("/api/v1/wish-maps/nb/responses", null, null, answer);

    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(submit("/api/v1/wish-maps/nb/responses", null, null, answer).statusCode())
        .isEqualTo(409);
  }

  @Test
  void residentsNeedAKnownCodeAndNameNoRespondent() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);

    assertThat(
            submit("/api/v1/wish-maps/nb/responses", null, null, "{\"importance\":{\"green\":5}}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            submit(
                    "/api/v1/wish-maps/nb/responses",
                    null,
                    null,
                    "{\"invitationCode\":\"ABCD-EFGH-JKMN\",\"importance\":{\"green\":5}}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            submit(
                    "/api/v1/wish-maps/nb/responses",
                    null,
                    null,
                    "{\"respondent\":\"me\",\"importance\":{\"green\":5}}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aCsvOfResponsesIsImportedWholeOrNotAtAll() {
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    String header =
        "respondent,imp.contact,imp.youth,imp.green,sat.contact,sat.youth,sat.green,top1,household\n";
    String good = header + "a,5,4,,2,,,contact,parents\nb,3,,1,,,,youth,others\n";
    String broken = header + "c,5,,,,,,,parents\nd,lots,,,,,,,others\n";

    HttpResponse<String> imported =
        server.post("/api/v1/wish-maps/nb/responses", COORDINATOR, "text/csv", good);
    HttpResponse<String> refused =
        server.post("/api/v1/wish-maps/nb/responses", COORDINATOR, "text/csv", broken);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(TestServer.json(imported).path("imported").asLong()).isEqualTo(2);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("row 3").contains("imp.contact");
    assertThat(stores.wishMapResponses().count(new WishMapId("nb"))).isEqualTo(2);
  }

  @Test
  void measurementsTakeResponsesAsJsonAndCsv() {
    assertThat(server.postJson("/api/v1/scales", COORDINATOR, SCALE).statusCode()).isEqualTo(201);
    HttpResponse<String> created =
        server.postJson("/api/v1/measurements", COORDINATOR, MEASUREMENT);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> one =
        submit(
            "/api/v1/measurements/before/responses",
            AMBASSADOR,
            null,
            "{\"respondent\":\"a\",\"answers\":{\"SC1\":4,\"SC2\":3.5}}");
    HttpResponse<String> outOfRange =
        submit(
            "/api/v1/measurements/before/responses",
            AMBASSADOR,
            null,
            "{\"respondent\":\"b\",\"answers\":{\"SC1\":6}}");
    HttpResponse<String> csv =
        server.post(
            "/api/v1/measurements/before/responses",
            COORDINATOR,
            "text/csv; charset=utf-8",
            "respondent,SC1,SC2,SC3\nc,1,2,3\nd,5,5,\n");

    assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
    assertThat(outOfRange.statusCode()).isEqualTo(400);
    assertThat(outOfRange.body()).contains("answers.SC1");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(201);
    JsonNode listed =
        TestServer.json(server.get("/api/v1/measurements/before/responses", COORDINATOR));
    assertThat(listed.path("totalItems").asInt()).isEqualTo(3);
  }

  @Test
  void aMeasurementNeedsEveryFieldAndAKnownScale() {
    HttpResponse<String> missing =
        server.postJson("/api/v1/measurements", COORDINATOR, "{\"id\":\"x\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(missing).path("errors").findValuesAsText("field"))
        .containsExactly("neighbourhood", "opened", "scale", "wave");

    assertThat(server.postJson("/api/v1/measurements", COORDINATOR, MEASUREMENT).statusCode())
        .isEqualTo(404);
  }

  @Test
  void invalidIdsInThePathAre400() {
    HttpResponse<String> response = server.get("/api/v1/wish-maps/-bad-", COORDINATOR);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).path("errors").get(0).path("field").asText())
        .isEqualTo("id");
  }
}
