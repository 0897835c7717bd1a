package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.http.Route;
import io.javalin.http.HandlerType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Researchers get aggregates only: walks every route of the table with a researcher key, over a
 * store that holds raw answers, free text and pseudonyms.
 */
class ResearcherAccessTest {
  /** Keys that only raw data has. */
  private static final Set<String> RAW_KEYS =
      Set.of(
          "respondent",
          "answers",
          "importance",
          "satisfaction",
          "wishes",
          "codes",
          "codeHash",
          "household",
          "members",
          "question",
          "voter");

  private static final Map<String, String> IDS =
      Map.ofEntries(
          Map.entry("/api/v1/wish-maps/", "nb"),
          Map.entry("/api/v1/scales/", "trust"),
          Map.entry("/api/v1/measurements/", "before"),
          Map.entry("/api/v1/neighbourhoods/", "nij-beets"),
          Map.entry("/api/v1/buildings/", "b1"),
          Map.entry("/api/v1/initiatives/", "ketelhuis"),
          Map.entry("/api/v1/activities/", "torch"),
          Map.entry("/api/v1/meetings/", "m1"),
          Map.entry("/api/v1/ambassadors/", "amb1"),
          Map.entry("/api/v1/signals/", "s1"),
          Map.entry("/api/v1/parked-topics/", "meter"),
          Map.entry("/api/v1/benefit-statements/", "st1"),
          Map.entry("/api/v1/results/", "r1"));

  /** Listings filtered by what they belong to get the filter, so they answer rather than refuse. */
  private static final Map<String, String> FILTERS =
      Map.of(
          "/api/v1/buildings", "neighbourhood=nij-beets",
          "/api/v1/activities", "neighbourhood=nij-beets",
          "/api/v1/meetings", "neighbourhood=nij-beets",
          "/api/v1/results", "neighbourhood=nij-beets",
          "/api/v1/parked-topics", "neighbourhood=nij-beets",
          "/api/v1/ambassadors", "building=b1",
          "/api/v1/signals", "building=b1",
          "/api/v1/benefit-statements", "building=b1",
          "/api/v1/household-phases", "building=b1",
          "/api/v1/wish-maps/nb/activity-fit", "neighbourhood=nij-beets");

  private static TestServer server;

