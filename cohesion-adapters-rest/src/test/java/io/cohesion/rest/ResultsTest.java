package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.trust.CompareWaves;
import io.cohesion.core.trust.MeasurementId;
import io.cohesion.core.trust.ScaleData;
import io.cohesion.core.trust.ScaleId;
import io.cohesion.core.trust.ScaleScoring;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.mapping.ResultJson;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figure routes answer exactly the documents of the command line for the same data. */
class ResultsTest {
  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    server.postJson("/api/v1/measurements", COORDINATOR, ResourcesTest.MEASUREMENT);
    server.postJson(
        "/api/v1/measurements",
        COORDINATOR,
        ResourcesTest.MEASUREMENT.replace("\"before\"", "\"after\""));
    StringBuilder before = new StringBuilder("respondent,SC1,SC2,SC3\n");
    StringBuilder after = new StringBuilder("respondent,SC1,SC2,SC3\n");
    for (int i = 0; i < 12; i++) {
      before
          .append("r")
          .append(i)
          .append(',')
          .append(1 + i % 5)
          .append(',')
          .append(1 + (i * 3) % 5)
          .append(',')
          .append(1 + (i * 2) % 5)
          .append('\n');
      after
          .append("r")
          .append(i)
          .append(',')
          .append(1 + (i + 1) % 5)
          .append(',')
          .append(1 + (i * 3 + 1) % 5)
          .append(',')
          .append(1 + (i * 2) % 5)
          .append('\n');
    }
    server.post(
        "/api/v1/measurements/before/responses", COORDINATOR, "text/csv", before.toString());
    server.post("/api/v1/measurements/after/responses", COORDINATOR, "text/csv", after.toString());
    server.postJson("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    StringBuilder wishes =
        new StringBuilder(
            "respondent,imp.contact,imp.youth,imp.green,sat.contact,sat.youth,sat.green,top1,top2,household,networks\n");
    for (int i = 0; i < 14; i++) {
      wishes
          .append("w")
          .append(i)
          .append(',')
          .append(1 + i % 5)
          .append(',')
          .append(1 + (i * 2) % 5)
          .append(',')
          .append(1 + (i * 3) % 5)
          .append(',')
          .append(1 + (i * 4) % 5)
          .append(",,3,")
          .append(i % 2 == 0 ? "contact,youth" : "green,contact")
          .append(',')
          .append(i % 3 == 0 ? "parents" : "others")
          .append(',')
          .append(i % 2 == 0 ? "play-week" : "")
          .append('\n');
    }
    HttpResponse<String> imported =
        server.post("/api/v1/wish-maps/nb/responses", COORDINATOR, "text/csv", wishes.toString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    FullApi.close(
        stores, WaveId.measurement("before"), WaveId.measurement("after"), WaveId.wishMap("nb"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static JsonNode expected(Object document) {
    return new ObjectMapper().valueToTree(document);
  }

  @Test
  void scoresAreTheScoreDocument() {
    HttpResponse<String> response =
        server.get("/api/v1/measurements/before/scores?kMin=6", RESEARCHER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var scale = stores.scales().find(new ScaleId("trust")).orElseThrow().value();
    var released =
        ScaleScoring.score(
            scale,
            stores.measurementResponses().responses(new MeasurementId("before")),
            java.util.Optional.empty(),
            DisclosurePolicy.defaults().bound(java.util.OptionalInt.of(6)));
    assertThat(TestServer.json(response)).isEqualTo(expected(ResultJson.scaleReport(released)));
    assertThat(TestServer.json(response).path("n").asInt()).isEqualTo(12);
  }

  @Test
  void theComparisonIsTheCompareDocument() {
    HttpResponse<String> response =
        server.get("/api/v1/measurements/before/comparison?with=after", RESEARCHER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var scale = stores.scales().find(new ScaleId("trust")).orElseThrow().value();
    var before =
        ScaleData.of(
            scale, stores.measurementResponses().responses(new MeasurementId("before")), null);
    var after =
        ScaleData.of(
            scale, stores.measurementResponses().responses(new MeasurementId("after")), null);
    assertThat(TestServer.json(response))
        .isEqualTo(expected(ResultJson.waveComparison(CompareWaves.compare(before, after))));
    assertThat(TestServer.json(response).path("paired").path("nPairs").asInt()).isEqualTo(12);
  }

  @Test
  void theRedThreadIsTheRedThreadDocument() {
    HttpResponse<String> response =
        server.get(
            "/api/v1/wish-maps/nb/red-thread?segment=household&kMin=5&bootstrap=50&seed=7",
            RESEARCHER);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var map = stores.wishMaps().find(new WishMapId("nb")).orElseThrow().value();
    var options =
        RedThreadOptions.defaults()
            .withSegmentColumns(List.of("household"))
            .withAudience(DisclosurePolicy.defaults().bound())
            .withBootstrap(50)
            .withSeed(7);
    assertThat(TestServer.json(response))
        .isEqualTo(
            expected(
                ResultJson.redThread(
                    RedThreadAnalysis.analyse(
                        map, stores.wishMapResponses().responses(map.id()), options))));
    assertThat(response.body()).doesNotContain("w1\"");
  }

  @Test
  void networksAreThePartOfTheRedThreadAboutNetworks() {
    JsonNode networks = TestServer.json(server.get("/api/v1/wish-maps/nb/networks", RESEARCHER));

    assertThat(networks.isArray()).isTrue();
    assertThat(networks.toString()).contains("play-week");
  }

  @Test
  void badFigureParametersAre400NamingThem() {
    assertThat(server.get("/api/v1/wish-maps/nb/red-thread?segment=age", RESEARCHER).body())
        .contains("\"field\":\"segment\"");
    assertThat(server.get("/api/v1/wish-maps/nb/red-thread?bootstrap=-1", RESEARCHER).body())
        .contains("\"field\":\"bootstrap\"");
    assertThat(server.get("/api/v1/measurements/before/scores?kMin=0", RESEARCHER).statusCode())
        .isEqualTo(400);
    assertThat(server.get("/api/v1/measurements/before/comparison", RESEARCHER).body())
        .contains("\"field\":\"with\"");
    assertThat(
            server.get("/api/v1/measurements/before/comparison?with=nope", RESEARCHER).statusCode())
        .isEqualTo(404);
  }
}
