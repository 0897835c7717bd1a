package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.persistence.Stores;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attacks of docs/privacy.md, run as a researcher would run them against a server: each must
 * fail. The same figures read with a coordinator's key (who holds the raw data) show what the
 * attack was after. This class runs them over the store in memory; its subclasses over SQLite and
 * PostgreSQL.
 */
class DisclosureAttacksTest {
  private static final String MAP =
      "{\"id\":\"%s\",\"values\":[{\"code\":\"contact\"},{\"code\":\"green\"}],"
          + "\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":1,"
          + "\"segments\":[{\"column\":\"household\",\"label\":\"household\",\"values\":["
          + "{\"code\":\"young_parents\"},{\"code\":\"single\"},{\"code\":\"others\"}]},"
          + "{\"column\":\"street\",\"label\":\"street\",\"values\":[{\"code\":\"main\"},"
          + "{\"code\":\"dorpsstraat\"},{\"code\":\"other_streets\"}]}],"
          + "\"mobilisation\":{\"networks\":[\"play-week\"]}}";
  private static final String HEADER =
      "respondent,imp.contact,imp.green,top1,household,street,networks\n";

  private Stores stores;
  private TestServer server;

  /** The store the server runs over; closed after each test. */
  Stores openStores() {
    return new InMemoryStores();
  }

  /** Drops what {@link #openStores()} created, after the stores are closed. */
  void dropStores() {}

  @BeforeEach
  void start() {
    stores = openStores();
    server = TestServer.start(FullApi.builder(stores));
  }

  @AfterEach
  void stop() {
    server.close();
    stores.close();
    dropStores();
  }

