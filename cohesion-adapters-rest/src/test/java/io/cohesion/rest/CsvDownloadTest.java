package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.http.Route;
import io.cohesion.rest.http.Routes;
import io.cohesion.rest.resource.DocumentResource;
import io.cohesion.rest.resource.HealthResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The aggregate tables as CSV (docs/api.md, "Downloading tables as CSV"): the same figures as the
 * JSON, cell for cell, under the same release gate, minimum group size and roles; text a
 * spreadsheet could run is neutralised; a type a route does not serve is a 406.
 */
class CsvDownloadTest {
  /** A label that a spreadsheet would run as a formula, and one that needs quoting. */
  private static final String HOSTILE_LABEL =
      "=HYPERLINK(\\\"http://evil.example\\\",\\\"klik\\\")";

  private static final String MAP =
      "{\"id\":\"%s\",\"values\":[{\"code\":\"contact\",\"label\":{\"nl\":\""
          + HOSTILE_LABEL
          + "\",\"en\":\"Contact, neighbours\"}},{\"code\":\"green\"},{\"code\":\"safety\"}],"
          + "\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":1,"
          + "\"segments\":[{\"column\":\"household\",\"label\":\"household\",\"values\":["
          + "{\"code\":\"young_parents\"},{\"code\":\"single\"},{\"code\":\"others\"}]}],"
          + "\"mobilisation\":{\"networks\":[\"play-week\"]}}";
  private static final String HEADER =
      "respondent,imp.contact,imp.green,imp.safety,top1,household,networks\n";

  /** A network name typed by a respondent: free text, for a coordinator's eyes only. */
  private static final String TYPED_NETWORK = "=cmd|' /C calc'!A0";

