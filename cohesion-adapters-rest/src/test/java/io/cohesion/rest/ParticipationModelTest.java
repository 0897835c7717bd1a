package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.participation.ModelOptions;
import io.cohesion.core.participation.TrustAndTakingPart;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.mapping.ResultJson;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /measurements/{id}/participation-model}: the model of trust and taking part behind the
 * release gate, the same document as {@code cohesion model}; and a scale of one item over REST.
 */
class ParticipationModelTest {
  private static final String WISH_MAP =
      "{\"id\":\"street\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},"
          + "{\"code\":\"green\"}],\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":2,"
          + "\"segments\":[{\"column\":\"tenure\",\"label\":\"tenure\","
          + "\"values\":[{\"code\":\"owner\"},{\"code\":\"renter\"},{\"code\":\"social\"}]}]}";
  private static final String MODEL =
      "/api/v1/measurements/before/participation-model?wishMap=street";

  private InMemoryStores stores;
  private TestServer server;

  /** The server with 60 linked persons, the first {@code social} of them social tenants. */
  private void start(int social) {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    server.postJson("/api/v1/measurements", COORDINATOR, ResourcesTest.MEASUREMENT);
    StringBuilder answers = new StringBuilder("respondent,SC1,SC2,SC3\n");
    StringBuilder wishes =
        new StringBuilder("respondent,imp.contact,imp.youth,imp.green,tenure,willingness\n");
    for (int i = 0; i < 60; i++) {
      int a = 1 + i % 5;
      int b = 1 + (i * 3) % 5;
      answers.append("r").append(i).append(',').append(a).append(',').append(b).append(",3\n");
      int willingness = 1 + ((i * 7) % 5 + a) % 5;
      String tenure = i < social ? "social" : i % 2 == 0 ? "owner" : "renter";
      wishes.append("r").append(i).append(",4,3,2,").append(tenure).append(',');
      wishes.append(willingness).append('\n');
    }
    assertThat(
            server
                .post(
                    "/api/v1/measurements/before/responses",
                    COORDINATOR,
                    "text/csv",
                    answers.toString())
                .statusCode())
        .isEqualTo(201);
    server.postJson("/api/v1/wish-maps", COORDINATOR, WISH_MAP);
    HttpResponse<String> imported =
        server.post(
            "/api/v1/wish-maps/street/responses", COORDINATOR, "text/csv", wishes.toString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void closeBoth() {
    FullApi.close(stores, WaveId.measurement("before"), WaveId.wishMap("street"));
  }

  @Test
  void aResearcherWaitsForBothWavesToClose() {
    start(20);
    assertThat(server.get(MODEL, RESEARCHER).statusCode()).isEqualTo(409);
    FullApi.close(stores, WaveId.measurement("before"));
    assertThat(server.get(MODEL, RESEARCHER).statusCode()).isEqualTo(409);
    FullApi.close(stores, WaveId.wishMap("street"));

    assertThat(server.get(MODEL, RESEARCHER).statusCode()).isEqualTo(200);
  }

  @Test
  void theModelIsTheDocumentOfTheCommandLine() {
    start(20);
    closeBoth();

    HttpResponse<String> response = server.get(MODEL + "&cut=3", RESEARCHER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var scale = stores.scales().find(new ScaleId("trust")).orElseThrow().value();
    var model =
        TrustAndTakingPart.model(
            ScaleData.of(
                scale, stores.measurementResponses().responses(new MeasurementId("before")), null),
            stores.wishMaps().find(new WishMapId("street")).orElseThrow().value(),
            stores.wishMapResponses().responses(new WishMapId("street")),
            new ModelOptions(3, Optional.empty()),
            new DisclosurePolicy(5).bound());
    JsonNode expected = new ObjectMapper().valueToTree(ResultJson.participationModel(model));
    assertThat(TestServer.json(response)).isEqualTo(expected);
    assertThat(expected.get("n").asInt()).as(response.body()).isEqualTo(60);
    assertThat(expected.get("terms").get(1).get("term").asText()).isEqualTo("trust");
  }

  @Test
  void aCoordinatorFollowsTheLiveModel() {
    start(3);
    HttpResponse<String> response = server.get(MODEL, COORDINATOR);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(TestServer.json(response).get("cut").asInt()).isEqualTo(4);
  }

  @Test
  void aFactorWithASmallLevelIsWithheldWithTheReason() {
    // three social tenants only: too few for a level of the factor
    start(3);
    closeBoth();

    HttpResponse<String> response = server.get(MODEL + "&factor=tenure", RESEARCHER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode json = TestServer.json(response);
    assertThat(json.get("n").isNull()).isTrue();
    assertThat(json.get("suppressed").asBoolean()).isTrue();
    assertThat(json.get("reason").asText()).contains("tenure=social");
  }

  @Test
  void badParametersAreProblems() {
    start(20);
    closeBoth();

    assertThat(
            server.get("/api/v1/measurements/before/participation-model", RESEARCHER).statusCode())
        .isEqualTo(400);
    assertThat(server.get(MODEL + "&cut=1", RESEARCHER).statusCode()).isEqualTo(400);
    assertThat(server.get(MODEL + "&factor=street", RESEARCHER).statusCode()).isEqualTo(400);
    assertThat(server.get(MODEL + "&kMin=2", RESEARCHER).statusCode()).isEqualTo(400);
    assertThat(
            server
                .get("/api/v1/measurements/before/participation-model?wishMap=none", RESEARCHER)
                .statusCode())
        .isIn(404, 409);
  }

  @Test
  void aScaleOfOneItemScoresWithAReliabilityNote() {
    start(20);
    HttpResponse<String> created =
        server.postJson(
            "/api/v1/scales",
            COORDINATOR,
            "{\"id\":\"ess-trust\",\"response\":{\"min\":0,\"max\":10},"
                + "\"items\":[{\"id\":\"trust\"}]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    server.postJson(
        "/api/v1/measurements",
        COORDINATOR,
        ResourcesTest.MEASUREMENT
            .replace("\"before\"", "\"ess\"")
            .replace("\"trust\"", "\"ess-trust\""));
    StringBuilder answers = new StringBuilder("respondent,trust\n");
    for (int i = 0; i < 12; i++) {
      answers.append("e").append(i).append(',').append(i % 11).append('\n');
    }
    server.post("/api/v1/measurements/ess/responses", COORDINATOR, "text/csv", answers.toString());
    FullApi.close(stores, WaveId.measurement("ess"));

    HttpResponse<String> scores = server.get("/api/v1/measurements/ess/scores", RESEARCHER);

    assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
    JsonNode json = TestServer.json(scores);
    assertThat(json.get("reliability").isNull()).isTrue();
    assertThat(json.get("reliabilityNote").asText())
        .isEqualTo("alpha needs at least two items; this scale has one");
    assertThat(json.get("score").get("n").asInt()).isEqualTo(12);
  }
}