  @Test
  void aRequestCannotLowerTheFloorToSeeAGroupOfOne() {
    load("nb", 20, i -> row(i, i == 0 ? "single" : "others", "main", ""));

    HttpResponse<String> lowered =
        server.get("/api/v1/wish-maps/nb/red-thread?segment=household&kMin=1", RESEARCHER);
    HttpResponse<String> fit =
        server.get("/api/v1/wish-maps/nb/activity-fit?neighbourhood=x&kMin=1", RESEARCHER);

    assertThat(lowered.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(lowered).path("errors").get(0).path("field").asText())
        .isEqualTo("kMin");
    assertThat(lowered.body()).contains("at least 5");
    assertThat(fit.statusCode()).isEqualTo(400);
    // not even a coordinator's request sets the rule's k: the floor is the server's; a coordinator
    // sees live figures, and reads single answers through the responses route instead
    HttpResponse<String> coordinator =
        server.get("/api/v1/wish-maps/nb/red-thread?segment=household&kMin=1", COORDINATOR);
    assertThat(coordinator.statusCode()).isEqualTo(400);
    assertThat(coordinator.body()).contains("at least 5");
    assertThat(
            server
                .get("/api/v1/wish-maps/nb/red-thread?segment=household&kMin=8", COORDINATOR)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aWishMapWithOneOrTwoResponsesReleasesNothing() {
    for (int n : new int[] {1, 2}) {
      load("w" + n, n, i -> row(i, "others", "main", ""));

      JsonNode thread =
          TestServer.json(server.get("/api/v1/wish-maps/w" + n + "/red-thread", RESEARCHER));

      assertThat(thread.path("suppressed").asBoolean()).as("n = %d", n).isTrue();
      assertThat(thread.path("n").isNull()).isTrue();
      assertThat(thread.has("values")).isFalse();
    }
  }

  @Test
  void aStreetThatIsAHouseholdGroupPlusOneResidentIsNotReleasedBesideIt() {
    // young parents: residents 0–4; Dorpsstraat: residents 0–5. Both are at least k = 5, and
    // Dorpsstraat − young parents would be resident 5 alone.
    load(
        "nb",
        20,
        i ->
            row(
                i,
                i < 5 ? "young_parents" : "others",
                i < 6 ? "dorpsstraat" : "other_streets",
                ""));

    JsonNode byHousehold =
        TestServer.json(
            server.get("/api/v1/wish-maps/nb/red-thread?segment=household", RESEARCHER));
    JsonNode byStreet =
        TestServer.json(server.get("/api/v1/wish-maps/nb/red-thread?segment=street", RESEARCHER));

    boolean parents = released(byHousehold, "young_parents");
    boolean street = released(byStreet, "dorpsstraat");
    assertThat(parents && street).as("both young parents and Dorpsstraat released").isFalse();
    // a coordinator, who may, sees both
    JsonNode live =
        TestServer.json(
            server.get(
                "/api/v1/wish-maps/nb/red-thread?segment=household&segment=street&kMin=5",
                COORDINATOR));
    assertThat(released(live, "young_parents") || released(live, "dorpsstraat")).isTrue();
  }

  @Test
  void oneLateAnswerBetweenTwoReadsChangesNothingAResearcherSees() {
    load("nb", 20, i -> row(i, i < 10 ? "young_parents" : "others", "main", ""));
    String before =
        server.get("/api/v1/wish-maps/nb/red-thread?segment=household", RESEARCHER).body();

    // a closed wave takes no answers; the coordinator reopens it for one late paper form
    HttpResponse<String> refused =
        server.post(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "text/csv",
            HEADER + row(20, "others", "main", ""));
    ReleaseWaves releases = ReleaseWaves.using(stores.waveStatuses(), Clock.systemUTC(), 5);
    WaveId wave = WaveId.wishMap("nb");
    releases.open(wave, Optional.empty(), releases.status(wave).version());
    HttpResponse<String> late =
        server.post(
            "/api/v1/wish-maps/nb/responses",
            COORDINATOR,
            "text/csv",
            HEADER + row(20, "others", "main", ""));
    Closing closing = releases.close(wave, releases.status(wave).version());
    String after =
        server.get("/api/v1/wish-maps/nb/red-thread?segment=household", RESEARCHER).body();

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
    // one answer is fewer than k changes: no new state is cut, the last one stays
    assertThat(closing).isInstanceOf(Closing.Kept.class);
    assertThat(after).isEqualTo(before);
    // the coordinator follows the live figures and sees the late answer
    assertThat(
            TestServer.json(server.get("/api/v1/wish-maps/nb/red-thread", COORDINATOR))
                .path("n")
                .asInt())
        .isEqualTo(21);
  }

  @Test
  void twoPairsAcrossWavesAndATinyWaveReleaseNothingAboutThoseResidents() {
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    for (String wave : new String[] {"before", "after", "tiny"}) {
      server.postJson(
          "/api/v1/measurements",
          COORDINATOR,
          ResourcesTest.MEASUREMENT.replace("\"before\"", "\"" + wave + "\""));
    }
    StringBuilder before = new StringBuilder("respondent,SC1,SC2,SC3\n");
    StringBuilder after = new StringBuilder("respondent,SC1,SC2,SC3\n");
    for (int i = 0; i < 12; i++) {
      before.append("b").append(i).append(',').append(1 + i % 5).append(",3,2\n");
      // only b0 and b1 answer again: two pairs
      after
          .append(i < 2 ? "b" : "a")
          .append(i)
          .append(',')
          .append(1 + (i + 2) % 5)
          .append(",4,2\n");
    }
    server.post(
        "/api/v1/measurements/before/responses", COORDINATOR, "text/csv", before.toString());
    server.post("/api/v1/measurements/after/responses", COORDINATOR, "text/csv", after.toString());
    server.post(
        "/api/v1/measurements/tiny/responses",
        COORDINATOR,
        "text/csv",
        "respondent,SC1,SC2,SC3\nt0,5,5,1\n");
    FullApi.close(
        stores,
        WaveId.measurement("before"),
        WaveId.measurement("after"),
        WaveId.measurement("tiny"));

    JsonNode comparison =
        TestServer.json(
            server.get("/api/v1/measurements/before/comparison?with=after", RESEARCHER));
    JsonNode tiny = TestServer.json(server.get("/api/v1/measurements/tiny/scores", RESEARCHER));

    assertThat(comparison.path("independent").path("nBefore").asInt()).isEqualTo(12);
    assertThat(comparison.path("paired").isNull()).as("two pairs are fewer than k").isTrue();
    assertThat(tiny.path("suppressed").asBoolean()).isTrue();
    assertThat(tiny.has("score")).isFalse();
    // the coordinator sees both pairs
    assertThat(
            TestServer.json(
                    server.get("/api/v1/measurements/before/comparison?with=after", COORDINATOR))
                .path("paired")
                .path("nPairs")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void anErasureAfterTheCloseLeavesWhatWasReleasedAsItWas() {
    load("nb", 20, i -> row(i, i < 10 ? "young_parents" : "others", "main", ""));
    String path = "/api/v1/wish-maps/nb/red-thread?segment=household&bootstrap=50";
    HttpResponse<String> before = server.get(path, RESEARCHER);
    String liveBefore = server.get(path, COORDINATOR).body();

    assertThat(stores.wishMapResponses().erase(new io.cohesion.core.privacy.Pseudonym("r3")))
        .isEqualTo(1);
    HttpResponse<String> after = server.get(path, RESEARCHER);

    // the difference of the two reads would be resident 3's answers: there is none
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    assertThat(after.body()).isEqualTo(before.body());
    // the answers are gone from everything else: the live figures and the raw responses
    assertThat(server.get(path, COORDINATOR).body()).isNotEqualTo(liveBefore);
    assertThat(server.get("/api/v1/wish-maps/nb/responses?pageSize=100", COORDINATOR).body())
        .doesNotContain("\"r3\"");
  }

  @Test
  void aSegmentValueTypedAsFreeTextIsRefusedWhereTheValuesAreDeclared() {
    String declared =
        "{\"id\":\"dm\",\"values\":[{\"code\":\"contact\"},{\"code\":\"green\"}],"
            + "\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":1,"
            + "\"segments\":[{\"column\":\"household\",\"label\":{\"nl\":\"huishouden\"},"
            + "\"values\":[{\"code\":\"young_parents\"},{\"code\":\"others\"}]}]}";
    assertThat(server.postJson("/api/v1/wish-maps", COORDINATOR, declared).statusCode())
        .isEqualTo(201);

    HttpResponse<String> typed =
        server.postJson(
            "/api/v1/wish-maps/dm/responses",
            COORDINATOR,
            "{\"respondent\":\"paper-1\",\"importance\":{\"contact\":4},"
                + "\"segments\":{\"household\":\"Jan de Vries, Dorpsstraat 7, 06-12345678\"}}");
    HttpResponse<String> declaredValue =
        server.postJson(
            "/api/v1/wish-maps/dm/responses",
            COORDINATOR,
            "{\"respondent\":\"paper-2\",\"importance\":{\"contact\":4},"
                + "\"segments\":{\"household\":\"young_parents\"}}");

    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(typed).path("errors").get(0).path("field").asText())
        .isEqualTo("segments.household");
    assertThat(typed.body()).doesNotContain("Jan de Vries");
    assertThat(declaredValue.statusCode()).as(declaredValue.body()).isEqualTo(201);
    // the map reads back in the file format, declarations included
    assertThat(server.get("/api/v1/wish-maps/dm", RESEARCHER).body())
        .contains("\"values\":[{\"code\":\"young_parents\"");
  }

  @Test
  void measurementAttributesAreGroupedForAResearcherOnlyWhereTheirValuesAreDeclared() {
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    server.postJson("/api/v1/scales", COORDINATOR, ResourcesTest.SCALE);
    HttpResponse<String> defined =
        server.postJson(
            "/api/v1/measurements",
            COORDINATOR,
            "{\"id\":\"streets\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\","
                + "\"wave\":\"before\",\"opened\":\"2024-05-01\",\"attributes\":[{\"column\":"
                + "\"street\",\"label\":{\"nl\":\"straat\"},\"values\":[{\"code\":\"west\"},"
                + "{\"code\":\"east\"}]}]}");
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> answered =
          server.postJson(
              "/api/v1/measurements/streets/responses",
              COORDINATOR,
              "{\"respondent\":\"s"
                  + i
                  + "\",\"answers\":{\"SC1\":"
                  + (1 + i % 5)
                  + ",\"SC2\":3,\"SC3\":"
                  + (1 + (i * 2) % 5)
                  + "},\"attributes\":{\"street\":\""
                  + (i < 6 ? "west" : "east")
                  + "\",\"note\":\"typed note "
                  + (i % 2)
                  + "\"}}");
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    }
    HttpResponse<String> typed =
        server.postJson(
            "/api/v1/measurements/streets/responses",
            COORDINATOR,
            "{\"respondent\":\"paper-1\",\"answers\":{\"SC1\":3},"
                + "\"attributes\":{\"street\":\"Jan de Vries, Dorpsstraat 7\"}}");
    FullApi.close(stores, WaveId.measurement("streets"));

    HttpResponse<String> byStreet =
        server.get("/api/v1/measurements/streets/scores?groupBy=street", RESEARCHER);
    HttpResponse<String> byNote =
        server.get("/api/v1/measurements/streets/scores?groupBy=note", RESEARCHER);

    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(typed).path("errors").get(0).path("field").asText())
        .isEqualTo("attributes.street");
    assertThat(typed.body()).doesNotContain("Jan de Vries");
    assertThat(byStreet.statusCode()).as(byStreet.body()).isEqualTo(200);
    assertThat(TestServer.json(byStreet).path("groups").get(0).path("group").asText())
        .isEqualTo("west");
    assertThat(byNote.statusCode()).isEqualTo(400);
    assertThat(byNote.body()).contains("declares no values").doesNotContain("typed note");
    // a coordinator, who holds the raw answers, groups by any column
    assertThat(
            server
                .get("/api/v1/measurements/streets/scores?groupBy=note", COORDINATOR)
                .statusCode())
        .isEqualTo(200);
    assertThat(server.get("/api/v1/measurements/streets", RESEARCHER).body())
        .contains("\"attributes\":[{\"column\":\"street\"");
  }

  @Test
  void aWishMapWhoseSegmentColumnDeclaresNoValuesIsNotStored() {
    String bare =
        "{\"id\":\"bare\",\"values\":[{\"code\":\"contact\"},{\"code\":\"green\"}],"
            + "\"importanceScale\":{\"min\":1,\"max\":5},\"topChoices\":1,"
            + "\"segments\":[\"household\"]}";

    HttpResponse<String> refused = server.postJson("/api/v1/wish-maps", COORDINATOR, bare);

    // without declared values any text a resident typed would become a group's key
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(refused).path("errors").get(0).path("field").asText())
        .isEqualTo("segments[0]");
    assertThat(server.get("/api/v1/wish-maps/bare", COORDINATOR).statusCode()).isEqualTo(404);
  }