  @BeforeAll
  static void start() {
    InMemoryStores stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores));
    seed(server);
    FullApi.close(stores, WaveId.wishMap("nb"), WaveId.measurement("before"));
  }

  /**
   * Gives {@code server} something behind every route: a scale, a wave and a wish map with an
   * answer each, invitations and every other resource, with the ids of {@link #concrete}.
   */
  static void seed(TestServer server) {
    // The neighbourhood first: the measurement and the rest of the method name it.
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    server.postJson("/api/v1/measurements", COORDINATOR, ResourcesTest.MEASUREMENT);
    server.postJson(
        "/api/v1/measurements/before/responses",
        COORDINATOR,
        "{\"respondent\":\"secret-pseudonym-1\",\"answers\":{\"SC1\":4}}");
    server.postJson("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    server.postJson(
        "/api/v1/wish-maps/nb/responses",
        COORDINATOR,
        "{\"respondent\":\"secret-pseudonym-2\",\"importance\":{\"contact\":5},"
            + "\"wishes\":[\"a private wish\"]}");
    server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}");
    codeTheWishes(server);
    seedTheRestOfTheMethod(server);
  }

  /** Codes every wish of wish map {@code nb}, so that its tallies are released once it closes. */
  private static void codeTheWishes(TestServer server) {
    JsonNode wishes = TestServer.json(server.get("/api/v1/wish-maps/nb/wishes", COORDINATOR));
    for (JsonNode wish : wishes.get("items")) {
      HttpResponse<String> coded =
          server.send(
              server
                  .request("/api/v1/wish-maps/nb/wishes/" + wish.get("id").asText() + "/values")
                  .header("Authorization", "Bearer " + COORDINATOR)
                  .header("Content-Type", "application/json")
                  .header("If-Match", "\"" + wish.get("version").asLong() + "\"")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"values\":[\"contact\"]}"))
                  .build());
      assertThat(coded.statusCode()).as(coded.body()).isEqualTo(200);
    }
  }

  /** Every other resource, each holding names, pseudonyms or residents' words where it can. */
  private static void seedTheRestOfTheMethod(TestServer server) {
    String[][] posts = {
      {
        "/api/v1/buildings",
        "{\"id\":\"b1\",\"neighbourhood\":\"nij-beets\",\"name\":\"Block A\","
            + "\"households\":12,\"stakeholder\":\"tenants\"}"
      },
      {
        "/api/v1/initiatives",
        "{\"id\":\"ketelhuis\",\"name\":\"KetelhuisWG\",\"neighbourhoods\":[\"nij-beets\"],"
            + "\"team\":{\"members\":[{\"name\":\"secret-pseudonym-3\","
            + "\"roles\":[\"connector\"]}]}}"
      },
      {
        "/api/v1/activities",
        "{\"id\":\"torch\",\"neighbourhood\":\"nij-beets\",\"wishMap\":\"nb\","
            + "\"name\":\"Torch\",\"description\":\"24 hours of light\","
            + "\"targets\":[{\"code\":\"youth\"}]}"
      },
      {
        "/api/v1/meetings",
        "{\"id\":\"m1\",\"neighbourhood\":\"nij-beets\",\"kind\":\"information\","
            + "\"title\":\"Evening\",\"date\":\"2024-03-01\",\"attendance\":65}"
      },
      {
        "/api/v1/ambassadors",
        "{\"id\":\"amb1\",\"building\":\"b1\",\"name\":\"secret-pseudonym-4\"}"
      },
      {
        "/api/v1/signals",
        "{\"id\":\"s1\",\"building\":\"b1\",\"recordedBy\":\"amb1\","
            + "\"date\":\"2024-03-02\",\"text\":\"a private wish\",\"theme\":\"costs\"}"
      },
      {
        "/api/v1/parked-topics",
        "{\"id\":\"meter\",\"neighbourhood\":\"nij-beets\",\"question\":\"a private wish\"}"
      },
      {
        "/api/v1/benefit-statements",
        "{\"id\":\"st1\",\"building\":\"b1\",\"household\":\"secret-pseudonym-5\","
            + "\"investment\":4500,\"monthlyCostBefore\":150,\"monthlyCostAfter\":100}"
      },
      {
        "/api/v1/household-phases/secret-pseudonym-6/moves",
        "{\"building\":\"b1\",\"to\":\"curious\",\"date\":\"2024-03-01\","
            + "\"reason\":\"meetingAttended\",\"reference\":\"m1\"}"
      },
      {
        "/api/v1/initiatives/ketelhuis/market-consultation",
        "{\"partners\":1,\"options\":[{\"id\":\"warmte\",\"company\":\"Warmte BV\","
            + "\"offer\":\"a private wish\"}],"
            + "\"votes\":[{\"voter\":\"secret-pseudonym-7\",\"options\":[\"warmte\"]}]}"
      },
      {
        "/api/v1/results",
        "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2024-03-03\","
            + "\"text\":\"40 households signed up\"}"
      }
    };
    for (String[] post : posts) {
      HttpResponse<String> response = server.postJson(post[0], COORDINATOR, post[1]);
      assertThat(response.statusCode()).as(post[0] + ": " + response.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** {@code path} with the seeded ids and the query parameters its route needs. */
  static String concrete(String path) {
    String result = path;
    for (Map.Entry<String, String> id : IDS.entrySet()) {
      if (result.startsWith(id.getKey())) {
        result = result.replace("{id}", id.getValue()).replace("{wishId}", "1-1");
      }
    }
    result =
        result
            .replace("{household}", "secret-pseudonym-6")
            .replace("{consultation}", "ketelhuis-mc-1");
    // Routes with a required query parameter get one, so they answer rather than refuse.
    if (result.endsWith("/comparison")) {
      return result + "?with=before";
    }
    if (result.endsWith("/participation-model")) {
      return result + "?wishMap=nb";
    }
    return FILTERS.containsKey(result) ? result + "?" + FILTERS.get(result) : result;
  }

  @Test
  void everyRouteEitherRefusesResearchersOrAnswersWithoutRawData() {
    List<Route> routes = server.api().routes();
    assertThat(routes).hasSizeGreaterThan(20);
    for (Route route : routes) {
      String path = concrete(route.path());
      assertThat(path).as(route.toString()).doesNotContain("{");
      HttpRequest.Builder request =
          server
              .request(path)
              .header("Authorization", "Bearer " + RESEARCHER)
              .header("Content-Type", "application/json")
              .header("If-Match", "\"1\"")
              .method(
                  route.method().name(),
                  route.method() == HandlerType.GET
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString("{}"));
      HttpResponse<String> response = server.send(request.build());

      if (route.access().allows(Role.RESEARCHER)) {
        assertThat(route.method()).as(route.toString()).isEqualTo(HandlerType.GET);
        assertThat(response.statusCode()).as(route.toString()).isEqualTo(200);
        assertThat(response.body())
            .as(route.toString())
            .doesNotContain("secret-pseudonym")
            .doesNotContain("a private wish");
        // The API document names the raw fields in its schemas; it holds no data.
        if (!route.access().open()
            && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
          assertNoRawKeys(route, TestServer.json(response));
        }
      } else {
        assertThat(response.statusCode()).as(route.toString()).isEqualTo(403);
      }
    }
  }

  @Test
  void rawRoutesAreClosedToResearchersByConstruction() {
    for (Route route : server.api().routes()) {
      if (route.rawData()) {
        assertThat(route.access().allows(Role.RESEARCHER)).as(route.toString()).isFalse();
      }
    }
  }

  @Test
  void theCoordinatorDoesSeeTheRawData() {
    assertThat(server.get("/api/v1/wish-maps/nb/responses", COORDINATOR).body())
        .contains("secret-pseudonym-2")
        .contains("a private wish");
  }

  private static void assertNoRawKeys(Route route, JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        assertThat(RAW_KEYS)
            .as(route + " answers " + field.getKey())
            .doesNotContain(field.getKey());
        assertNoRawKeys(route, field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(child -> assertNoRawKeys(route, child));
    }
  }
}
