package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coding wishes to values over HTTP, and the tallies released from them. */
class WishCodingTest {
  private static final String MAP =
      "{\"id\":\"dorp\",\"values\":[{\"code\":\"greenery\",\"label\":{\"nl\":\"Groen\","
          + "\"en\":\"Greenery\"}},{\"code\":\"youth\",\"label\":{\"nl\":\"Jeugd\",\"en\":"
          + "\"Youth\"}},{\"code\":\"square\",\"label\":{\"nl\":\"Het plein\",\"en\":\"The"
          + " square\"}}],\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":1,"
          + "\"segments\":[{\"column\":\"household\",\"label\":\"household\",\"values\":["
          + "{\"code\":\"family\"},{\"code\":\"single\"}]}]}";

  private static final WishMapId DORP = new WishMapId("dorp");

  /** A wish no one but the coordinator may read. */
  private static final String SECRET = "Meer bomen langs de Dorpsstraat 7 van Jan";

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
    StringBuilder csv =
        new StringBuilder("respondent,imp.greenery,imp.youth,imp.square,household,wish\n");
    for (int i = 0; i < 24; i++) {
      String wish = i == 0 ? SECRET : i % 2 == 0 ? "Bloemen en bomen" : "Een speeltuin";
      csv.append("r").append(i).append(",4,3,2,").append(i < 12 ? "family" : "single").append(',');
      csv.append(wish).append('\n');
    }
    server.wishMapWithResponses("dorp", MAP, csv.toString());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<JsonNode> wishes() {
    HttpResponse<String> page =
        server.get("/api/v1/wish-maps/dorp/wishes?pageSize=100", COORDINATOR);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    List<JsonNode> all = new ArrayList<>();
    TestServer.json(page).get("items").forEach(all::add);
    return all;
  }

  private HttpResponse<String> code(String key, String wish, String ifMatch, String body) {
    HttpRequest.Builder request =
        server
            .request("/api/v1/wish-maps/dorp/wishes/" + wish + "/values")
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return server.send(request.build());
  }

  /** Codes each wish as its suggestions say, the first one to greenery and the square. */
  private void codeAll() {
    for (JsonNode wish : wishes()) {
      List<String> values = new ArrayList<>();
      wish.get("suggestions").forEach(s -> values.add("\"" + s.get("value").asText() + "\""));
      if (wish.get("text").asText().equals(SECRET)) {
        values.add("\"square\"");
      }
      HttpResponse<String> coded =
          code(
              COORDINATOR,
              wish.get("id").asText(),
              "\"" + wish.get("version").asLong() + "\"",
              "{\"values\":[" + String.join(",", values) + "]}");
      assertThat(coded.statusCode()).as(coded.body()).isEqualTo(200);
    }
  }

  @Test
  void theCoordinatorReadsEachWishUnderAnIdThatIsNotThePseudonymWithSuggestions() {
    List<JsonNode> wishes = wishes();

    assertThat(wishes).hasSize(24);
    JsonNode first = wishes.get(0);
    assertThat(first.get("text").asText()).isEqualTo(SECRET);
    assertThat(first.get("id").asText()).matches("[1-9][0-9]*-1").doesNotContain("r0");
    assertThat(first.get("coded").asBoolean()).isFalse();
    assertThat(first.get("version").asLong()).isEqualTo(1);
    assertThat(first.get("suggestions").get(0).get("value").asText()).isEqualTo("greenery");
    assertThat(wishes.get(1).get("suggestions").get(0).get("value").asText()).isEqualTo("youth");
    assertThat(server.get("/api/v1/wish-maps/dorp/wishes", COORDINATOR).body())
        .doesNotContain("\"r0\"")
        .doesNotContain("respondent");
  }