  @Test
  void aNetworkNameTypedByARespondentIsNeverShownToAResearcher() {
    load(
        "nb",
        12,
        i -> row(i, "others", "main", i < 6 ? "Jan de Vries Dorpsstraat 7" : "play-week"));

    String asResearcher = server.get("/api/v1/wish-maps/nb/networks", RESEARCHER).body();
    String asCoordinator = server.get("/api/v1/wish-maps/nb/networks", COORDINATOR).body();

    assertThat(asResearcher).doesNotContain("Jan de Vries").contains("play-week");
    assertThat(asCoordinator).contains("Jan de Vries");
  }

  @Test
  void aTableDownloadedAsCsvWithholdsTheSameCellsAsTheJson() {
    // the street that is a household group plus one resident, and a network name typed as text
    load(
        "nb",
        20,
        i ->
            row(
                i,
                i < 5 ? "young_parents" : "others",
                i < 6 ? "dorpsstraat" : "other_streets",
                i < 3 ? "Jan de Vries Dorpsstraat 7" : "play-week"));
    int suppressed = 0;
    for (String column : new String[] {"household", "street"}) {
      String path = "/api/v1/wish-maps/nb/red-thread?bootstrap=20&segment=" + column;
      JsonNode json = TestServer.json(server.get(path, RESEARCHER));
      HttpResponse<String> csv =
          server.send(
              server
                  .request(path + "&table=segments")
                  .header("Authorization", "Bearer " + RESEARCHER)
                  .header("Accept", "text/csv")
                  .build());
      assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);

      Map<String, Boolean> inJson = new TreeMap<>();
      json.path("segments")
          .forEach(s -> inJson.put(s.path("value").asText(), s.path("suppressed").asBoolean()));
      Map<String, Boolean> inCsv = new TreeMap<>();
      for (var row : CsvDownloadTest.rows(csv.body())) {
        boolean hidden = row.get("code").isEmpty() && row.get("suppressed").equals("true");
        inCsv.merge(row.get("value"), hidden, Boolean::logicalOr);
        if (hidden) {
          assertThat(row.get("segmentN") + row.get("n") + row.get("rank")).isEmpty();
        }
      }
      assertThat(inCsv).as(column).isEqualTo(inJson);
      suppressed += (int) inJson.values().stream().filter(b -> b).count();
    }
    assertThat(suppressed).as("segments suppressed for a researcher").isPositive();
    String networks =
        server
            .send(
                server
                    .request("/api/v1/wish-maps/nb/networks")
                    .header("Authorization", "Bearer " + RESEARCHER)
                    .header("Accept", "text/csv")
                    .build())
            .body();
    assertThat(networks).contains("play-week").doesNotContain("Jan de Vries");
  }

  private static boolean released(JsonNode thread, String value) {
    for (JsonNode segment : thread.path("segments")) {
      if (segment.path("value").asText().equals(value)) {
        return !segment.path("suppressed").asBoolean();
      }
    }
    return false;
  }

  private static String row(int i, String household, String street, String networks) {
    return "r"
        + i
        + ","
        + (1 + i % 5)
        + ","
        + (1 + (i * 3) % 5)
        + ","
        + (i % 2 == 0 ? "contact" : "green")
        + ","
        + household
        + ","
        + street
        + ","
        + networks
        + "\n";
  }

  private void load(String id, int n, IntFunction<String> rows) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      csv.append(rows.apply(i));
    }
    server.wishMapWithResponses(id, String.format(MAP, id), csv.toString());
    // the survey closes before the workshop: only then are figures released to a researcher
    FullApi.close(stores, WaveId.wishMap(id));
  }
}
