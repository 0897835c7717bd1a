package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number, date and string in a request body has a bound (docs/api.md, "Bounds on requests"):
 * beyond it the answer is a 400 that names the field and the bound, quickly, and nothing is stored.
 */
class RequestBoundsTest {
  private static final String STATEMENT =
      "{\"id\":\"st1\",\"building\":\"b1\",\"investment\":%s,"
          + "\"monthlyCostBefore\":150.00,\"monthlyCostAfter\":100.00}";

  private static final String HEADER =
      "respondent,imp.contact,imp.youth,imp.green,sat.contact,sat.youth,sat.green,household,wish";

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server =
        TestServer.start(
            FullApi.builder(stores, ApiConfig.defaults(TestServer.KEYS).withAnalysisBudget(2_000)));
    created("/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    created(
        "/api/v1/buildings",
        "{\"id\":\"b1\",\"neighbourhood\":\"nij-beets\",\"name\":\"Block 1\","
            + "\"households\":12,\"stakeholder\":\"ownerAssociation\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode created(String path, String json) {
    HttpResponse<String> response = server.postJson(path, COORDINATOR, json);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    return TestServer.json(response);
  }

  private static void assertRefused(HttpResponse<String> response, String field, String bound) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode errors = TestServer.json(response).path("errors");
    assertThat(errors.findValuesAsText("field")).as(response.body()).contains(field);
    assertThat(errors.findValuesAsText("reason"))
        .as(response.body())
        .anySatisfy(reason -> assertThat(reason).contains(bound));
    assertThat(response.body().length())
        .as("the answer does not echo a huge value")
        .isLessThan(2000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+1000000", "1E+999999999", "1E+70", "1000000000000.01", "-1E+1000000"})
  void anAmountBeyondItsBoundIsRefusedQuicklyNamingTheBound(String amount) {
    long started = System.nanoTime();
    HttpResponse<String> response =
        server.postJson("/api/v1/benefit-statements", COORDINATOR, STATEMENT.formatted(amount));

    assertRefused(response, "investment", "1000000000000");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(
            stores
                .benefitStatements()
                .list(
                    new io.cohesion.core.neighbourhood.BuildingId("b1"),
                    io.cohesion.core.PageRequest.first())
                .items())
        .isEmpty();
  }

  @Test
  void anAmountWithMoreThanTwoDecimalsIsRefused() {
    assertRefused(
        server.postJson("/api/v1/benefit-statements", COORDINATOR, STATEMENT.formatted("4500.005")),
        "investment",
        "2 decimals");
  }

  @Test
  void theLargestAmountIsAccepted() {
    JsonNode statement =
        created("/api/v1/benefit-statements", STATEMENT.formatted("1000000000000.00"));

    assertThat(statement.path("investment").decimalValue()).isEqualByComparingTo("1E+12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1000001", "99999999999", "1E+3"})
  void aCountBeyondItsBoundIsRefused(String attendance) {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/meetings",
            COORDINATOR,
            "{\"id\":\"m1\",\"neighbourhood\":\"nij-beets\",\"kind\":\"information\","
                + "\"title\":\"Kick-off\",\"date\":\"2024-05-01\",\"attendance\":"
                + attendance
                + "}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(TestServer.json(response).path("errors").findValuesAsText("field"))
        .contains("attendance");
  }

  @Test
  void aCountNamesItsBound() {
    assertRefused(
        server.postJson(
            "/api/v1/buildings",
            COORDINATOR,
            "{\"id\":\"b2\",\"neighbourhood\":\"nij-beets\",\"name\":\"Block 2\","
                + "\"households\":1000001,\"stakeholder\":\"ownerAssociation\"}"),
        "households",
        "1000000");
  }

  @Test
  void aNumberThatIsNotFiniteIsRefused() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);

