package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A responses CSV uploaded to a measurement keeps the attribute columns the measurement declares
 * (docs/api.md#uploading-responses-as-csv), so that its responses can be grouped; a value outside a
 * column's declared codes is refused as the JSON submission refuses it, by row and column.
 */
class CsvUploadAttributesTest {
  private static final String MEASUREMENT =
      "{\"id\":\"before\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\",\"wave\":\"before\","
          + "\"opened\":\"2024-05-01\",\"attributes\":[{\"column\":\"street\","
          + "\"label\":{\"nl\":\"straat\"},\"values\":[{\"code\":\"west\"},{\"code\":\"east\"}]}]}";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    assertThat(server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE).statusCode())
        .isEqualTo(201);
    HttpResponse<String> defined =
        server.postJson("/api/v1/measurements", COORDINATOR, MEASUREMENT);
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> upload(String csv) {
    return server.post("/api/v1/measurements/before/responses", COORDINATOR, "text/csv", csv);
  }

  /** Six respondents in the street west, five in east, and a column the measurement ignores. */
  private static String elevenRows() {
    StringBuilder csv = new StringBuilder("respondent,SC1,street,SC2,SC3,note\n");
    for (int i = 0; i < 11; i++) {
      csv.append("p")
          .append(i)
          .append(',')
          .append(1 + i % 5)
          .append(',')
          .append(i < 6 ? "west" : "east")
          .append(',')
          .append(1 + i % 3)
          .append(',')
          .append(5 - i % 4)
          .append(",anything\n");
    }
    return csv.toString();
  }

  @Test
  void uploadedResponsesKeepTheDeclaredColumnAndGroupByIt() {
    HttpResponse<String> uploaded = upload(elevenRows());
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(TestServer.json(uploaded).path("imported").asInt()).isEqualTo(11);

    HttpResponse<String> scores =
        server.get("/api/v1/measurements/before/scores?groupBy=street", COORDINATOR);

    assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
    Map<String, Integer> sizes = new HashMap<>();
    for (JsonNode group : TestServer.json(scores).path("groups")) {
      sizes.put(group.path("group").asText(), group.path("n").asInt());
    }
    assertThat(sizes).isEqualTo(Map.of("west", 6, "east", 5));
  }

  @Test
  void theStoredResponsesCarryTheDeclaredColumnOnlyWhereTheCellHoldsAValue() {
    HttpResponse<String> uploaded =
        upload("respondent,SC1,SC2,SC3,street,note\np1,4,5,2,west,x\np2,3,4,,,y\n");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

    JsonNode items =
        TestServer.json(server.get("/api/v1/measurements/before/responses", COORDINATOR))
            .path("items");

    Map<String, JsonNode> byRespondent = new HashMap<>();
    items.forEach(r -> byRespondent.put(r.path("respondent").asText(), r.path("attributes")));
    assertThat(byRespondent.get("p1").toString()).isEqualTo("{\"street\":\"west\"}");
    assertThat(byRespondent.get("p2").toString()).isEqualTo("{}");
  }

  @Test
  void aValueOutsideTheDeclaredCodesIsA400NamingRowAndColumnAndStoresNothing() {
    HttpResponse<String> refused =
        upload("respondent,SC1,SC2,SC3,street\np1,4,5,2,west\np2,3,4,1,north\n");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode error = TestServer.json(refused).path("errors").get(0);
    assertThat(error.path("field").asText()).isEqualTo("row 3, column street");
    assertThat(error.path("reason").asText()).contains("not a declared value of street");
    JsonNode stored =
        TestServer.json(server.get("/api/v1/measurements/before/responses", COORDINATOR));
    assertThat(stored.path("items")).isEmpty();
  }

  @Test
  void theRefusedRowIsNamedAsTheFileNumbersItPastBlankLines() {
    HttpResponse<String> refused =
        upload("respondent,SC1,SC2,SC3,street\np1,4,5,2,west\n\n,,,,\np2,3,4,1,north\n");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(TestServer.json(refused).path("errors").get(0).path("field").asText())
        .isEqualTo("row 5, column street");
  }

  @Test
  void aRowWithoutItsRespondentIsNamedAsTheFileNumbersItToo() {
    HttpResponse<String> refused =
        upload("respondent,SC1,SC2,SC3,street\np1,4,5,2,west\n\n,3,4,1,east\n");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(TestServer.json(refused).path("errors").get(0).path("field").asText())
        .isEqualTo("row 4, column respondent");
  }
}
