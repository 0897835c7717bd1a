package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.ActivityFit;
import io.cohesion.core.redthread.ActivityFitAnalysis;
import io.cohesion.core.redthread.FitOptions;
import io.cohesion.core.scoring.spi.ActivityProfile;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The resources of the method beyond wish maps and measurements, over real HTTP, with in-memory
 * fakes of their ports and a fixed server clock.
 */
class MethodResourcesTest {
  static final String NEIGHBOURHOOD =
      "{\"id\":\"nij-beets\",\"name\":\"Nij Beets\",\"municipality\":\"Opsterland\"}";
  private static final Instant TODAY = Instant.parse("2024-06-30T10:00:00Z");

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    server = TestServer.start(FullApi.builder(stores, Clock.fixed(TODAY, ZoneOffset.UTC)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(
      String method, String path, String key, String ifMatch, String json) {
    HttpRequest.Builder request =
        server
            .request(path)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return server.send(request.build());
  }

  private JsonNode created(String path, String key, String json) {
    HttpResponse<String> response = server.postJson(path, key, json);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    return TestServer.json(response);
  }

  private static List<String> fields(HttpResponse<String> response) {
    return TestServer.json(response).path("errors").findValuesAsText("field");
  }

  private void neighbourhoodWithBuildings(String... buildings) {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    for (String building : buildings) {
      created(
          "/api/v1/buildings",
          COORDINATOR,
          "{\"id\":\""
              + building
              + "\",\"neighbourhood\":\"nij-beets\",\"name\":\"Block "
              + building
              + "\",\"households\":12,\"stakeholder\":\"ownerAssociation\"}");
    }
  }

  @Test
  void aNeighbourhoodIsRegisteredReadAndChangedUnderItsVersion() {
    HttpResponse<String> registered =
        server.postJson(
            "/api/v1/neighbourhoods",
            COORDINATOR,
            "{\"id\":\"nij-beets\",\"name\":\"Nij Beets\",\"municipality\":\"Opsterland\","
                + "\"cbsCode\":\"BU00860101\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.headers().firstValue("Location"))
        .hasValue("/api/v1/neighbourhoods/nij-beets");

    HttpResponse<String> read = server.get("/api/v1/neighbourhoods/nij-beets", RESEARCHER);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    String changed =
        "{\"id\":\"nij-beets\",\"name\":\"Nij Beets\",\"municipality\":\"Opsterland\"}";
    HttpResponse<String> update =
        send("PUT", "/api/v1/neighbourhoods/nij-beets", COORDINATOR, "\"1\"", changed);
    HttpResponse<String> stale =
        send("PUT", "/api/v1/neighbourhoods/nij-beets", COORDINATOR, "\"1\"", changed);

    assertThat(TestServer.json(read).path("cbsCode").asText()).isEqualTo("BU00860101");
    assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
    assertThat(update.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(TestServer.json(update).has("cbsCode")).isFalse();
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(
            send("PUT", "/api/v1/neighbourhoods/nij-beets", AMBASSADOR, "\"2\"", changed)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void badNeighbourhoodsAndBuildingsAre400NamingTheField() {
    HttpResponse<String> badCode =
        server.postJson(
            "/api/v1/neighbourhoods",
            COORDINATOR,
            "{\"id\":\"x\",\"name\":\"X\",\"municipality\":\"Y\",\"cbsCode\":\"BU12\"}");
    HttpResponse<String> missing =
        server.postJson("/api/v1/neighbourhoods", COORDINATOR, "{\"id\":\"x\"}");
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    HttpResponse<String> badKind =
        server.postJson(
            "/api/v1/buildings",
            COORDINATOR,
            "{\"id\":\"b1\",\"neighbourhood\":\"nij-beets\",\"name\":\"B\",\"households\":3,"
                + "\"stakeholder\":\"landlords\"}");
    HttpResponse<String> elsewhere =
        server.postJson(
            "/api/v1/buildings",
            COORDINATOR,
            "{\"id\":\"b1\",\"neighbourhood\":\"elsewhere\",\"name\":\"B\",\"households\":3,"
                + "\"stakeholder\":\"tenants\"}");
    HttpResponse<String> unfiltered = server.get("/api/v1/buildings", RESEARCHER);

    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(fields(badCode)).containsExactly("cbsCode");
    assertThat(fields(missing)).containsExactly("name", "municipality");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("stakeholder").contains("ownerAssociation");
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(unfiltered.statusCode()).isEqualTo(400);
    assertThat(fields(unfiltered)).containsExactly("neighbourhood");
  }

  @Test
  void buildingsAreListedByNeighbourhoodAndStayInIt() {
    neighbourhoodWithBuildings("b1", "b2", "b3");
    created(
        "/api/v1/neighbourhoods",
        COORDINATOR,
        "{\"id\":\"other\",\"name\":\"Other\",\"municipality\":\"Opsterland\"}");

    JsonNode page =
        TestServer.json(
            server.get("/api/v1/buildings?neighbourhood=nij-beets&pageSize=2", RESEARCHER));
    HttpResponse<String> move =
        send(
            "PUT",
            "/api/v1/buildings/b1",
            COORDINATOR,
            "\"1\"",
            "{\"id\":\"b1\",\"neighbourhood\":\"other\",\"name\":\"B\",\"households\":3,"
                + "\"stakeholder\":\"tenants\"}");

    assertThat(page.path("totalItems").asInt()).isEqualTo(3);
    assertThat(page.path("items").findValuesAsText("id")).containsExactly("b1", "b2");
    assertThat(page.path("_links").has("next")).isTrue();
    assertThat(page.path("items").get(0).path("stakeholder").asText())
        .isEqualTo("ownerAssociation");
    assertThat(move.statusCode()).isEqualTo(400);
  }

  @Test
  void anInitiativeKeepsItsPrinciplesAndTeamAndGetsAdvice() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    JsonNode started =
        created(
            "/api/v1/initiatives",
            COORDINATOR,
            "{\"id\":\"ketelhuis\",\"name\":\"KetelhuisWG\",\"neighbourhoods\":[\"nij-beets\"]}");
    HttpResponse<String> team =
        send(
            "PUT",
            "/api/v1/initiatives/ketelhuis/team",
            COORDINATOR,
            "\"1\"",
            "{\"members\":[{\"name\":\"Anna\",\"roles\":[\"frontrunner\",\"technical\"]},"
                + "{\"name\":\"Bram\",\"roles\":[\"connector\"]}]}");
    JsonNode advice =
        TestServer.json(server.get("/api/v1/initiatives/ketelhuis/team-advice", RESEARCHER));

    assertThat(started.path("principles").findValuesAsText("code"))
        .containsExactly("affordable", "sustainable", "social", "local", "self-managed");
    assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
    assertThat(team.headers().firstValue("ETag")).hasValue("\"2\"");
    // Two members: fewer than three, and nobody who organises and decides.
    assertThat(advice.path("advice").findValuesAsText("kind"))
        .containsExactly("tooSmall", "noEntrepreneur");
    assertThat(advice.path("sound").asBoolean()).isFalse();
    assertThat(advice.path("size").asInt()).isEqualTo(2);
    assertThat(advice.path("roles").path("technical").asInt()).isEqualTo(1);
    assertThat(advice.toString()).doesNotContain("Anna");
    assertThat(server.get("/api/v1/initiatives/ketelhuis/team", RESEARCHER).statusCode())
        .isEqualTo(403);
    assertThat(server.get("/api/v1/initiatives/ketelhuis/team", AMBASSADOR).body())
        .contains("Anna");
  }

  @Test
  void principlesAreReplacedAndAnInitiativeNeedsRegisteredNeighbourhoods() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    HttpResponse<String> nowhere =
        server.postJson(
            "/api/v1/initiatives",
            COORDINATOR,
            "{\"id\":\"i\",\"name\":\"I\",\"neighbourhoods\":[\"atlantis\"]}");
    created(
        "/api/v1/initiatives",
        COORDINATOR,
        "{\"id\":\"i\",\"name\":\"I\",\"neighbourhoods\":[\"nij-beets\"],"
            + "\"principles\":[{\"code\":\"local\",\"description\":{\"nl\":\"Lokaal\"}}]}");
    HttpResponse<String> twice =
        send(
            "PUT",
            "/api/v1/initiatives/i/principles",
            COORDINATOR,
            "\"1\"",
            "{\"principles\":[{\"code\":\"a\",\"description\":{\"en\":\"A\"}},"
                + "{\"code\":\"a\",\"description\":{\"en\":\"A again\"}}]}");
    HttpResponse<String> replaced =
        send(
            "PUT",
            "/api/v1/initiatives/i/principles",
            COORDINATOR,
            "\"1\"",
            "{\"principles\":[{\"code\":\"fair\",\"description\":{\"en\":\"Fair\"}}]}");

    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(fields(twice)).containsExactly("principles[1].code");
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    JsonNode principles =
        TestServer.json(server.get("/api/v1/initiatives/i/principles", RESEARCHER));
    assertThat(principles.path("principles").findValuesAsText("code")).containsExactly("fair");
    assertThat(principles.path("principles").get(0).path("description").path("nl").asText())
        .isEqualTo("Fair");
  }

  @Test
  void aMarketConsultationPicksEligibleOptionsByVotes() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    created(
        "/api/v1/initiatives",
        COORDINATOR,
        "{\"id\":\"i\",\"name\":\"I\",\"neighbourhoods\":[\"nij-beets\"],\"principles\":["
            + "{\"code\":\"affordable\",\"description\":{\"en\":\"Affordable\"}},"
            + "{\"code\":\"local\",\"description\":{\"en\":\"Local\"}}]}");
    String meets = "\"verdict\":\"meets\",\"reason\":\"checked\"";
    String consultation =
        "{\"partners\":1,\"options\":["
            + "{\"id\":\"cheap\",\"company\":\"Cheap BV\",\"offer\":\"Heat\",\"assessments\":["
            + "{\"principle\":\"affordable\","
            + meets
            + "},{\"principle\":\"local\",\"verdict\":\"fails\",\"reason\":\"far away\"}]},"
            + "{\"id\":\"local\",\"company\":\"Local Co\",\"offer\":\"Heat\",\"assessments\":["
            + "{\"principle\":\"affordable\","
            + meets
            + "},{\"principle\":\"local\","
            + meets
            + "}]},"
            + "{\"id\":\"maybe\",\"company\":\"Maybe Ltd\",\"offer\":\"Heat\",\"assessments\":["
            + "{\"principle\":\"local\","
            + meets
            + "}]}],"
            + "\"votes\":[{\"voter\":\"v1\",\"options\":[\"cheap\"]},"
            + "{\"voter\":\"v2\",\"options\":[\"cheap\"]},{\"voter\":\"v3\",\"options\":[\"local\"]}]}";

    HttpResponse<String> outcome =
        server.postJson("/api/v1/initiatives/i/market-consultation", COORDINATOR, consultation);
    HttpResponse<String> typo =
        server.postJson(
            "/api/v1/initiatives/i/market-consultation",
            COORDINATOR,
            "{\"partners\":1,\"options\":[{\"id\":\"o\",\"company\":\"C\",\"offer\":\"O\","
                + "\"assessments\":[{\"principle\":\"afordable\",\"verdict\":\"meets\","
                + "\"reason\":\"r\"}]}]}");
    HttpResponse<String> researcher =
        server.postJson("/api/v1/initiatives/i/market-consultation", RESEARCHER, consultation);

    assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
    JsonNode json = TestServer.json(outcome);
    assertThat(json.path("id").asText()).isEqualTo("i-mc-1");
    assertThat(outcome.headers().firstValue("Location"))
        .hasValue("/api/v1/initiatives/i/market-consultations/i-mc-1");
    // "cheap" has most votes but fails a principle; "maybe" was never assessed on one.
    assertThat(json.path("picked").get(0).asText()).isEqualTo("local");
    assertThat(json.path("ranking").findValuesAsText("option")).containsExactly("local");
    assertThat(json.path("notEligible").findValuesAsText("option"))
        .containsExactly("cheap", "maybe");
    assertThat(json.path("notEligible").get(0).path("failed").get(0).asText()).isEqualTo("local");
    assertThat(json.path("notEligible").get(0).path("votes").asInt()).isEqualTo(2);
    assertThat(json.path("notEligible").get(1).path("unknown").get(0).asText())
        .isEqualTo("affordable");
    assertThat(json.toString()).doesNotContain("v1");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(typo.body()).contains("afordable");
    assertThat(researcher.statusCode()).isEqualTo(403);
  }

  private void wishMapWithResponses() {
    created("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    StringBuilder csv =
        new StringBuilder("respondent,imp.contact,imp.youth,imp.green,sat.contact,sat.youth,");
    csv.append("sat.green,top1,household,networks\n");
    for (int i = 0; i < 12; i++) {
      boolean parent = i % 2 == 0;
      csv.append("r")
          .append(i)
          .append(',')
          .append(parent ? 5 : 3)
          .append(',')
          .append(parent ? 5 : 2)
          .append(',')
          .append(1 + i % 5)
          .append(',')
          .append(parent ? 1 : 4)
          .append(',')
          .append(parent ? 2 : 3)
          .append(',')
          .append(1 + (i * 3) % 5)
          .append(',')
          .append(parent ? "youth" : "green")
          .append(',')
          .append(parent ? "young_parents" : "other")
          .append(',')
          .append(i % 3 == 0 ? "play-week" : "")
          .append('\n');
    }
    HttpResponse<String> imported =
        server.post("/api/v1/wish-maps/nb/responses", COORDINATOR, "text/csv", csv.toString());
    FullApi.close(stores, WaveId.wishMap("nb"));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
  }

  private static String activity(String id, String targets, String extra) {
    return "{\"id\":\""
        + id
        + "\",\"neighbourhood\":\"nij-beets\",\"wishMap\":\"nb\",\"name\":\"Activity "
        + id
        + "\",\"description\":\"Something to do together\",\"targets\":"
        + targets
        + extra
        + "}";
  }

  @Test
  void activitiesArePlannedAgainstAWishMapAndRankedByFitWithEveryPart() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    wishMapWithResponses();
    HttpResponse<String> unknownValue =
        server.postJson(
            "/api/v1/activities",
            COORDINATOR,
            activity("x", "[{\"code\":\"contact\"},{\"code\":\"beer\"}]", ""));
    created(
        "/api/v1/activities",
        COORDINATOR,
        activity("torch", "[{\"code\":\"youth\",\"weight\":2},{\"code\":\"contact\"}]", ""));
    created(
        "/api/v1/activities",
        COORDINATOR,
        activity(
            "garden",
            "[{\"code\":\"green\"}]",
            ",\"segments\":[{\"column\":\"household\",\"value\":\"young_parents\"}],"
                + "\"partners\":[\"play-week\"],\"sustainabilityLink\":\"Pedal power\","
                + "\"benefit\":\"Free lunch\""));

    HttpResponse<String> ranking =
        server.get("/api/v1/wish-maps/nb/activity-fit?neighbourhood=nij-beets&kMin=6", COORDINATOR);

    assertThat(unknownValue.statusCode()).isEqualTo(400);
    assertThat(fields(unknownValue)).containsExactly("targets[1].code");
    assertThat(ranking.statusCode()).as(ranking.body()).isEqualTo(200);
    JsonNode json = TestServer.json(ranking);
    // The route answers what core's fit analysis computes on the stored answers.
    List<WishMapResponse> answers = stores.wishMapResponses().responses(new WishMapId("nb"));
    List<ActivityProfile> profiles = new ArrayList<>();
    for (Activity a : List.of(activityNamed("torch"), activityNamed("garden"))) {
      ActivityProfile p = a.profile();
      profiles.add(
          new ActivityProfile(
              a.id().value(),
              p.targetValues(),
              p.targetSegments(),
              p.partnerNetworks(),
              p.sustainabilityLink(),
              p.benefit()));
    }
    List<ActivityFit> expected =
        ActivityFitAnalysis.rank(
            stores.wishMaps().find(new WishMapId("nb")).orElseThrow().value(),
            answers,
            profiles,
            FitOptions.defaults()
                .withAudience(
                    io.cohesion.core.privacy.DisclosurePolicy.defaults()
                        .rawData(java.util.OptionalInt.of(6))));
    JsonNode activities = json.path("activities");
    assertThat(activities).hasSize(2);
    for (int i = 0; i < expected.size(); i++) {
      ActivityFit fit = expected.get(i);
      JsonNode row = activities.get(i);
      assertThat(row.path("id").asText()).isEqualTo(fit.activity());
      assertThat(row.path("rank").asInt()).isEqualTo(i + 1);
      assertThat(row.path("fit").asDouble()).isCloseTo(fit.fit(), within(1e-12));
      assertThat(row.path("parts").findValuesAsText("name"))
          .containsExactly("valueFit", "networkReach");
      assertThat(row.path("parts").get(0).path("value").asDouble())
          .isCloseTo(fit.part("valueFit").value(), within(1e-12));
      assertThat(row.path("parts").get(1).path("weight").asDouble())
          .isEqualTo(fit.part("networkReach").weight());
    }
    JsonNode torch =
        activities.findParents("id").stream()
            .filter(n -> n.path("id").asText().equals("torch"))
            .findFirst()
            .orElseThrow();
    JsonNode garden =
        activities.findParents("id").stream()
            .filter(n -> n.path("id").asText().equals("garden"))
            .findFirst()
            .orElseThrow();
    assertThat(torch.path("flags").toString()).contains("noSustainabilityLink", "noBenefit");
    assertThat(torch.path("basis").asText()).isEqualTo("everyone");
    assertThat(garden.path("flags")).isEmpty();
    assertThat(garden.path("basis").asText()).isEqualTo("targetSegments");
    assertThat(garden.path("segmentsUsed").get(0).path("value").asText())
        .isEqualTo("young_parents");
  }

  private Activity activityNamed(String id) {
    return stores
        .activities()
        .find(new io.cohesion.core.activity.ActivityId(id))
        .orElseThrow()
        .value();
  }

  @Test
  void activitiesPlannedAgainstAnotherWishMapAreSkippedWithTheReason() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    created("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    created(
        "/api/v1/wish-maps",
        COORDINATOR,
        "{\"id\":\"other\",\"values\":[{\"code\":\"quiet\"},{\"code\":\"space\"}],"
            + "\"importanceScale\":{\"min\":1,"
            + "\"max\":5}}");
    created("/api/v1/activities", COORDINATOR, activity("talk", "[{\"code\":\"contact\"}]", ""));
    created(
        "/api/v1/activities",
        COORDINATOR,
        activity("calm", "[{\"code\":\"quiet\"}]", "").replace("\"nb\"", "\"other\""));

    JsonNode json =
        TestServer.json(
            server.get("/api/v1/wish-maps/nb/activity-fit?neighbourhood=nij-beets", COORDINATOR));
    HttpResponse<String> noFilter = server.get("/api/v1/wish-maps/nb/activity-fit", COORDINATOR);
    HttpResponse<String> noStrategy =
        server.get(
            "/api/v1/wish-maps/nb/activity-fit?neighbourhood=nij-beets&fitStrategy=astrology",
            COORDINATOR);

    assertThat(json.path("activities").findValuesAsText("id")).containsExactly("talk");
    // Without answers the fit is undefined: null, never NaN.
    assertThat(json.path("activities").get(0).path("fit").isNull()).isTrue();
    assertThat(json.path("skipped").findValuesAsText("id")).containsExactly("calm");
    assertThat(json.path("skipped").get(0).path("errors").get(0).path("field").asText())
        .isEqualTo("targets[0].code");
    assertThat(noFilter.statusCode()).isEqualTo(400);
    assertThat(fields(noStrategy)).containsExactly("fitStrategy");
    assertThat(noStrategy.body()).contains("default");
  }

  @Test
  void anActivityMovesForwardAndRecordsSessionsOnlyOnceRunning() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    created("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    created("/api/v1/activities", COORDINATOR, activity("torch", "[{\"code\":\"youth\"}]", ""));
    String session = "{\"date\":\"2024-07-01\",\"attendance\":40,\"newParticipants\":25}";

    HttpResponse<String> tooEarly =
        server.postJson("/api/v1/activities/torch/sessions", AMBASSADOR, session);
    HttpResponse<String> unconditional =
        send(
            "PUT",
            "/api/v1/activities/torch/status",
            COORDINATOR,
            null,
            "{\"status\":\"running\"}");
    HttpResponse<String> skip =
        send(
            "PUT",
            "/api/v1/activities/torch/status",
            COORDINATOR,
            "\"1\"",
            "{\"status\":\"done\"}");
    HttpResponse<String> run =
        send(
            "PUT",
            "/api/v1/activities/torch/status",
            COORDINATOR,
            "\"1\"",
            "{\"status\":\"running\"}");
    HttpResponse<String> first =
        server.postJson("/api/v1/activities/torch/sessions", AMBASSADOR, session);
    server.postJson(
        "/api/v1/activities/torch/sessions",
        AMBASSADOR,
        "{\"date\":\"2024-06-20\",\"attendance\":30,\"newParticipants\":30}");
    HttpResponse<String> tooMany =
        server.postJson(
            "/api/v1/activities/torch/sessions",
            AMBASSADOR,
            "{\"date\":\"2024-07-02\",\"attendance\":3,\"newParticipants\":5}");
    HttpResponse<String> redesign =
        send(
            "PUT",
            "/api/v1/activities/torch",
            COORDINATOR,
            "\"2\"",
            activity("torch", "[{\"code\":\"youth\"}]", ""));
    JsonNode attendance =
        TestServer.json(server.get("/api/v1/activities/torch/sessions", RESEARCHER));

    assertThat(tooEarly.statusCode()).isEqualTo(400);
    assertThat(unconditional.statusCode()).isEqualTo(428);
    assertThat(skip.statusCode()).isEqualTo(400);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(TestServer.json(run).path("status").asText()).isEqualTo("running");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(fields(tooMany)).containsExactly("newParticipants");
    assertThat(redesign.statusCode()).isEqualTo(400);
    assertThat(attendance.path("total").asInt()).isEqualTo(70);
    assertThat(attendance.path("newParticipants").asInt()).isEqualTo(55);
    assertThat(attendance.path("lastSession").asText()).isEqualTo("2024-07-01");
    assertThat(attendance.path("sessions").findValuesAsText("date"))
        .containsExactly("2024-06-20", "2024-07-01");
  }

  @Test
  void aPlannedActivityIsRedesignedAndWhatWasReadCanBeSentBack() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    created("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    created("/api/v1/activities", COORDINATOR, activity("torch", "[{\"code\":\"youth\"}]", ""));
    String read = server.get("/api/v1/activities/torch", COORDINATOR).body();
    String changed = read.replace("Something to do together", "Pedalling for light");

    HttpResponse<String> redesigned =
        send("PUT", "/api/v1/activities/torch", COORDINATOR, "\"1\"", changed);
    HttpResponse<String> listed =
        server.get("/api/v1/activities?neighbourhood=nij-beets", RESEARCHER);

    assertThat(redesigned.statusCode()).as(redesigned.body()).isEqualTo(200);
    assertThat(TestServer.json(redesigned).path("description").asText())
        .isEqualTo("Pedalling for light");
    assertThat(TestServer.json(redesigned).path("flags").size()).isEqualTo(2);
    assertThat(TestServer.json(listed).path("items").get(0).path("status").asText())
        .isEqualTo("planned");
    assertThat(activityNamed("torch").status()).isEqualTo(ActivityStatus.PLANNED);
  }

  @Test
  void meetingsShowAttendanceOverTime() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    String[][] meetings = {
      {"m1", "information", "2023-03-01", "65"},
      {"m2", "marketConsultation", "2023-06-01", "85"},
      {"m3", "information", "2023-10-01", "130"}
    };
    for (String[] m : meetings) {
      created(
          "/api/v1/meetings",
          AMBASSADOR,
          "{\"id\":\""
              + m[0]
              + "\",\"neighbourhood\":\"nij-beets\",\"kind\":\""
              + m[1]
              + "\",\"title\":\"Meeting\",\"date\":\""
              + m[2]
              + "\",\"attendance\":"
              + m[3]
              + "}");
    }
    HttpResponse<String> corrected =
        send(
            "PUT",
            "/api/v1/meetings/m3",
            AMBASSADOR,
            "\"1\"",
            "{\"id\":\"m3\",\"neighbourhood\":\"nij-beets\",\"kind\":\"information\","
                + "\"title\":\"Meeting\",\"date\":\"2023-10-01\",\"attendance\":135}");

    JsonNode all =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/attendance", RESEARCHER));
    JsonNode information =
        TestServer.json(
            server.get("/api/v1/neighbourhoods/nij-beets/attendance?kind=information", RESEARCHER));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(all.path("meetings").findValuesAsText("id")).containsExactly("m1", "m2", "m3");
    assertThat(all.path("meetings").get(0).path("change").isNull()).isTrue();
    assertThat(all.path("meetings").get(1).path("change").asInt()).isEqualTo(85 - 65);
    assertThat(all.path("change").asInt()).isEqualTo(135 - 65);
    assertThat(all.path("growing").asBoolean()).isTrue();
    assertThat(information.path("meetings").findValuesAsText("id")).containsExactly("m1", "m3");
    assertThat(information.path("change").asInt()).isEqualTo(135 - 65);
    assertThat(
            server
                .postJson(
                    "/api/v1/meetings",
                    RESEARCHER,
                    "{\"id\":\"m9\",\"neighbourhood\":\"nij-beets\",\"kind\":\"workshop\","
                        + "\"title\":\"T\",\"date\":\"2024-01-01\",\"attendance\":1}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void ambassadorsCoverBuildingsAndRecordSignalsForTheirOwnOnly() {
    neighbourhoodWithBuildings("b1", "b2");
    created(
        "/api/v1/ambassadors",
        COORDINATOR,
        "{\"id\":\"amb1\",\"building\":\"b1\",\"name\":\"Fatima\"}");
    HttpResponse<String> noBuilding =
        server.postJson(
            "/api/v1/ambassadors",
            COORDINATOR,
            "{\"id\":\"amb2\",\"building\":\"b9\",\"name\":\"Jan\"}");
    JsonNode covered =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/coverage", RESEARCHER));
    HttpResponse<String> retired =
        send("PUT", "/api/v1/ambassadors/amb1/active", COORDINATOR, "\"1\"", "{\"active\":false}");
    JsonNode uncovered =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/coverage", RESEARCHER));
    HttpResponse<String> ownBuilding =
        server.postJson(
            "/api/v1/signals",
            AMBASSADOR,
            "{\"id\":\"s1\",\"building\":\"b1\",\"recordedBy\":\"amb1\",\"date\":\"2024-06-01\","
                + "\"text\":\"Worried about the costs\",\"theme\":\"costs\"}");
    HttpResponse<String> otherBuilding =
        server.postJson(
            "/api/v1/signals",
            AMBASSADOR,
            "{\"id\":\"s2\",\"building\":\"b2\",\"recordedBy\":\"amb1\",\"date\":\"2024-06-01\","
                + "\"text\":\"Noise\",\"theme\":\"nuisance\"}");

    assertThat(noBuilding.statusCode()).isEqualTo(404);
    assertThat(covered.path("covered").get(0).asText()).isEqualTo("b1");
    assertThat(covered.path("uncovered").get(0).asText()).isEqualTo("b2");
    assertThat(covered.path("ratio").asDouble()).isEqualTo(0.5);
    assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    assertThat(uncovered.path("covered")).isEmpty();
    assertThat(uncovered.path("ratio").asDouble()).isEqualTo(0.0);
    assertThat(ownBuilding.statusCode()).as(ownBuilding.body()).isEqualTo(201);
    assertThat(otherBuilding.statusCode()).isEqualTo(400);
    assertThat(fields(otherBuilding)).containsExactly("building");
    assertThat(server.get("/api/v1/signals?building=b1", AMBASSADOR).body())
        .contains("Worried about the costs");
    assertThat(server.get("/api/v1/signals?building=b1", RESEARCHER).statusCode()).isEqualTo(403);
    assertThat(server.get("/api/v1/ambassadors?building=b1", RESEARCHER).statusCode())
        .isEqualTo(403);
    assertThat(
            TestServer.json(server.get("/api/v1/ambassadors?building=b1", AMBASSADOR))
                .path("items")
                .get(0)
                .path("active")
                .asBoolean())
        .isFalse();
  }

  @Test
  void aParkedTopicIsDueWhenTheApproachReachesItsPhase() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    created(
        "/api/v1/parked-topics",
        AMBASSADOR,
        "{\"id\":\"meter\",\"neighbourhood\":\"nij-beets\","
            + "\"question\":\"What will my meter cupboard look like?\"}");
    HttpResponse<String> again =
        send("POST", "/api/v1/parked-topics/meter/raises", AMBASSADOR, "\"1\"", null);
    HttpResponse<String> parked =
        send(
            "PUT",
            "/api/v1/parked-topics/meter/parking",
            COORDINATOR,
            "\"2\"",
            "{\"until\":{\"phase\":\"involved\"},\"message\":\"We show it at the fitting day\"}");
    HttpResponse<String> both =
        send(
            "PUT",
            "/api/v1/parked-topics/meter/parking",
            COORDINATOR,
            "\"3\"",
            "{\"until\":{\"phase\":\"involved\",\"date\":\"2025-01-01\"},\"message\":\"m\"}");
    JsonNode notYet =
        TestServer.json(
            server.get(
                "/api/v1/parked-topics?neighbourhood=nij-beets&reached=informed", AMBASSADOR));
    JsonNode due =
        TestServer.json(
            server.get(
                "/api/v1/parked-topics?neighbourhood=nij-beets&reached=involved", AMBASSADOR));
    HttpResponse<String> answered =
        send(
            "PUT",
            "/api/v1/parked-topics/meter/answer",
            COORDINATOR,
            "\"3\"",
            "{\"answer\":\"A small white box\"}");
    HttpResponse<String> answeredTwice =
        send(
            "PUT",
            "/api/v1/parked-topics/meter/answer",
            COORDINATOR,
            "\"4\"",
            "{\"answer\":\"Still a box\"}");

    assertThat(TestServer.json(again).path("raisedBy").asInt()).isEqualTo(2);
    assertThat(parked.statusCode()).as(parked.body()).isEqualTo(200);
    assertThat(TestServer.json(parked).path("status").asText()).isEqualTo("parked");
    assertThat(TestServer.json(parked).path("until").path("phase").asText()).isEqualTo("involved");
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(notYet.path("totalItems").asInt()).isZero();
    assertThat(due.path("items").findValuesAsText("id")).containsExactly("meter");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(TestServer.json(answered).path("answer").asText()).isEqualTo("A small white box");
    assertThat(answeredTwice.statusCode()).isEqualTo(400);
    assertThat(server.get("/api/v1/parked-topics/meter", RESEARCHER).statusCode()).isEqualTo(403);
  }

  @Test
  void aBenefitStatementIsComputedByTheServerAndDatedByItsClock() {
    neighbourhoodWithBuildings("b1");
    JsonNode household =
        created(
            "/api/v1/benefit-statements",
            COORDINATOR,
            "{\"id\":\"st1\",\"building\":\"b1\",\"household\":\"hh-17\",\"investment\":4500,"
                + "\"monthlyCostBefore\":150.00,\"monthlyCostAfter\":100.00}");
    JsonNode costsMore =
        created(
            "/api/v1/benefit-statements",
            COORDINATOR,
            "{\"id\":\"st2\",\"building\":\"b1\",\"investment\":1000,"
                + "\"monthlyCostBefore\":90,\"monthlyCostAfter\":95}");
    HttpResponse<String> nowhere =
        server.postJson(
            "/api/v1/benefit-statements",
            COORDINATOR,
            "{\"id\":\"st3\",\"building\":\"b9\",\"investment\":1,"
                + "\"monthlyCostBefore\":2,\"monthlyCostAfter\":1}");
    HttpResponse<String> negative =
        server.postJson(
            "/api/v1/benefit-statements",
            COORDINATOR,
            "{\"id\":\"st4\",\"building\":\"b1\",\"investment\":-1,"
                + "\"monthlyCostBefore\":2,\"monthlyCostAfter\":1}");

    // 4500 / (150 - 100) = 90 months = 7.5 years.
    assertThat(household.path("monthlySaving").decimalValue()).isEqualByComparingTo("50");
    assertThat(household.path("paybackMonths").decimalValue()).isEqualByComparingTo("90");
    assertThat(household.path("paybackYears").decimalValue()).isEqualByComparingTo("7.5");
    assertThat(household.path("issued").asText()).isEqualTo("2024-06-30");
    assertThat(household.path("calculator").asText()).isEqualTo("simple-payback");
    assertThat(household.path("household").asText()).isEqualTo("hh-17");
    assertThat(costsMore.path("monthlySaving").decimalValue()).isEqualByComparingTo("-5");
    assertThat(costsMore.path("paybackMonths").isNull()).isTrue();
    assertThat(costsMore.has("household")).isFalse();
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(fields(negative)).containsExactly("investment");
    assertThat(
            TestServer.json(server.get("/api/v1/benefit-statements?building=b1", AMBASSADOR))
                .path("totalItems")
                .asInt())
        .isEqualTo(2);
    assertThat(server.get("/api/v1/benefit-statements/st1", RESEARCHER).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theResultNudgeCountsQuietDaysByTheServerClock() {
    created("/api/v1/neighbourhoods", COORDINATOR, NEIGHBOURHOOD);
    JsonNode never =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/result-nudge", RESEARCHER));
    created(
        "/api/v1/results",
        COORDINATOR,
        "{\"id\":\"r1\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2024-05-01\","
            + "\"text\":\"40 households signed up\"}");
    JsonNode quiet =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/result-nudge", RESEARCHER));
    created(
        "/api/v1/results",
        COORDINATOR,
        "{\"id\":\"r2\",\"neighbourhood\":\"nij-beets\",\"shown\":\"2024-06-10\","
            + "\"text\":\"The school garden is planted\"}");
    JsonNode recent =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/result-nudge", RESEARCHER));

    assertThat(never.path("due").asBoolean()).isTrue();
    assertThat(never.path("daysSince").isNull()).isTrue();
    assertThat(never.path("message").path("en").asText()).isNotBlank();
    assertThat(quiet.path("due").asBoolean()).isTrue();
    // 1 May to 30 June 2024: 30 days of May after the 1st, and 30 of June.
    assertThat(quiet.path("daysSince").asInt()).isEqualTo(60);
    assertThat(quiet.path("lastShown").asText()).isEqualTo("2024-05-01");
    assertThat(recent.path("due").asBoolean()).isFalse();
    assertThat(
            TestServer.json(server.get("/api/v1/results?neighbourhood=nij-beets", RESEARCHER))
                .path("items")
                .findValuesAsText("id"))
        .containsExactly("r1", "r2");
    assertThat(server.get("/api/v1/results/r2", RESEARCHER).body())
        .contains("The school garden is planted");
  }

  @Test
  void aResidentExportsAndErasesTheirAnswersWithTheirCode() {
    created("/api/v1/wish-maps", COORDINATOR, ResourcesTest.WISH_MAP);
    String code =
        created("/api/v1/invitations", COORDINATOR, "{\"count\":1}").path("codes").get(0).asText();
    created(
        "/api/v1/wish-maps/nb/responses",
        null,
        "{\"invitationCode\":\""
            + code
            + "\",\"importance\":{\"green\":5},"
            + "\"wishes\":[\"more trees\"]}");
    stores
        .wishMapResponses()
        .submit(
            new WishMapId("nb"),
            new WishMapResponse(
                new Pseudonym("someone-else"),
                Map.of("green", 1.0),
                Map.of(),
                List.of(),
                Map.of(),
                Set.of(),
                OptionalInt.empty(),
                List.of()),
            java.util.Optional.empty());
    String body = "{\"invitationCode\":\"" + code + "\"}";

    HttpResponse<String> export = server.postJson("/api/v1/invitations/export", null, body);
    HttpResponse<String> erased = server.postJson("/api/v1/invitations/erasure", null, body);
    HttpResponse<String> afterwards = server.postJson("/api/v1/invitations/export", null, body);
    HttpResponse<String> unknown =
        server.postJson(
            "/api/v1/invitations/export", null, "{\"invitationCode\":\"ABCD-EFGH-JKMN\"}");
    HttpResponse<String> researcher =
        server.postJson("/api/v1/invitations/export", RESEARCHER, body);

    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    JsonNode own = TestServer.json(export).path("wishMapResponses");
    assertThat(own).hasSize(1);
    assertThat(own.get(0).path("wishMap").asText()).isEqualTo("nb");
    assertThat(own.get(0).path("wishes").get(0).asText()).isEqualTo("more trees");
    assertThat(export.body()).doesNotContain("someone-else");
    assertThat(TestServer.json(erased).path("wishMapResponses").asInt()).isEqualTo(1);
    assertThat(TestServer.json(afterwards).path("wishMapResponses")).isEmpty();
    assertThat(stores.wishMapResponses().count(new WishMapId("nb"))).isEqualTo(1);
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(researcher.statusCode()).isEqualTo(403);
  }
}