    assertRefused(
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "{\"respondent\":\"hh-1\",\"importance\":{\"contact\":1E+1000000}}"),
        "importance.contact",
        "1000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+99999-01-01", "1899-12-31", "2201-01-01", "-0001-01-01"})
  void aDateOutsideTheWindowIsRefused(String date) {
    assertRefused(
        server.postJson(
            "/api/v1/results",
            COORDINATOR,
            "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\""
                + date
                + "\",\"text\":\"New benches\"}"),
        "shown",
        "1900-01-01");
  }

  @Test
  void theEdgesOfTheDateWindowAreAccepted() {
    created(
        "/api/v1/results",
        "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\"1900-01-01\",\"text\":\"a\"}");
    created(
        "/api/v1/results",
        "{\"id\":\"r2\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2200-12-31\",\"text\":\"b\"}");
  }

  @Test
  void aLabelLongerThanItsBoundIsRefused() {
    assertRefused(
        server.postJson(
            "/api/v1/invitations",
            COORDINATOR,
            "{\"count\":1,\"label\":\"" + "x".repeat(101) + "\"}"),
        "label",
        "100");
  }

  @Test
  void freeTextLongerThanItsBoundIsRefusedAndWithinItIsStored() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);

    assertRefused(
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "{\"respondent\":\"hh-1\",\"wishes\":[\"" + "w".repeat(4001) + "\"]}"),
        "wishes[0]",
        "4000");
    created(
        "/api/v1/wish-maps/nb/responses",
        "{\"respondent\":\"hh-2\",\"wishes\":[\"" + "w".repeat(4000) + "\"]}");
  }

  @Test
  void aNameLongerThanItsBoundIsRefusedEvenWhereCoreHasNoLimit() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);

    assertRefused(
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "{\"respondent\":\"hh-1\",\"networks\":[\"" + "n".repeat(201) + "\"]}"),
        "networks[0]",
        "200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\\u0000b", "\\ud800", "x\\udc00y", "\\udbff"})
  void aNulCharacterOrALoneSurrogateIsRefusedInAnyString(String text) {
    assertRefused(
        server.postJson(
            "/api/v1/results",
            COORDINATOR,
            "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2024-05-01\",\"text\":\""
                + text
                + "\"}"),
        "text",
        "U+");
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);
    assertRefused(
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "{\"respondent\":\"hh-1\",\"wishes\":[\"" + text + "\"]}"),
        "wishes[0]",
        "U+");
  }

  @Test
  void aNulCharacterInAMapKeyIsRefused() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);

    HttpResponse<String> response =
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "{\"respondent\":\"hh-1\",\"segments\":{\"house\\u0000hold\":\"a\"}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("U+0000");
  }

  @Test
  void aWellFormedPairOfSurrogatesIsAText() {
    created(
        "/api/v1/results",
        "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2024-05-01\","
            + "\"text\":\"Bench \\ud83e\\ude91 placed\"}");
  }

  @Test
  void aWishMapFileWithANulOrAnOverlongLabelIsRefused() {
    HttpResponse<String> nul =
        server.postJson(
            "/api/v1/wish-maps",
            COORDINATOR,
            ResourcesTest.WISH_MAP.replace(
                "{\"code\":\"green\"}", "{\"code\":\"green\",\"label\":\"gr\\u0000een\"}"));
    HttpResponse<String> lone =
        server.postJson(
            "/api/v1/wish-maps",
            COORDINATOR,
            ResourcesTest.WISH_MAP.replace(
                "{\"code\":\"green\"}", "{\"code\":\"green\",\"label\":\"\\ud800\"}"));
    HttpResponse<String> longLabel =
        server.postJson(
            "/api/v1/wish-maps",
            COORDINATOR,
            ResourcesTest.WISH_MAP.replace(
                "{\"code\":\"green\"}",
                "{\"code\":\"green\",\"label\":{\"nl\":\"" + "g".repeat(201) + "\"}}"));
    HttpResponse<String> hugeRange =
        server.postJson(
            "/api/v1/wish-maps",
            COORDINATOR,
            ResourcesTest.WISH_MAP.replace("\"max\":5}", "\"max\":1E+1000000}"));

    assertRefused(nul, "values[2].label", "U+0000");
    assertRefused(lone, "values[2].label", "U+");
    assertRefused(longLabel, "values[2].label.nl", "200");
    assertThat(hugeRange.statusCode()).as(hugeRange.body()).isEqualTo(400);
    assertThat(hugeRange.body()).contains("importanceScale.max");
  }

  @Test
  void aNulCharacterOrAnOverlongCellInAResponsesCsvIsRefused() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);

    HttpResponse<String> nul =
        server.post(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "text/csv",
            HEADER + "\nhh-1,4,2,3,2,2,2,a\u0000b,more light\n");
    HttpResponse<String> longWish =
        server.post(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "text/csv",
            HEADER + "\nhh-1,4,2,3,2,2,2,a," + "w".repeat(4001) + "\n");
    assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
    assertThat(nul.body()).contains("household").contains("U+0000");
    assertThat(longWish.statusCode()).as(longWish.body()).isEqualTo(400);
    assertThat(longWish.body()).contains("wish").contains("4000");
    assertThat(stores.wishMapResponses().count(new io.cohesion.core.wishmap.WishMapId("nb")))
        .isZero();
  }

  @Test
  void aMeasurementForANeighbourhoodThatDoesNotExistIsRefused() {
    created("/api/v1/scales", ResourcesTest.SCALE);

    HttpResponse<String> response =
        server.postJson(
            "/api/v1/measurements",
            COORDINATOR,
            ResourcesTest.MEASUREMENT.replace("nij-beets", "atlantis"));
    HttpResponse<String> moved =
        server.send(
            server
                .request("/api/v1/measurements/before")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header(
                    "If-Match",
                    server
                        .postJson("/api/v1/measurements", COORDINATOR, ResourcesTest.MEASUREMENT)
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow())
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        ResourcesTest.MEASUREMENT.replace("nij-beets", "atlantis")))
                .build());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    assertThat(response.body()).contains("neighbourhood").contains("atlantis");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(404);
    assertThat(moved.body()).contains("atlantis");
    assertThat(stores.measurements().list(io.cohesion.core.PageRequest.first()).items())
        .extracting(v -> v.value().neighbourhood().value())
        .containsExactly("nij-beets");
  }

  @Test
  void theRedThreadRefusesMoreWorkThanTheBudgetAndSaysHowToAskForLess() {
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);
    for (int i = 0; i < 10; i++) {
      created(
          "/api/v1/wish-maps/nb/responses",
          "{\"respondent\":\"hh-"
              + i
              + "\",\"importance\":{\"contact\":4,\"youth\":2,\"green\":3},"
              + "\"segments\":{\"household\":\"a\"}}");
    }
    FullApi.close(stores, io.cohesion.core.privacy.WaveId.wishMap("nb"));

    // 10 respondents, one segment column: (1 + 1) × 10 × 100 = 2000, the configured budget.
    HttpResponse<String> within =
        server.get("/api/v1/wish-maps/nb/red-thread?bootstrap=100&segment=household", RESEARCHER);
    HttpResponse<String> beyond =
        server.get("/api/v1/wish-maps/nb/red-thread?bootstrap=101&segment=household", RESEARCHER);
    HttpResponse<String> withoutSegments =
        server.get("/api/v1/wish-maps/nb/red-thread?bootstrap=200", RESEARCHER);

    assertThat(within.statusCode()).as(within.body()).isEqualTo(200);
    assertThat(withoutSegments.statusCode()).as(withoutSegments.body()).isEqualTo(200);
    assertRefused(beyond, "bootstrap", "at most 2000");
    assertThat(TestServer.json(beyond).path("errors").findValuesAsText("reason"))
        .anySatisfy(
            reason ->
                assertThat(reason)
                    .contains("bootstrap × groups × respondents")
                    .contains("ask for fewer resamples or segments"));
  }

  @Test
  void theDefaultBudgetLetsTheDefaultBootstrapRunOnALargeNeighbourhood() {
    assertThat(ApiConfig.DEFAULT_ANALYSIS_BUDGET)
        .isGreaterThanOrEqualTo(1_000L * 3 * 10_000)
        .isLessThanOrEqualTo(10_000L * 3 * 10_000);
    assertThat(List.of(ApiConfig.defaults(TestServer.KEYS).analysisBudget()))
        .containsExactly(ApiConfig.DEFAULT_ANALYSIS_BUDGET);
  }
}