  @Test
  void codingAWishNamesTheVersionItReadAndOnlyValuesOfTheMap() {
    String id = wishes().get(0).get("id").asText();

    assertThat(code(COORDINATOR, id, null, "{\"values\":[\"greenery\"]}").statusCode())
        .isEqualTo(428);
    HttpResponse<String> unknown = code(COORDINATOR, id, "\"1\"", "{\"values\":[\"parking\"]}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("values[0]").contains("parking");
    assertThat(code(COORDINATOR, "999-1", "\"1\"", "{\"values\":[]}").statusCode()).isEqualTo(404);
    assertThat(code(COORDINATOR, "not-a-wish", "\"1\"", "{\"values\":[]}").statusCode())
        .isEqualTo(400);

    HttpResponse<String> coded = code(COORDINATOR, id, "\"1\"", "{\"values\":[\"greenery\"]}");
    assertThat(coded.statusCode()).as(coded.body()).isEqualTo(200);
    assertThat(coded.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(code(COORDINATOR, id, "\"1\"", "{\"values\":[]}").statusCode()).isEqualTo(412);
    assertThat(code(COORDINATOR, id, "\"2\"", "{\"values\":[]}").statusCode()).isEqualTo(200);

    JsonNode stored = wishes().get(0);
    assertThat(stored.get("coded").asBoolean()).isTrue();
    assertThat(stored.get("values")).isEmpty();
    assertThat(stored.get("version").asLong()).isEqualTo(3);
  }

  @Test
  void researchersAndAmbassadorsNeverReadOrCodeWishes() {
    String id = wishes().get(0).get("id").asText();
    for (String key : List.of(RESEARCHER, AMBASSADOR)) {
      HttpResponse<String> list = server.get("/api/v1/wish-maps/dorp/wishes", key);
      assertThat(list.statusCode()).isEqualTo(403);
      assertThat(list.body()).doesNotContain(SECRET);
      assertThat(code(key, id, "\"1\"", "{\"values\":[]}").statusCode()).isEqualTo(403);
      assertThat(server.get("/api/v1/wish-maps/dorp/wish-keywords", key).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void talliesReachBoundCallersOnlyOnceTheWaveIsClosedAndEveryWishIsCoded() {
    assertThat(server.get("/api/v1/wish-maps/dorp/wish-tallies", RESEARCHER).statusCode())
        .isEqualTo(409);
    FullApi.close(stores, WaveId.wishMap("dorp"));
    HttpResponse<String> coding = server.get("/api/v1/wish-maps/dorp/wish-tallies", RESEARCHER);
    assertThat(coding.statusCode()).isEqualTo(409);
    assertThat(coding.body()).contains("coded");

    JsonNode live = TestServer.json(server.get("/api/v1/wish-maps/dorp/wish-tallies", COORDINATOR));
    assertThat(live.get("uncoded").asInt()).isEqualTo(24);

    codeAll();
    HttpResponse<String> released = server.get("/api/v1/wish-maps/dorp/wish-tallies", RESEARCHER);

    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(released.body()).doesNotContain(SECRET).doesNotContain("bomen");
    JsonNode tallies = TestServer.json(released);
    assertThat(tallies.get("n").asInt()).isEqualTo(24);
    assertThat(tallies.has("uncoded")).isFalse();
    JsonNode greenery = tallies.get("values").get(0);
    assertThat(greenery.get("value").asText()).isEqualTo("greenery");
    assertThat(greenery.get("n").asInt()).isEqualTo(12);
    assertThat(greenery.get("segments").get(0).get("n").asInt()).isEqualTo(6);
    assertThat(greenery.get("segments").get(1).get("n").asInt()).isEqualTo(6);
    // One respondent's wish was coded to the square: never shown, not even as a small count.
    JsonNode square = tallies.get("values").get(2);
    assertThat(square.get("suppressed").asBoolean()).isTrue();
    assertThat(square.has("n")).isFalse();
    assertThat(square.get("segments").get(0).get("suppressed").asBoolean()).isTrue();
  }

  @Test
  void talliesDownloadAsCsvAndAskingForASmallerKIsRefused() {
    FullApi.close(stores, WaveId.wishMap("dorp"));
    codeAll();

    HttpResponse<String> csv =
        server.send(
            server
                .request("/api/v1/wish-maps/dorp/wish-tallies")
                .header("Authorization", "Bearer " + RESEARCHER)
                .header("Accept", "text/csv")
                .build());

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("value,column,key,n,suppressed,reason\r\n")
        .contains("greenery,,,12,false,\r\n")
        .contains("greenery,household,family,6,false,\r\n")
        .contains("square,,,,true,\r\n")
        .doesNotContain(SECRET);
    assertThat(server.get("/api/v1/wish-maps/dorp/wish-tallies?kMin=2", RESEARCHER).statusCode())
        .isEqualTo(400);
  }

  private HttpResponse<String> asResident(String path, String json) {
    return server.send(
        server
            .request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private String answerAsResident(String code) {
    HttpResponse<String> answered =
        asResident(
            "/api/v1/wish-maps/dorp/responses",
            "{\"invitationCode\":\""
                + code
                + "\",\"importance\":{\"greenery\":4},\"segments\":{\"household\":\"family\"},"
                + "\"wishes\":[\"Een bankje op het plein\",\"Meer bomen\"]}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    return code;
  }

  @Test
  void anErasureTakesTheCodingsOfTheResidentsWishesExceptWhatAReleasedStateKeeps() {
    JsonNode issued =
        TestServer.json(server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":2}"));
    String kept = answerAsResident(issued.get("codes").get(0).asText());
    String gone = answerAsResident(issued.get("codes").get(1).asText());
    codeAll();
    assertThat(stores.wishCodes().codings(DORP)).hasSize(28);

    // Erased while the wave is open: no state holds the answer, so its codings go with it.
    asResident("/api/v1/invitations/erasure", "{\"invitationCode\":\"" + gone + "\"}");
    assertThat(stores.wishCodes().codings(DORP)).hasSize(26);

    FullApi.close(stores, WaveId.wishMap("dorp"));
    String before = server.get("/api/v1/wish-maps/dorp/wish-tallies", RESEARCHER).body();
    HttpResponse<String> erased =
        asResident("/api/v1/invitations/erasure", "{\"invitationCode\":\"" + kept + "\"}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

    // Gone from the coordinator's list at once; the released tallies stay as they were.
    assertThat(wishes()).hasSize(24);
    assertThat(server.get("/api/v1/wish-maps/dorp/wishes", COORDINATOR).body())
        .doesNotContain("bankje");
    HttpResponse<String> after = server.get("/api/v1/wish-maps/dorp/wish-tallies", RESEARCHER);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).isEqualTo(before);
    assertThat(TestServer.json(after).get("n").asInt()).isEqualTo(25);
  }

  @Test
  void declaredKeywordsJoinTheSuggestions() {
    HttpResponse<String> declared =
        server.send(
            server
                .request("/api/v1/wish-maps/dorp/wish-keywords")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"keywords\":{\"square\":[\"Dorpsstraat\"]}}"))
                .build());
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
    assertThat(declared.headers().firstValue("ETag")).contains("\"2\"");

    JsonNode first = wishes().get(0);
    assertThat(first.get("suggestions").toString()).contains("square").contains("dorpsstraat");
    assertThat(server.get("/api/v1/wish-maps/dorp/wish-keywords", COORDINATOR).body())
        .contains("Dorpsstraat");
  }
}
