package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A responses CSV uploaded as Excel in Dutch saves it ({@code ;}, CRLF, Windows-1252, decimal
 * commas; docs/api.md#uploading-responses-as-csv): with the charset named, without it, and with a
 * charset the server does not read.
 */
class SpreadsheetUploadTest {
  private static final String SCALE =
      "{\"id\":\"social-cohesion-trust\",\"response\":{\"min\":1,\"max\":5},\"items\":["
          + "{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\"},"
          + "{\"id\":\"SC4\",\"reverse\":true},{\"id\":\"SC5\",\"reverse\":true}]}";
  private static final String MEASUREMENT =
      "{\"id\":\"nulmeting\",\"scale\":\"social-cohesion-trust\",\"neighbourhood\":\"nij-beets\","
          + "\"wave\":\"before\",\"opened\":\"2024-05-01\"}";

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    assertThat(server.postJson("/api/v1/scales", COORDINATOR, SCALE).statusCode()).isEqualTo(201);
    assertThat(server.postJson("/api/v1/measurements", COORDINATOR, MEASUREMENT).statusCode())
        .isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] excelFile() throws IOException {
    try (InputStream in =
        SpreadsheetUploadTest.class.getResourceAsStream("mapping/spreadsheets/scale-excel.csv")) {
      return in.readAllBytes();
    }
  }

  private HttpResponse<String> upload(String contentType, byte[] body) {
    return server.send(
        server
            .request("/api/v1/measurements/nulmeting/responses")
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + COORDINATOR)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private List<String> storedSc2() {
    JsonNode listed =
        TestServer.json(server.get("/api/v1/measurements/nulmeting/responses", COORDINATOR));
    List<String> answers = new ArrayList<>();
    listed.path("items").forEach(r -> answers.add(r.path("answers").path("SC2").asText("-")));
    return answers;
  }

  @Test
  void takesADutchExcelFileWithItsCharsetNamed() throws IOException {
    HttpResponse<String> response =
        upload("text/csv; charset=windows-1252; header=present", excelFile());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(TestServer.json(response).path("imported").asInt()).isEqualTo(6);
    assertThat(storedSc2()).contains("3.5");
  }

  @Test
  void takesADutchExcelFileWithoutACharsetByDetectingIt() throws IOException {
    HttpResponse<String> response = upload("text/csv", excelFile());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(TestServer.json(response).path("imported").asInt()).isEqualTo(6);
  }

  @Test
  void aWindows1252FileSentAsUtf8IsRefusedWithTheWayToSendIt() throws IOException {
    HttpResponse<String> response = upload("text/csv; charset=utf-8", excelFile());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "row 4: the file is not UTF-8 (save it as CSV UTF-8, or send Content-Type: text/csv;"
                + " charset=windows-1252)");
  }

  @Test
  void aCharsetItDoesNotReadIs415() throws IOException {
    HttpResponse<String> response = upload("text/csv; charset=utf-16", excelFile());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("text/csv; charset=windows-1252");
  }
}