  private static final String CSV = "text/csv";

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
  }

  @AfterEach
  void stop() {
    server.close();
    stores.close();
  }

  @Test
  void theValuesTableHoldsTheJsonsFiguresDigitForDigit() {
    village("nb", 20);
    String path = "/api/v1/wish-maps/nb/red-thread?bootstrap=50&seed=7";

    JsonNode json = TestServer.json(server.get(path, RESEARCHER));
    HttpResponse<String> csv = get(path, RESEARCHER, CSV);

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"red-thread-nb-values.csv\"");
    assertThat(csv.headers().firstValue("API-Version")).isPresent();
    assertThat(csv.headers().allValues("Vary")).contains("Accept");
    assertThat(csv.body()).endsWith("\r\n").doesNotContain("\r\r");
    List<Map<String, String>> rows = rows(csv.body());
    assertThat(rows).hasSize(json.path("values").size()).hasSizeGreaterThan(2);
    for (int i = 0; i < rows.size(); i++) {
      assertSameCells(rows.get(i), json.path("values").get(i), Set.of("labelNl", "labelEn"));
    }
    Map<String, String> contact = row(rows, "code", "contact");
    // the label a coordinator typed, neutralised: a spreadsheet shows it as text
    assertThat(contact.get("labelNl")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"klik\")");
    assertThat(contact.get("labelEn")).isEqualTo("Contact, neighbours");
    assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"");
  }

  @Test
  void theSegmentsTableWithholdsWhatTheJsonWithholds() {
    // one single resident: that segment must not be released to a researcher
    village("nb", 20);
    String path = "/api/v1/wish-maps/nb/red-thread?segment=household&bootstrap=20";

    JsonNode json = TestServer.json(server.get(path, RESEARCHER));
    HttpResponse<String> csv = get(path + "&table=segments", RESEARCHER, CSV);

    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"red-thread-nb-segments.csv\"");
    List<Map<String, String>> rows = rows(csv.body());
    int suppressed = 0;
    for (JsonNode segment : json.path("segments")) {
      String value = segment.path("value").asText();
      List<Map<String, String>> ofSegment =
          rows.stream().filter(r -> r.get("value").equals(value)).toList();
      if (segment.path("suppressed").asBoolean()) {
        suppressed++;
        assertThat(ofSegment).as(value).hasSize(1);
        Map<String, String> row = ofSegment.get(0);
        assertThat(row.get("suppressed")).isEqualTo("true");
        row.forEach(
            (column, cell) -> {
              if (!Set.of("column", "value", "suppressed").contains(column)) {
                assertThat(cell).as(value + " " + column).isEmpty();
              }
            });
        continue;
      }
      assertThat(ofSegment).as(value).hasSize(segment.path("values").size());
      for (int i = 0; i < ofSegment.size(); i++) {
        Map<String, String> row = ofSegment.get(i);
        assertThat(row.get("segmentN")).isEqualTo(segment.path("n").asText());
        assertSameCells(
            row,
            segment.path("values").get(i),
            Set.of("column", "value", "segmentN", "labelNl", "labelEn"));
      }
    }
    assertThat(suppressed).as("the segment of one resident is suppressed").isPositive();
    assertThat(row(rows, "value", "single").get("suppressed")).isEqualTo("true");
  }

  @Test
  void theNetworksTableShowsWhatTheJsonShowsAndNeutralisesTypedNames() {
    village("nb", 20);
    String path = "/api/v1/wish-maps/nb/networks?segment=household";

    JsonNode json = TestServer.json(server.get(path, RESEARCHER));
    HttpResponse<String> researcher = get(path, RESEARCHER, CSV);
    HttpResponse<String> coordinator = get(path, COORDINATOR, CSV);

    assertThat(researcher.statusCode()).as(researcher.body()).isEqualTo(200);
    assertThat(researcher.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"networks-nb.csv\"");
    List<Map<String, String>> rows = rows(researcher.body());
    List<Map<String, String>> networks =
        rows.stream().filter(r -> r.get("column").isEmpty()).toList();
    assertThat(networks).hasSize(json.size());
    for (int i = 0; i < json.size(); i++) {
      JsonNode network = json.get(i);
      assertSameCells(networks.get(i), network, Set.of("column", "value"));
      for (JsonNode count : network.path("segments")) {
        Map<String, String> row =
            rows.stream()
                .filter(
                    r ->
                        r.get("name").equals(network.path("name").asText())
                            && r.get("value").equals(count.path("value").asText()))
                .findFirst()
                .orElseThrow();
        assertSameCells(row, count, Set.of("name"));
      }
    }
    // free text typed by respondents: never to a researcher, and harmless to a coordinator
    assertThat(researcher.body()).doesNotContain("calc");
    assertThat(coordinator.statusCode()).isEqualTo(200);
    assertThat(rows(coordinator.body()).stream().map(r -> r.get("name")))
        .contains("'" + TYPED_NETWORK)
        .doesNotContain(TYPED_NETWORK);
  }

  @Test
  void scoresAndTheComparisonHoldTheJsonsFiguresAndSuppressTheSameGroups() {
    measurements();
    String scores = "/api/v1/measurements/before/scores?groupBy=street";
    String comparison = "/api/v1/measurements/before/comparison?with=after";

    JsonNode scoresJson = TestServer.json(server.get(scores, RESEARCHER));
    HttpResponse<String> scoresCsv = get(scores, RESEARCHER, CSV);
    JsonNode comparisonJson = TestServer.json(server.get(comparison, RESEARCHER));
    HttpResponse<String> comparisonCsv = get(comparison, RESEARCHER, CSV);

    assertThat(scoresCsv.statusCode()).as(scoresCsv.body()).isEqualTo(200);
    assertThat(scoresCsv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"scores-before.csv\"");
    List<Map<String, String>> groups = rows(scoresCsv.body());
    assertThat(groups.get(0).get("group")).isEmpty();
    assertSameCells(groups.get(0), scoresJson.path("score"), Set.of("group", "suppressed"));
    assertThat(groups).hasSize(1 + scoresJson.path("groups").size());
    for (int i = 0; i < scoresJson.path("groups").size(); i++) {
      assertSameCells(groups.get(i + 1), scoresJson.path("groups").get(i), Set.of());
    }
    assertThat(row(groups, "group", "east").get("suppressed")).isEqualTo("true");
    assertThat(row(groups, "group", "east").get("n")).isEmpty();

    assertThat(comparisonCsv.statusCode()).as(comparisonCsv.body()).isEqualTo(200);
    assertThat(comparisonCsv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"comparison-before-after.csv\"");
    List<Map<String, String>> rows = rows(comparisonCsv.body());
    assertSameCells(
        row(rows, "comparison", "independent"),
        comparisonJson.path("independent"),
        Set.of("comparison", "suppressed"));
    // only one respondent answered both waves: the JSON has no paired comparison, nor the CSV
    assertThat(comparisonJson.path("paired").isNull()).isTrue();
    assertThat(rows).hasSize(1);
  }

  @Test
  void aWaveWithheldAsAWholeIsOneRowOfItsReason() {
    village("tiny", 2);

    JsonNode json = TestServer.json(server.get("/api/v1/wish-maps/tiny/red-thread", RESEARCHER));
    HttpResponse<String> values = get("/api/v1/wish-maps/tiny/red-thread", RESEARCHER, CSV);
    HttpResponse<String> networks = get("/api/v1/wish-maps/tiny/networks", RESEARCHER, CSV);

    assertThat(json.path("suppressed").asBoolean()).isTrue();
    for (HttpResponse<String> csv : List.of(values, networks)) {
      List<Map<String, String>> rows = rows(csv.body());
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).get("suppressed")).isEqualTo("true");
      assertThat(rows.get(0).get("reason")).isEqualTo(json.path("reason").asText());
      rows.get(0)
          .forEach(
              (column, cell) -> {
                if (!Set.of("suppressed", "reason").contains(column)) {
                  assertThat(cell).as(column).isEmpty();
                }
              });
    }
  }

  @Test
  void theGateAndTheRolesHoldForCsvAsForJson() {
    load("open", 20, i -> row(i, "others", ""));
    village("nb", 20);

    // an open wave is not released to a researcher, whatever the format
    HttpResponse<String> open = get("/api/v1/wish-maps/open/red-thread", RESEARCHER, CSV);
    assertThat(open.statusCode()).isEqualTo(409);
    assertThat(open.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // the floor is the server's
    assertThat(get("/api/v1/wish-maps/nb/red-thread?kMin=1", RESEARCHER, CSV).statusCode())
        .isEqualTo(400);
    // who may not read is refused before any type is chosen
    HttpResponse<String> anonymous = get("/api/v1/wish-maps/nb/red-thread", null, CSV);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> raw = get("/api/v1/wish-maps/nb/responses", RESEARCHER, CSV);
    assertThat(raw.statusCode()).isEqualTo(403);
    assertThat(raw.body()).doesNotContain("r1");
    // an unknown table is a 400 naming the parameter
    HttpResponse<String> table = get("/api/v1/wish-maps/nb/red-thread?table=x", RESEARCHER, CSV);
    assertThat(table.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(table).path("errors").get(0).path("field").asText())
        .isEqualTo("table");
  }

  @Test
  void aTypeTheRouteDoesNotServeIsA406ThatNamesTheTypesItServes() {
    village("nb", 20);

    HttpResponse<String> definition = get("/api/v1/wish-maps/nb", RESEARCHER, CSV);
    HttpResponse<String> xml =
        get("/api/v1/wish-maps/nb/red-thread", RESEARCHER, "application/xml");

    assertThat(definition.statusCode()).isEqualTo(406);
    assertThat(definition.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(definition.headers().firstValue("API-Version")).isPresent();
    JsonNode problem = TestServer.json(definition);
    assertThat(problem.path("status").asInt()).isEqualTo(406);
    assertThat(problem.path("title").asText()).isEqualTo("Not acceptable");
    assertThat(problem.path("detail").asText()).startsWith("this route serves application/json,");
    assertThat(xml.statusCode()).isEqualTo(406);
    assertThat(TestServer.json(xml).path("detail").asText())
        .contains("application/json or text/csv");
  }

  @Test
  void anyTypeOrNoAcceptHeaderGetsJsonAndATextRangeGetsCsv() {
    village("nb", 20);
    String path = "/api/v1/wish-maps/nb/networks";

    for (String accept : new String[] {null, "*/*", "application/*", "text/csv;q=0.5, */*"}) {
      HttpResponse<String> response = get(path, RESEARCHER, accept);
      assertThat(response.statusCode()).as(accept).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(accept)
          .startsWith("application/json");
    }
    for (String accept :
        new String[] {"text/*", "text/csv, */*", "application/json;q=0.1, text/csv"}) {
      assertThat(get(path, RESEARCHER, accept).headers().firstValue("Content-Type").orElse(""))
          .as(accept)
          .startsWith(CSV);
    }
    assertThat(get("/api/v1/wish-maps/nb", RESEARCHER, "*/*").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/health", null, "*/*").statusCode()).isEqualTo(200);
  }

  @Test
  void headAsksForTheCsvsHeadersWithoutItsBody() {
    village("nb", 20);

    HttpResponse<String> head =
        server.send(
            server
                .request("/api/v1/wish-maps/nb/networks")
                .header("Authorization", "Bearer " + RESEARCHER)
                .header("Accept", CSV)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void everyRouteServesTheMediaTypesItsOperationDocuments() throws IOException {
    JsonNode document;
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      document = new ObjectMapper().readTree(in);
    }
    for (Route route : server.api().routes()) {
      String path =
          route.path().equals(HealthResource.ROOT_PATH)
              ? route.path()
              : route.path().substring(Routes.BASE.length());
      JsonNode responses =
          document
              .path("paths")
              .path(path)
              .path(route.method().name().toLowerCase(Locale.ROOT))
              .path("responses");
      Set<String> documented = new TreeSet<>();
      responses
          .properties()
          .forEach(
              status -> {
                if (status.getKey().startsWith("2")) {
                  status.getValue().path("content").fieldNames().forEachRemaining(documented::add);
                }
              });
      assertThat(new TreeSet<>(route.produces())).as(route.toString()).isEqualTo(documented);
      assertThat(responses.has("406")).as(route.toString()).isEqualTo(!route.produces().isEmpty());
    }
  }

  // ---------------------------------------------------------------------------------------------

  private HttpResponse<String> get(String path, String key, String accept) {
    HttpRequest.Builder request = server.request(path).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    return server.send(request.build());
  }

  /**
   * Every column of {@code row} that {@code json} has as a field holds the JSON's text of it: the
   * same digits, empty for null; a column the JSON lacks is empty (a withheld figure), unless it is
   * one of {@code elsewhere}. An interval {@code ci95} is its two columns.
   */
  private static void assertSameCells(
      Map<String, String> row, JsonNode json, Set<String> elsewhere) {
    for (Map.Entry<String, String> cell : row.entrySet()) {
      String column = cell.getKey();
      if (elsewhere.contains(column) || column.equals("reason")) {
        continue;
      }
      String expected;
      if (column.startsWith("ci95")) {
        JsonNode interval = json.path("ci95");
        expected =
            interval.isArray() ? interval.get(column.equals("ci95Lower") ? 0 : 1).asText() : "";
      } else if (column.equals("suppressed")) {
        expected = String.valueOf(json.path("suppressed").asBoolean(false));
      } else {
        JsonNode field = json.path(column);
        expected = field.isMissingNode() || field.isNull() ? "" : field.asText();
      }
      assertThat(cell.getValue()).as(column + " of " + json).isEqualTo(expected);
    }
  }

  private static Map<String, String> row(
      List<Map<String, String>> rows, String column, String value) {
    return rows.stream()
        .filter(r -> r.get(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
  }

  /** The rows of an RFC 4180 text with a header, each as column → cell. */
  static List<Map<String, String>> rows(String csv) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        line.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        line.add(cell.toString());
        cell.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(cell.length() == 0 && line.isEmpty()).as("the last line ends with CRLF").isTrue();
    List<String> header = lines.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> cells : lines.subList(1, lines.size())) {
      assertThat(cells).as("cells of a row").hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A closed wish map of {@code n} respondents; resident 5 is the only single one. */
  private void village(String id, int n) {
    load(
        id,
        n,
        i ->
            row(
                i,
                i == 5 ? "single" : i < 12 ? "young_parents" : "others",
                i < 8 ? "play-week" : i < 10 ? TYPED_NETWORK : ""));
    FullApi.close(stores, WaveId.wishMap(id));
  }

  private static String row(int i, String household, String networks) {
    String network = networks.contains(",") ? "\"" + networks + "\"" : networks;
    return "r"
        + i
        + ","
        + (1 + i % 5)
        + ","
        + (1 + (i * 3) % 5)
        + ","
        + (1 + (i * 2) % 5)
        + ","
        + (i % 3 == 0 ? "contact" : i % 3 == 1 ? "green" : "safety")
        + ","
        + household
        + ","
        + network
        + "\n";
  }

  private void load(String id, int n, IntFunction<String> rows) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      csv.append(rows.apply(i));
    }
    server.wishMapWithResponses(id, String.format(MAP, id), csv.toString());
  }

  /** Two closed waves of a scale; in the first, the street east has three respondents only. */
  private void measurements() {
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    for (String wave : new String[] {"before", "after"}) {
      HttpResponse<String> defined =
          server.postJson(
              "/api/v1/measurements",
              COORDINATOR,
              "{\"id\":\""
                  + wave
                  + "\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\",\"wave\":\""
                  + wave
                  + "\",\"opened\":\"2024-05-01\",\"attributes\":[{\"column\":\"street\","
                  + "\"label\":{\"nl\":\"straat\"},\"values\":[{\"code\":\"west\"},"
                  + "{\"code\":\"east\"}]}]}");
      assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
      for (int i = 0; i < 15; i++) {
        String respondent = wave.equals("before") || i == 0 ? "p" + i : "q" + i;
        HttpResponse<String> answered =
            server.postJson(
                "/api/v1/measurements/" + wave + "/responses",
                COORDINATOR,
                "{\"respondent\":\""
                    + respondent
                    + "\",\"answers\":{\"SC1\":"
                    + (1 + (i + wave.length()) % 5)
                    + ",\"SC2\":"
                    + (1 + i % 3)
                    + ",\"SC3\":"
                    + (1 + (i * 2) % 5)
                    + "},\"attributes\":{\"street\":\""
                    + (i < 12 ? "west" : "east")
                    + "\"}}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
      }
    }
    FullApi.close(stores, WaveId.measurement("before"), WaveId.measurement("after"));
  }
}
