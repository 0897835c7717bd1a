package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An existing survey's export uploaded with its mapping as {@code multipart/form-data}
 * (docs/survey-import.md#over-the-rest-api): stored as the CSV upload stores, or refused with every
 * problem by row and column and nothing stored.
 */
class MappedUploadTest {
  private static final String GRADES =
      "{\"id\":\"dorp\",\"values\":[{\"code\":\"shop\"},{\"code\":\"green\"}],"
          + "\"satisfactionScale\":{\"min\":1,\"max\":5},\"topChoices\":1}";

  private static final String MAPPING =
      "{\"columns\":[{\"column\":\"nr\",\"to\":\"respondent\"},"
          + "{\"column\":\"cijfer winkel\",\"to\":\"sat.shop\",\"answers\":\"grade\","
          + "\"range\":{\"min\":1,\"max\":10}},"
          + "{\"column\":\"cijfer groen\",\"to\":\"sat.green\",\"answers\":\"grade\","
          + "\"range\":{\"min\":1,\"max\":10}}],"
          + "\"answers\":{\"grade\":{\"weet niet\":null}},\"ignore\":[\"datum\"]}";

  private static final String BOUNDARY = "----cohesion-form-7MA4YWxkTrZu0gW";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
    HttpResponse<String> defined = server.postJson("/api/v1/wish-maps", COORDINATOR, GRADES);
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String form(String mapping, String export) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"mapping\"; filename=\"mapping.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n"
        + mapping
        + "\r\n--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"export\"; filename=\"export.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + export
        + "\r\n--"
        + BOUNDARY
        + "--\r\n";
  }

  private HttpResponse<String> upload(String key, String body) {
    return server.post(
        "/api/v1/wish-maps/dorp/responses", key, "multipart/form-data; boundary=" + BOUNDARY, body);
  }

  @Test
  void importsTheExportThroughItsMappingAndTheRedThreadSaysUrgencyIsDissatisfaction() {
    HttpResponse<String> uploaded =
        upload(
            COORDINATOR,
            form(
                MAPPING,
                "nr;datum;cijfer winkel;cijfer groen\nd1;1-3;4;8\nd2;2-3;weet niet;7\n"
                    + "d3;2-3;4;9\nd4;3-3;4;8\nd5;3-3;4;8\nd6;4-3;4;\n"));

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(TestServer.json(uploaded).path("imported").asInt()).isEqualTo(6);
    JsonNode thread = TestServer.json(server.get("/api/v1/wish-maps/dorp/red-thread", COORDINATOR));
    assertThat(thread.path("urgencyBasis").asText())
        .as(thread.toString())
        .isEqualTo("dissatisfaction");
    assertThat(thread.path("urgencyNote").asText()).contains("dissatisfaction alone");
    JsonNode first = thread.path("values").get(0);
    // shop: grade 4 -> 1 + 3 * 4 / 9 = 2.333; urgency (5 - 2.333) / 4 = 2/3
    assertThat(first.path("code").asText()).isEqualTo("shop");
    assertThat(first.path("urgency").asDouble())
        .isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(first.path("importanceMean").isNull()).isTrue();
  }

  @Test
  void everyProblemIsA400FieldByRowAndColumnAndNothingIsStored() {
    HttpResponse<String> refused =
        upload(
            COORDINATOR,
            form(
                MAPPING,
                "nr;datum;cijfer winkel;cijfer groen;opmerking\n"
                    + "d1;1-3;4;11\nd2;2-3;geen idee;7\nd3;2-3;12;slecht\n"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    TestServer.json(refused).path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields)
        .containsExactly(
            "row 1, column opmerking",
            "row 2, column cijfer groen",
            "row 3, column cijfer winkel",
            "row 4, column cijfer winkel",
            "row 4, column cijfer groen");
    JsonNode stored = TestServer.json(server.get("/api/v1/wish-maps/dorp/responses", COORDINATOR));
    assertThat(stored.path("items")).isEmpty();
  }

  @Test
  void aMappingThatDoesNotFitTheMapIsA400NamingTheMappingsField() {
    HttpResponse<String> refused =
        upload(
            COORDINATOR, form("{\"columns\":[{\"column\":\"a\",\"to\":\"imp.shop\"}]}", "a\n1\n"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("columns[0].to").contains("asks no importance");
  }

  @Test
  void aFormWithoutItsExportOrWithAnotherPartIsA400() {
    String onlyMapping =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n"
            + MAPPING
            + "\r\n--"
            + BOUNDARY
            + "--\r\n";
    HttpResponse<String> missing = upload(COORDINATOR, onlyMapping);
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.body()).contains("\"field\":\"export\"");

    HttpResponse<String> other =
        upload(COORDINATOR, form(MAPPING, "x").replace("name=\"export\"", "name=\"file\""));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(400);
    assertThat(other.body()).contains("not a part of this form");
  }

  @Test
  void aResearcherMayNotUpload() {
    HttpResponse<String> refused = upload(RESEARCHER, form(MAPPING, "nr\n"));
    assertThat(refused.statusCode()).isEqualTo(403);
  }
}
