package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.persistence.Stores;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A coordinator walks the whole method over real HTTP against a real store: neighbourhood,
 * initiative, wish map, invitations, responses (residents with codes, the coordinator from paper
 * forms), the red thread, activities and their fit, sessions, meetings, ambassadors, parked topics,
 * benefit statements, results, and two waves of a trust measurement and their comparison. A
 * researcher is refused every raw route of the walk; a replayed submission is stored once.
 *
 * <p>Written once; each store extends it with {@link #openStores()}. The steps run in order and
 * build on each other; every figure checked is derived here from the synthetic data submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CoordinatorWalk {
  private static final String API = "/api/v1";
  private static final String COORDINATOR = TestServer.COORDINATOR;
  private static final String AMBASSADOR = TestServer.AMBASSADOR;
  private static final String RESEARCHER = TestServer.RESEARCHER;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An ambassador's key that names its ambassador, amb-1 of building b1. */
  private static final String AMB_1 = "ambassador-amb-1-key-0123456789";

  /** An ambassador's key naming an ambassador that was never appointed. */
  private static final String AMB_9 = "ambassador-amb-9-key-0123456789";

  private static final ApiKeys KEYS =
      ApiKeys.ofGrants(
          Map.of(
              COORDINATOR, ApiKeys.Grant.of(Role.COORDINATOR),
              AMBASSADOR, ApiKeys.Grant.of(Role.AMBASSADOR),
              RESEARCHER, ApiKeys.Grant.of(Role.RESEARCHER),
              AMB_1, ApiKeys.Grant.ambassador(new AmbassadorId("amb-1")),
              AMB_9, ApiKeys.Grant.ambassador(new AmbassadorId("amb-9"))));

  /** The server's clock: the walk happens on 1 October 2024. */
  private static final Instant NOW = Instant.parse("2024-10-01T10:00:00Z");

  private static final List<String> VALUES = List.of("contact", "youth", "green", "safety");

  /** Wish map respondents: the first {@link #RESIDENTS} with invitation codes, then paper. */
  private static final int WISH_MAP_RESPONDENTS = 20;

  private static final int RESIDENTS = 8;

  /** Codes answering the trust measurement in wave 1, and of those the first ones in wave 2. */
  private static final int WAVE_1_CODES = 10;

  private static final int WAVE_2_CODES = 7;

  private Stores stores;
  private TestServer server;
  private final List<String> codes = new ArrayList<>();
  private final List<Map<String, Object>> wishMapAnswers = new ArrayList<>();
  private final Map<String, double[]> before = new LinkedHashMap<>();
  private final Map<String, double[]> after = new LinkedHashMap<>();

  /** A fresh, empty store for this walk; closed by the walk. */
  abstract Stores openStores();

  /** Drops what {@link #openStores()} created, after the stores are closed. */
  void dropStores() {}

  @BeforeAll
  void start() {
    stores = openStores();
    ApiConfig config = ApiConfig.defaults(KEYS).withResidentSubmissionsPerMinute(10_000);
    server =
        TestServer.start(
            FullApi.builder(stores, config, Clock.fixed(NOW, ZoneOffset.UTC))
                .health(StoreHealth.alwaysUp("walk")));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (stores != null) {
      stores.close();
      dropStores();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The walk

  @Test
  @Order(1)
  void theNeighbourhoodAndItsBuildings() {
    created(
        "/neighbourhoods",
        COORDINATOR,
        Map.of(
            "id", "nij-beets",
            "name", "Nij Beets",
            "municipality", "Opsterland",
            "cbsCode", "BU00860101"));
    for (String building : List.of("b1", "b2", "b3")) {
      created(
          "/buildings",
          COORDINATOR,
          Map.of(
              "id",
              building,
              "neighbourhood",
              "nij-beets",
              "name",
              "Block " + building,
              "households",
              12,
              "stakeholder",
              "ownerAssociation"));
    }

    JsonNode buildings = ok(server.get(API + "/buildings?neighbourhood=nij-beets", RESEARCHER));
    assertThat(buildings.path("totalItems").asInt()).isEqualTo(3);
    assertThat(ok(server.get(API + "/neighbourhoods/nij-beets", RESEARCHER)).path("name").asText())
        .isEqualTo("Nij Beets");
  }

  @Test
  @Order(2)
  void theInitiativeWithItsPrinciplesAndTeam() {
    HttpResponse<String> initiative =
        created(
            "/initiatives",
            COORDINATOR,
            Map.of(
                "id",
                "energie-nij-beets",
                "name",
                "Energie Nij Beets",
                "neighbourhoods",
                List.of("nij-beets")));
    List<Map<String, Object>> members =
        List.of(
            Map.of("name", "Anna", "roles", List.of("frontrunner", "technical")),
            Map.of("name", "Bram", "roles", List.of("connector")),
            Map.of("name", "Cor", "roles", List.of("entrepreneur", "connector")));
    HttpResponse<String> team =
        send(
            "PUT",
            "/initiatives/energie-nij-beets/team",
            COORDINATOR,
            Map.of("If-Match", etag(initiative)),
            Map.of("members", members));
    JsonNode advice =
        ok(server.get(API + "/initiatives/energie-nij-beets/team-advice", RESEARCHER));

    assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
    assertThat(
            ok(server.get(API + "/initiatives/energie-nij-beets", RESEARCHER))
                .path("principles")
                .size())
        .as("the five default principles")
        .isEqualTo(5);
    assertThat(advice.path("size").asInt()).isEqualTo(members.size());
    assertThat(advice.path("roles").path("connector").asInt())
        .isEqualTo(countRole(members, "connector"));
    assertThat(advice.path("roles").path("technical").asInt())
        .isEqualTo(countRole(members, "technical"));
    assertThat(advice.toString()).doesNotContain("Anna");
  }

  @Test
  @Order(3)
  void theWishMapAndInvitations() {
    List<Map<String, Object>> values = new ArrayList<>();
    for (String code : VALUES) {
      values.add(Map.of("code", code));
    }
    created(
        "/wish-maps",
        COORDINATOR,
        Map.of(
            "id",
            "nb",
            "values",
            values,
            "importanceScale",
            Map.of("min", 1, "max", 5),
            "satisfactionScale",
            Map.of("min", 1, "max", 5),
            "topChoices",
            2,
            "segments",
            List.of(
                Map.of(
                    "column",
                    "household",
                    "label",
                    Map.of("nl", "huishouden", "en", "household"),
                    "values",
                    List.of(Map.of("code", "young_parents"), Map.of("code", "other")))),
            "mobilisation",
            Map.of("networks", List.of("play-week"))));
    JsonNode issued =
        TestServer.json(
            created("/invitations", COORDINATOR, Map.of("count", WAVE_1_CODES, "label", "walk")));
    issued.path("codes").forEach(code -> codes.add(code.asText()));

    assertThat(codes).hasSize(WAVE_1_CODES).doesNotHaveDuplicates();
    JsonNode stored = ok(server.get(API + "/invitations", COORDINATOR));
    assertThat(stored.toString()).doesNotContain(codes.get(0));
  }

  @Test
  @Order(4)
  void residentsAndPaperFormsAnswerTheWishMap() {
    for (int i = 0; i < WISH_MAP_RESPONDENTS; i++) {
      Map<String, Object> answer = wishMapAnswer(i);
      wishMapAnswers.add(answer);
      Map<String, Object> body = new LinkedHashMap<>(answer);
      HttpResponse<String> response;
      if (i < RESIDENTS) {
        body.put("invitationCode", codes.get(i));
        response = send("POST", "/wish-maps/nb/responses", null, Map.of(), body);
      } else {
        body.put("respondent", "paper-" + i);
        response =
            send(
                "POST",
                "/wish-maps/nb/responses",
                i % 2 == 0 ? COORDINATOR : AMBASSADOR,
                Map.of("Idempotency-Key", "wm-form-" + i),
                body);
      }
      assertThat(response.statusCode()).as("respondent %d: %s", i, response.body()).isEqualTo(201);
    }

    JsonNode page = ok(server.get(API + "/wish-maps/nb/responses?pageSize=100", COORDINATOR));
    assertThat(page.path("totalItems").asInt()).isEqualTo(WISH_MAP_RESPONDENTS);
    assertThat(page.toString()).contains("paper-9").contains("a bench by the playground");
  }

  @Test
  @Order(5)
  void theRedThreadMatchesWhatWasSubmitted() {
    String live = "/wish-maps/nb/red-thread?segment=household&kMin=5&bootstrap=0";
    ok(server.get(API + live, COORDINATOR));
    HttpResponse<String> waiting = server.get(API + live, RESEARCHER);
    assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(409);
    assertThat(TestServer.json(waiting).path("type").asText())
        .isEqualTo("urn:cohesion:problem:not-released");
    closeWave("/wish-maps/nb", WISH_MAP_RESPONDENTS);

    JsonNode thread =
        ok(
            server.get(
                API + "/wish-maps/nb/red-thread?segment=household&kMin=5&bootstrap=200&seed=7",
                RESEARCHER));
    Map<String, Expected> expected = expectedRedThread();

    assertThat(thread.path("n").asInt()).isEqualTo(WISH_MAP_RESPONDENTS);
    assertThat(thread.path("values")).hasSize(VALUES.size());
    for (JsonNode value : thread.path("values")) {
      Expected e = expected.get(value.path("code").asText());
      assertThat(value.path("n").asInt()).as(value.toString()).isEqualTo(e.n);
      assertThat(value.path("importanceMean").asDouble())
          .as(value.toString())
          .isCloseTo(e.importanceMean, within(1e-9));
      assertThat(value.path("urgency").asDouble())
          .as(value.toString())
          .isCloseTo(e.urgency, within(1e-9));
      assertThat(value.path("borda").asDouble()).as(value.toString()).isEqualTo(e.borda);
    }
    // The synthetic data makes youth the most urgent value: important to all, satisfying few.
    String mostUrgent =
        expected.entrySet().stream()
            .max(Comparator.comparingDouble(entry -> entry.getValue().urgency))
            .orElseThrow()
            .getKey();
    assertThat(mostUrgent).isEqualTo("youth");
    JsonNode first = byField(thread.path("values"), "rank", "1");
    assertThat(first.path("code").asText()).isEqualTo(mostUrgent);
    assertThat(first.path("pTopK").asDouble()).isGreaterThan(0.9);
    // Both household segments hold ten respondents: neither is suppressed under kMin 5.
    assertThat(thread.path("segments")).hasSize(2);
    for (JsonNode segment : thread.path("segments")) {
      assertThat(segment.path("suppressed").asBoolean()).isFalse();
      assertThat(segment.path("n").asInt()).isEqualTo(WISH_MAP_RESPONDENTS / 2);
    }
    JsonNode playWeek =
        byField(ok(server.get(API + "/wish-maps/nb/networks", RESEARCHER)), "name", "play-week");
    assertThat(playWeek.path("n").asInt())
        .isEqualTo(countAnswers(a -> ((List<?>) a.get("networks")).contains("play-week")));
  }

  @Test
  @Order(6)
  void activitiesAreRankedByTheirFit() {
    created(
        "/activities",
        COORDINATOR,
        activity(
            "torch",
            "24 hours of light",
            List.of(Map.of("code", "youth", "weight", 2), Map.of("code", "contact")),
            List.of(Map.of("column", "household", "value", "young_parents")),
            List.of("play-week"),
            true));
    created(
        "/activities",
        COORDINATOR,
        activity(
            "garden",
            "School garden",
            List.of(Map.of("code", "green")),
            List.of(),
            List.of("football-club"),
            true));
    created(
        "/activities",
        COORDINATOR,
        activity(
            "coffee",
            "Street coffee",
            List.of(Map.of("code", "contact")),
            List.of(),
            List.of("football-club"),
            false));

    JsonNode fit =
        ok(server.get(API + "/wish-maps/nb/activity-fit?neighbourhood=nij-beets", RESEARCHER));
    JsonNode ranked = fit.path("activities");
    assertThat(ranked).hasSize(3);
    Map<String, Double> expectedFit = new TreeMap<>();
    for (JsonNode activity : ranked) {
      String id = activity.path("id").asText();
      double valueWeight =
          byField(activity.path("parts"), "name", "valueFit").path("weight").asDouble();
      double reachWeight =
          byField(activity.path("parts"), "name", "networkReach").path("weight").asDouble();
      double valueFit =
          switch (id) {
            case "torch" ->
                (2 * urgency("youth", "young_parents") + urgency("contact", "young_parents")) / 3;
            case "garden" -> urgency("green", null);
            default -> urgency("contact", null);
          };
      double reach =
          switch (id) {
            case "torch" -> share("play-week", "young_parents");
            default -> share("football-club", null);
          };
      assertThat(byField(activity.path("parts"), "name", "valueFit").path("value").asDouble())
          .as(id)
          .isCloseTo(valueFit, within(1e-9));
      assertThat(byField(activity.path("parts"), "name", "networkReach").path("value").asDouble())
          .as(id)
          .isCloseTo(reach, within(1e-9));
      expectedFit.put(id, valueWeight * valueFit + reachWeight * reach);
      assertThat(activity.path("fit").asDouble())
          .as(id)
          .isCloseTo(expectedFit.get(id), within(1e-9));
    }
    List<String> expectedOrder =
        expectedFit.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    List<String> order = new ArrayList<>();
    ranked.forEach(a -> order.add(a.path("id").asText()));
    assertThat(order).isEqualTo(expectedOrder);
    assertThat(order.get(0)).isEqualTo("torch");
    assertThat(byField(ranked, "id", "torch").path("basis").asText()).isEqualTo("targetSegments");
    assertThat(byField(ranked, "id", "coffee").path("flags").toString())
        .contains("noSustainabilityLink");
    assertThat(byField(ranked, "id", "torch").path("flags")).isEmpty();
  }

  @Test
  @Order(7)
  void sessionsRecordTheirAttendance() {
    HttpResponse<String> planned = server.get(API + "/activities/torch", COORDINATOR);
    HttpResponse<String> tooEarly =
        send(
            "POST",
            "/activities/torch/sessions",
            AMBASSADOR,
            Map.of(),
            Map.of("date", "2024-06-30", "attendance", 5));
    HttpResponse<String> running =
        send(
            "PUT",
            "/activities/torch/status",
            COORDINATOR,
            Map.of("If-Match", etag(planned)),
            Map.of("status", "running"));
    int[][] sessions = {{40, 25}, {30, 10}, {55, 20}};
    String[] dates = {"2024-07-01", "2024-07-08", "2024-07-15"};
    List<HttpResponse<String>> recorded = new ArrayList<>();
    for (int s = 0; s < sessions.length; s++) {
      HttpResponse<String> response =
          send(
              "POST",
              "/activities/torch/sessions",
              s == 1 ? COORDINATOR : AMBASSADOR,
              Map.of("Idempotency-Key", "session-" + s),
              Map.of(
                  "date",
                  dates[s],
                  "attendance",
                  sessions[s][0],
                  "newParticipants",
                  sessions[s][1]));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      recorded.add(response);
    }
    // The second session sent again under its key: the first answer, nothing recorded; retyped
    // with another attendance, the key is refused rather than passing the first answer off.
    HttpResponse<String> replay =
        send(
            "POST",
            "/activities/torch/sessions",
            COORDINATOR,
            Map.of("Idempotency-Key", "session-1"),
            Map.of("date", dates[1], "attendance", 30, "newParticipants", sessions[1][1]));
    HttpResponse<String> retyped =
        send(
            "POST",
            "/activities/torch/sessions",
            COORDINATOR,
            Map.of("Idempotency-Key", "session-1"),
            Map.of("date", dates[1], "attendance", 33, "newParticipants", sessions[1][1]));
    JsonNode attendance = ok(server.get(API + "/activities/torch/sessions", RESEARCHER));

    assertThat(tooEarly.statusCode()).as("a planned activity has no sessions").isEqualTo(400);
    assertThat(running.statusCode()).as(running.body()).isEqualTo(200);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(recorded.get(1).body());
    assertThat(retyped.statusCode()).as(retyped.body()).isEqualTo(422);
    assertThat(attendance.path("sessions")).hasSize(sessions.length);
    assertThat(attendance.path("total").asInt()).isEqualTo(40 + 30 + 55);
    assertThat(attendance.path("newParticipants").asInt()).isEqualTo(25 + 10 + 20);
    assertThat(attendance.path("lastSession").asText()).isEqualTo("2024-07-15");
  }

  @Test
  @Order(8)
  void meetingsShowGrowingAttendance() {
    int[] counts = {65, 85, 135};
    for (int m = 0; m < counts.length; m++) {
      created(
          "/meetings",
          m == 0 ? COORDINATOR : AMBASSADOR,
          Map.of(
              "id",
              "evening-" + m,
              "neighbourhood",
              "nij-beets",
              "kind",
              "information",
              "title",
              "Evening " + m,
              "date",
              LocalDate.of(2024, 3 + m, 1).toString(),
              "attendance",
              counts[m]));
    }
    created(
        "/meetings",
        COORDINATOR,
        Map.of(
            "id", "market",
            "neighbourhood", "nij-beets",
            "kind", "marketConsultation",
            "title", "Twelve companies pitch",
            "date", "2024-06-01",
            "attendance", 40));
    JsonNode trend =
        ok(server.get(API + "/neighbourhoods/nij-beets/attendance?kind=information", RESEARCHER));

    assertThat(trend.path("meetings")).hasSize(counts.length);
    List<Integer> seen = new ArrayList<>();
    trend.path("meetings").forEach(m -> seen.add(m.path("attendance").asInt()));
    assertThat(seen).containsExactly(65, 85, 135);
    assertThat(trend.path("meetings").get(1).path("change").asInt()).isEqualTo(85 - 65);
    assertThat(trend.path("change").asInt()).as("the last minus the first").isEqualTo(135 - 65);
    assertThat(trend.path("growing").asBoolean()).isTrue();
  }

  @Test
  @Order(9)
  void ambassadorsCoverTheirBuildingsAndRecordSignals() {
    created("/ambassadors", COORDINATOR, Map.of("id", "amb-1", "building", "b1", "name", "Fatima"));
    created("/ambassadors", COORDINATOR, Map.of("id", "amb-2", "building", "b2", "name", "Jan"));
    JsonNode coverage = ok(server.get(API + "/neighbourhoods/nij-beets/coverage", RESEARCHER));
    HttpResponse<String> own =
        send(
            "POST",
            "/signals",
            AMBASSADOR,
            Map.of(),
            signal("sig-1", "b1", "amb-1", "Worried about the monthly costs"));
    HttpResponse<String> other =
        send("POST", "/signals", AMBASSADOR, Map.of(), signal("sig-2", "b2", "amb-1", "Noise"));

    assertThat(coverage.path("buildings").asInt()).isEqualTo(3);
    assertThat(texts(coverage.path("covered"))).containsExactly("b1", "b2");
    assertThat(texts(coverage.path("uncovered"))).containsExactly("b3");
    assertThat(coverage.path("ratio").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    assertThat(other.statusCode()).as("amb-1 looks after b1 only").isEqualTo(400);
    assertThat(ok(server.get(API + "/signals?building=b1", AMBASSADOR)).path("totalItems").asInt())
        .isEqualTo(1);
    assertThat(ok(server.get(API + "/signals?building=b2", AMBASSADOR)).path("totalItems").asInt())
        .isZero();
  }

  @Test
  @Order(10)
  void aParkedTopicIsRaisedParkedAndAnswered() {
    HttpResponse<String> raised =
        created(
            "/parked-topics",
            AMBASSADOR,
            Map.of(
                "id",
                "meter",
                "neighbourhood",
                "nij-beets",
                "question",
                "What will my meter cupboard look like?"));
    HttpResponse<String> again =
        send(
            "POST",
            "/parked-topics/meter/raises",
            AMBASSADOR,
            Map.of("If-Match", etag(raised)),
            null);
    HttpResponse<String> parked =
        send(
            "PUT",
            "/parked-topics/meter/parking",
            COORDINATOR,
            Map.of("If-Match", etag(again)),
            Map.of(
                "until",
                Map.of("phase", "involved"),
                "message",
                "We show one at the fitting day in spring"));
    JsonNode dueWhenInvolved =
        ok(
            server.get(
                API + "/parked-topics?neighbourhood=nij-beets&reached=involved", COORDINATOR));
    JsonNode dueWhenInformed =
        ok(
            server.get(
                API + "/parked-topics?neighbourhood=nij-beets&reached=informed", COORDINATOR));
    HttpResponse<String> answered =
        send(
            "PUT",
            "/parked-topics/meter/answer",
            COORDINATOR,
            Map.of("If-Match", etag(parked)),
            Map.of("answer", "A small white box"));

    assertThat(TestServer.json(again).path("raisedBy").asInt()).isEqualTo(2);
    assertThat(TestServer.json(parked).path("status").asText()).isEqualTo("parked");
    assertThat(dueWhenInvolved.path("totalItems").asInt()).isEqualTo(1);
    assertThat(dueWhenInformed.path("totalItems").asInt()).isZero();
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(TestServer.json(answered).path("status").asText()).isEqualTo("answered");
  }

  @Test
  @Order(11)
  void benefitStatementsSayWhatJoiningMeans() {
    JsonNode household =
        TestServer.json(
            created(
                "/benefit-statements",
                COORDINATOR,
                Map.of(
                    "id",
                    "st-1",
                    "building",
                    "b1",
                    "household",
                    "paper-9",
                    "investment",
                    4500,
                    "monthlyCostBefore",
                    150.00,
                    "monthlyCostAfter",
                    100.00)));
    JsonNode building =
        TestServer.json(
            created(
                "/benefit-statements",
                COORDINATOR,
                Map.of(
                    "id", "st-2",
                    "building", "b2",
                    "investment", 96000,
                    "monthlyCostBefore", 2400,
                    "monthlyCostAfter", 2000)));
    HttpResponse<String> noSaving =
        created(
            "/benefit-statements",
            COORDINATOR,
            Map.of(
                "id", "st-3",
                "building", "b3",
                "investment", 1000,
                "monthlyCostBefore", 100,
                "monthlyCostAfter", 120));

    assertThat(household.path("monthlySaving").asDouble()).isEqualTo(150.0 - 100.0);
    assertThat(household.path("paybackMonths").asDouble()).isEqualTo(4500.0 / 50.0);
    assertThat(building.path("monthlySaving").asDouble()).isEqualTo(2400.0 - 2000.0);
    assertThat(building.path("paybackYears").asDouble()).isEqualTo(96000.0 / 400.0 / 12.0);
    assertThat(building.has("household")).isFalse();
    assertThat(TestServer.json(noSaving).path("paybackMonths").isNull()).isTrue();
    assertThat(household.path("issued").asText()).startsWith("2024-10-01");
    assertThat(
            ok(server.get(API + "/benefit-statements?building=b1", AMBASSADOR))
                .path("totalItems")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  @Order(12)
  void resultsAndTheNudge() {
    LocalDate shown = LocalDate.of(2024, 5, 1);
    created(
        "/results",
        COORDINATOR,
        Map.of(
            "id",
            "signed-up-40",
            "neighbourhood",
            "nij-beets",
            "shown",
            shown.toString(),
            "text",
            "40 households signed up"));
    JsonNode due = ok(server.get(API + "/neighbourhoods/nij-beets/result-nudge", RESEARCHER));
    LocalDate recent = LocalDate.of(2024, 9, 20);
    created(
        "/results",
        COORDINATOR,
        Map.of(
            "id",
            "torch-burned",
            "neighbourhood",
            "nij-beets",
            "shown",
            recent.toString(),
            "text",
            "The torch burned for 24 hours"));
    JsonNode notDue = ok(server.get(API + "/neighbourhoods/nij-beets/result-nudge", RESEARCHER));

    assertThat(due.path("due").asBoolean()).isTrue();
    assertThat(due.path("lastShown").asText()).isEqualTo(shown.toString());
    assertThat(due.path("daysSince").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(shown, LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
    assertThat(notDue.path("due").asBoolean()).isFalse();
    assertThat(
            ok(server.get(API + "/results?neighbourhood=nij-beets", RESEARCHER))
                .path("totalItems")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  @Order(13)
  void twoTrustWavesAreComparedByHousehold() {
    created(
        "/scales",
        COORDINATOR,
        Map.of(
            "id",
            "trust",
            "response",
            Map.of("min", 1, "max", 5),
            "items",
            List.of(
                Map.of("id", "SC1"), Map.of("id", "SC2"), Map.of("id", "SC3", "reverse", true))));
    created(
        "/measurements",
        COORDINATOR,
        Map.of(
            "id", "before",
            "scale", "trust",
            "neighbourhood", "nij-beets",
            "wave", "before",
            "opened", "2024-05-01"));
    created(
        "/measurements",
        COORDINATOR,
        Map.of(
            "id", "after",
            "scale", "trust",
            "neighbourhood", "nij-beets",
            "wave", "after",
            "opened", "2024-09-01"));

    // Wave 1: every code, and three paper forms; wave 2: the first codes with the same codes, one
    // paper household again (under its pseudonym) and one new one.
    for (int i = 0; i < WAVE_1_CODES; i++) {
      answerTrust("before", codes.get(i), null, new int[] {2 + i % 2, 2, 4}, before);
    }
    for (String paper : List.of("paper-t1", "paper-t2", "paper-t3")) {
      answerTrust("before", null, paper, new int[] {3, 3, 3}, before);
    }
    for (int i = 0; i < WAVE_2_CODES; i++) {
      answerTrust(
          "after", codes.get(i), null, new int[] {3 + i % 2, 3 + (i % 3 == 0 ? 1 : 0), 2}, after);
    }
    answerTrust("after", null, "paper-t1", new int[] {4, 4, 2}, after);
    answerTrust("after", null, "paper-t9", new int[] {5, 4, 1}, after);

    // "after" closes by itself on a date: until then a researcher is told when.
    String afterOpen = etag(server.get(API + "/measurements/after/status", COORDINATOR));
    JsonNode dated =
        ok(
            send(
                "PUT",
                "/measurements/after/status",
                COORDINATOR,
                Map.of("If-Match", afterOpen),
                Map.of("status", "open", "closes", "2024-10-15T00:00:00Z")));
    assertThat(dated.path("closes").asText()).isEqualTo("2024-10-15T00:00:00Z");
    HttpResponse<String> waiting = server.get(API + "/measurements/after/scores", RESEARCHER);
    assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(409);
    assertThat(TestServer.json(waiting).path("closes").asText()).isEqualTo("2024-10-15T00:00:00Z");
    assertThat(TestServer.json(waiting).path("detail").asText()).contains("2024-10-15T00:00:00Z");
    closeWave("/measurements/before", before.size());
    closeWave("/measurements/after", after.size());

    JsonNode comparison =
        ok(server.get(API + "/measurements/before/comparison?with=after", RESEARCHER));
    JsonNode independent = comparison.path("independent");
    JsonNode paired = comparison.path("paired");
    List<String> bothWaves = new ArrayList<>(before.keySet());
    bothWaves.retainAll(after.keySet());
    double meanDifference =
        bothWaves.stream()
            .mapToDouble(k -> score(after.get(k)) - score(before.get(k)))
            .average()
            .orElseThrow();

    assertThat(bothWaves).hasSize(WAVE_2_CODES + 1);
    assertThat(paired.path("nPairs").asInt()).isEqualTo(bothWaves.size());
    assertThat(paired.path("meanDifference").asDouble()).isCloseTo(meanDifference, within(1e-9));
    assertThat(independent.path("nBefore").asInt()).isEqualTo(before.size());
    assertThat(independent.path("nAfter").asInt()).isEqualTo(after.size());
    assertThat(independent.path("meanBefore").asDouble())
        .isCloseTo(meanScore(before), within(1e-9));
    assertThat(independent.path("meanAfter").asDouble()).isCloseTo(meanScore(after), within(1e-9));
    assertThat(independent.path("difference").asDouble())
        .isCloseTo(meanScore(after) - meanScore(before), within(1e-9));
    JsonNode scores = ok(server.get(API + "/measurements/after/scores", RESEARCHER));
    assertThat(scores.path("n").asInt()).isEqualTo(after.size());
  }

  @Test
  @Order(14)
  void aResidentUsesACodeOncePerWave() {
    // A closed wave takes no answers: late answers come in after the coordinator reopens it.
    HttpResponse<String> whileClosed =
        send(
            "POST",
            "/measurements/after/responses",
            null,
            Map.of(),
            Map.of("invitationCode", codes.get(8), "answers", Map.of("SC1", 4)));
    assertThat(whileClosed.statusCode()).as(whileClosed.body()).isEqualTo(409);
    reopenWave("/measurements/after");
    reopenWave("/wish-maps/nb");
    // Code 8 answered wave 1 only; it may answer wave 2 once.
    HttpResponse<String> first =
        send(
            "POST",
            "/measurements/after/responses",
            null,
            Map.of(),
            Map.of("invitationCode", codes.get(8), "answers", Map.of("SC1", 4)));
    HttpResponse<String> second =
        send(
            "POST",
            "/measurements/after/responses",
            null,
            Map.of(),
            Map.of("invitationCode", codes.get(8), "answers", Map.of("SC1", 5)));
    HttpResponse<String> unknown =
        send(
            "POST",
            "/measurements/after/responses",
            null,
            Map.of(),
            Map.of("invitationCode", "AAAA-AAAA-AAAA", "answers", Map.of("SC1", 5)));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(unknown.statusCode()).as(unknown.body()).isIn(400, 403);
    assertThat(totalResponses("/measurements/after/responses")).isEqualTo(after.size() + 1);
  }

  @Test
  @Order(15)
  void aReplayedSubmissionReturnsTheFirstAnswerAndIsStoredOnce() {
    String path = "/measurements/after/responses";
    long stored = totalResponses(path);
    Map<String, Object> body = Map.of("invitationCode", codes.get(9), "answers", Map.of("SC1", 3));
    HttpResponse<String> first =
        send("POST", path, null, Map.of("Idempotency-Key", "resident-9-after"), body);
    HttpResponse<String> replay =
        send("POST", path, null, Map.of("Idempotency-Key", "resident-9-after"), body);
    long afterResident = totalResponses(path);
    // A paper form entered twice under one key: the second time is the first answer again.
    Map<String, Object> paper = Map.of("respondent", "paper-t20", "answers", Map.of("SC2", 4));
    HttpResponse<String> paperFirst =
        send("POST", path, COORDINATOR, Map.of("Idempotency-Key", "form-t20"), paper);
    HttpResponse<String> paperReplay =
        send("POST", path, COORDINATOR, Map.of("Idempotency-Key", "form-t20"), paper);
    // Another caller cannot replay (or read) the coordinator's submission with the same key.
    HttpResponse<String> otherCaller =
        send("POST", path, AMBASSADOR, Map.of("Idempotency-Key", "form-t20"), paper);
    // The wish map too: the coordinator's earlier form, sent again.
    long wishMapStored = totalResponses("/wish-maps/nb/responses");
    Map<String, Object> form = new LinkedHashMap<>(wishMapAnswers.get(10));
    form.put("respondent", "paper-10");
    HttpResponse<String> wishMapReplay =
        send(
            "POST",
            "/wish-maps/nb/responses",
            COORDINATOR,
            Map.of("Idempotency-Key", "wm-form-10"),
            form);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(afterResident).isEqualTo(stored + 1);
    assertThat(paperFirst.statusCode()).as(paperFirst.body()).isEqualTo(201);
    assertThat(paperReplay.body()).isEqualTo(paperFirst.body());
    assertThat(otherCaller.statusCode()).as(otherCaller.body()).isEqualTo(409);
    assertThat(totalResponses(path)).isEqualTo(stored + 2);
    assertThat(wishMapReplay.statusCode()).as(wishMapReplay.body()).isEqualTo(201);
    assertThat(totalResponses("/wish-maps/nb/responses")).isEqualTo(wishMapStored);
    // Closed again after the late batch: three answers are fewer than k, so no new state is cut
    // and researchers keep seeing the state of the first close.
    assertThat(closeAgain("/measurements/after").path("closing").path("reason").asText())
        .isEqualTo("tooFewChanges");
    assertThat(closeAgain("/wish-maps/nb").path("closing").path("cut").asBoolean()).isFalse();
  }

  @Test
  @Order(16)
  void aResearcherIsRefusedEveryRawRouteOfTheWalk() {
    String[][] raw = {
      {"GET", "/wish-maps/nb/responses"},
      {"GET", "/measurements/before/responses"},
      {"GET", "/measurements/after/responses"},
      {"GET", "/invitations"},
      {"POST", "/invitations"},
      {"POST", "/invitations/export"},
      {"GET", "/initiatives/energie-nij-beets/team"},
      {"GET", "/ambassadors?building=b1"},
      {"GET", "/ambassadors/amb-1"},
      {"GET", "/signals?building=b1"},
      {"GET", "/signals/sig-1"},
      {"GET", "/parked-topics?neighbourhood=nij-beets"},
      {"GET", "/parked-topics/meter"},
      {"GET", "/benefit-statements?building=b1"},
      {"GET", "/benefit-statements/st-1"},
    };
    for (String[] route : raw) {
      Object body =
          route[0].equals("GET")
              ? null
              : route[1].endsWith("export")
                  ? Map.of("invitationCode", codes.get(0))
                  : Map.of("count", 1);
      HttpResponse<String> refused = send(route[0], route[1], RESEARCHER, Map.of(), body);
      String what = route[0] + " " + route[1];
      assertThat(refused.statusCode()).as(what).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .as(what)
          .startsWith("application/problem+json");
      assertThat(TestServer.json(refused).path("status").asInt()).as(what).isEqualTo(403);
      assertThat(refused.body()).as(what).doesNotContain("paper-").doesNotContain("Worried");
    }
    assertThat(totalResponses("/measurements/before/responses")).isEqualTo(before.size());

    String[] aggregates = {
      "/wish-maps/nb/red-thread?segment=household",
      "/wish-maps/nb/networks",
      "/wish-maps/nb/activity-fit?neighbourhood=nij-beets",
      "/measurements/before/scores",
      "/measurements/before/comparison?with=after",
      "/activities/torch/sessions",
      "/neighbourhoods/nij-beets/coverage",
      "/neighbourhoods/nij-beets/attendance",
      "/neighbourhoods/nij-beets/result-nudge",
      "/initiatives/energie-nij-beets/team-advice",
      "/results?neighbourhood=nij-beets",
    };
    for (String aggregate : aggregates) {
      HttpResponse<String> answer = server.get(API + aggregate, RESEARCHER);
      assertThat(answer.statusCode()).as(aggregate + ": " + answer.body()).isEqualTo(200);
      assertThat(answer.body())
          .as(aggregate)
          .doesNotContain("paper-")
          .doesNotContain("a bench by the playground")
          .doesNotContain("Worried");
    }
  }

  @Test
  @Order(17)
  void anAmbassadorsOwnKeyIsConfinedToTheirBuilding() {
    created(
        "/neighbourhoods",
        COORDINATOR,
        Map.of("id", "zuiderburen", "name", "Zuiderburen", "municipality", "Leeuwarden"));
    HttpResponse<String> ownSignal =
        send("POST", "/signals", AMB_1, Map.of(), signal("sig-3", "b1", "amb-1", "Draughty"));
    HttpResponse<String> asAnother =
        send("POST", "/signals", AMB_1, Map.of(), signal("sig-4", "b2", "amb-2", "Leaks"));
    // A key that names no ambassador acts for every building.
    HttpResponse<String> forEveryBuilding =
        send("POST", "/signals", AMBASSADOR, Map.of(), signal("sig-4", "b2", "amb-2", "Leaks"));
    HttpResponse<String> ownMeeting =
        send("POST", "/meetings", AMB_1, Map.of(), meeting("m-own", "nij-beets"));
    HttpResponse<String> otherMeeting =
        send("POST", "/meetings", AMB_1, Map.of(), meeting("m-other", "zuiderburen"));
    HttpResponse<String> session =
        send(
            "POST",
            "/activities/torch/sessions",
            AMB_1,
            Map.of(),
            Map.of("date", "2024-07-22", "attendance", 12));
    HttpResponse<String> otherTopic =
        send(
            "POST",
            "/parked-topics",
            AMB_1,
            Map.of(),
            Map.of("id", "bills", "neighbourhood", "zuiderburen", "question", "Who pays?"));

    assertThat(ownSignal.statusCode()).as(ownSignal.body()).isEqualTo(201);
    assertForbidden(asAnother, "POST /signals as amb-2");
    assertThat(forEveryBuilding.statusCode()).as(forEveryBuilding.body()).isEqualTo(201);
    assertThat(ownMeeting.statusCode()).as(ownMeeting.body()).isEqualTo(201);
    assertForbidden(otherMeeting, "POST /meetings in zuiderburen");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
    assertForbidden(otherTopic, "POST /parked-topics in zuiderburen");
    assertThat(ok(server.get(API + "/signals?building=b1", AMB_1)).path("totalItems").asInt())
        .isEqualTo(2);
    assertThat(ok(server.get(API + "/signals/sig-1", AMB_1)).path("building").asText())
        .isEqualTo("b1");
    assertThat(ok(server.get(API + "/ambassadors/amb-1", AMB_1)).path("name").asText())
        .isEqualTo("Fatima");
    assertThat(
            ok(server.get(API + "/benefit-statements?building=b1", AMB_1))
                .path("totalItems")
                .asInt())
        .isEqualTo(1);
    assertThat(
            ok(server.get(API + "/parked-topics?neighbourhood=nij-beets", AMB_1))
                .path("totalItems")
                .asInt())
        .isEqualTo(1);
    for (String other :
        List.of(
            "/signals?building=b2",
            "/signals/sig-4",
            "/ambassadors?building=b2",
            "/ambassadors/amb-2",
            "/benefit-statements?building=b2",
            "/benefit-statements/st-2",
            "/parked-topics?neighbourhood=zuiderburen")) {
      assertForbidden(server.get(API + other, AMB_1), other);
      assertThat(server.get(API + other, AMBASSADOR).statusCode()).as(other).isEqualTo(200);
    }
    assertForbidden(server.get(API + "/signals?building=b1", AMB_9), "a key of no ambassador");

    // Retiring the ambassador retires their key; the coordinator still reads the building.
    HttpResponse<String> amb1 = server.get(API + "/ambassadors/amb-1", COORDINATOR);
    HttpResponse<String> retired =
        send(
            "PUT",
            "/ambassadors/amb-1/active",
            COORDINATOR,
            Map.of("If-Match", etag(amb1)),
            Map.of("active", false));
    assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    assertForbidden(server.get(API + "/signals?building=b1", AMB_1), "a retired ambassador");
    assertThat(server.get(API + "/signals?building=b1", COORDINATOR).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------
  // Synthetic data and what it should give

  /**
   * Respondent {@code i}'s wish map answer: youth matters to everyone and satisfies few; contact
   * and safety matter less and satisfy more; green is answered by three in four only.
   */
  private static Map<String, Object> wishMapAnswer(int i) {
    Map<String, Object> importance = new LinkedHashMap<>();
    Map<String, Object> satisfaction = new LinkedHashMap<>();
    importance.put("youth", 4 + i % 2);
    satisfaction.put("youth", 1 + i % 3 / 2);
    importance.put("contact", 3 + i % 3);
    satisfaction.put("contact", 3);
    importance.put("safety", 3);
    satisfaction.put("safety", 2 + i % 2);
    if (i % 4 != 3) {
      importance.put("green", 2 + i % 2);
      satisfaction.put("green", 4);
    }
    boolean youngParents = i % 2 == 0;
    List<String> networks = new ArrayList<>();
    if (youngParents) {
      networks.add("play-week");
    }
    if (i % 3 == 0) {
      networks.add("football-club");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("importance", importance);
    answer.put("satisfaction", satisfaction);
    answer.put("topChoices", i % 5 == 4 ? List.of("contact", "youth") : List.of("youth", "safety"));
    answer.put("segments", Map.of("household", youngParents ? "young_parents" : "other"));
    answer.put("networks", networks);
    answer.put("willingness", 1 + i % 5);
    answer.put("wishes", List.of(i % 2 == 0 ? "a bench by the playground" : "more street lights"));
    return answer;
  }

  private record Expected(int n, double importanceMean, double urgency, double borda) {}

  /**
   * Per value the figures docs/scoring.md#53-red-thread defines, computed here from the answers
   * submitted.
   */
  private Map<String, Expected> expectedRedThread() {
    Map<String, Expected> expected = new LinkedHashMap<>();
    for (String code : VALUES) {
      int n = 0;
      double importance = 0;
      double borda = 0;
      for (Map<String, Object> answer : wishMapAnswers) {
        Object i = importanceOf(answer).get(code);
        if (i != null) {
          n++;
          importance += ((Number) i).doubleValue();
        }
        List<?> top = (List<?>) answer.get("topChoices");
        int position = top.indexOf(code);
        if (position >= 0) {
          borda += 2 - position;
        }
      }
      expected.put(code, new Expected(n, importance / n, urgency(code, null), borda));
    }
    return expected;
  }

  /**
   * docs/scoring.md#53-red-thread urgency of {@code code} over everyone, or one household segment.
   */
  private double urgency(String code, String household) {
    double sum = 0;
    int n = 0;
    for (Map<String, Object> answer : inSegment(household)) {
      Object i = importanceOf(answer).get(code);
      Object s = ((Map<?, ?>) answer.get("satisfaction")).get(code);
      if (i != null && s != null) {
        sum += (((Number) i).doubleValue() - 1) / 4 * ((5 - ((Number) s).doubleValue()) / 4);
        n++;
      }
    }
    return sum / n;
  }

  /** The share of everyone, or of one household segment, taking part in {@code network}. */
  private double share(String network, String household) {
    List<Map<String, Object>> group = inSegment(household);
    return group.stream().filter(a -> ((List<?>) a.get("networks")).contains(network)).count()
        / (double) group.size();
  }

  private List<Map<String, Object>> inSegment(String household) {
    return wishMapAnswers.stream()
        .filter(
            a ->
                household == null
                    || household.equals(((Map<?, ?>) a.get("segments")).get("household")))
        .toList();
  }

  private long countAnswers(java.util.function.Predicate<Map<String, Object>> which) {
    return wishMapAnswers.stream().filter(which).count();
  }

  private static Map<?, ?> importanceOf(Map<String, Object> answer) {
    return (Map<?, ?>) answer.get("importance");
  }

  /** A person score (docs/scoring.md#51-scales): the mean of SC1, SC2 and SC3 reversed on 1-5. */
  private static double score(double[] answers) {
    return (answers[0] + answers[1] + (1 + 5 - answers[2])) / 3;
  }

  private static double meanScore(Map<String, double[]> wave) {
    return wave.values().stream().mapToDouble(CoordinatorWalk::score).average().orElseThrow();
  }

  /**
   * Submits one trust answer, by a resident's code or a paper form's pseudonym, and keeps it under
   * the household it belongs to (the code stands for its household here).
   */
  private void answerTrust(
      String measurement,
      String code,
      String respondent,
      int[] answers,
      Map<String, double[]> wave) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (code != null) {
      body.put("invitationCode", code);
    } else {
      body.put("respondent", respondent);
    }
    body.put("answers", Map.of("SC1", answers[0], "SC2", answers[1], "SC3", answers[2]));
    HttpResponse<String> response =
        send(
            "POST",
            "/measurements/" + measurement + "/responses",
            code == null ? COORDINATOR : null,
            Map.of(),
            body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    wave.put(code != null ? code : respondent, new double[] {answers[0], answers[1], answers[2]});
  }

  private static Map<String, Object> activity(
      String id,
      String name,
      List<Map<String, Object>> targets,
      List<Map<String, Object>> segments,
      List<String> partners,
      boolean sustainable) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("neighbourhood", "nij-beets");
    body.put("wishMap", "nb");
    body.put("name", name);
    body.put("description", name + ", with the neighbourhood");
    body.put("targets", targets);
    body.put("segments", segments);
    body.put("partners", partners);
    if (sustainable) {
      body.put("sustainabilityLink", "Energy made visible");
    }
    body.put("benefit", "A day out");
    return body;
  }

  private static Map<String, Object> signal(
      String id, String building, String ambassador, String text) {
    return Map.of(
        "id", id,
        "building", building,
        "recordedBy", ambassador,
        "date", "2024-03-02",
        "text", text,
        "theme", "costs");
  }

  private static Map<String, Object> meeting(String id, String neighbourhood) {
    return Map.of(
        "id",
        id,
        "neighbourhood",
        neighbourhood,
        "kind",
        "workshop",
        "title",
        "Door to door",
        "date",
        "2024-08-01",
        "attendance",
        9);
  }

  private static int countRole(List<Map<String, Object>> members, String role) {
    return (int) members.stream().filter(m -> ((List<?>) m.get("roles")).contains(role)).count();
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  HttpResponse<String> send(
      String method, String path, String key, Map<String, String> headers, Object body) {
    HttpRequest.Builder request =
        server
            .request(API + path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    headers.forEach(request::header);
    return server.send(request.build());
  }

  private JsonNode closeAgain(String wave) {
    String path = wave + "/status";
    HttpResponse<String> open = server.get(API + path, COORDINATOR);
    return ok(
        send("PUT", path, COORDINATOR, Map.of("If-Match", etag(open)), Map.of("status", "closed")));
  }

  /** The coordinator reopens a closed wave under If-Match, for a late batch of answers. */
  private void reopenWave(String wave) {
    String path = wave + "/status";
    HttpResponse<String> closed = server.get(API + path, COORDINATOR);
    HttpResponse<String> reopened =
        send("PUT", path, COORDINATOR, Map.of("If-Match", etag(closed)), Map.of("status", "open"));
    assertThat(ok(reopened).path("status").asText()).isEqualTo("open");
  }

  /**
   * The coordinator closes a wave under If-Match, which cuts its first release state; a researcher
   * sees the state without its count.
   */
  private void closeWave(String wave, int respondents) {
    String path = wave + "/status";
    HttpResponse<String> open = server.get(API + path, RESEARCHER);
    assertThat(ok(open).path("status").asText()).isEqualTo("open");
    Map<String, String> close = Map.of("status", "closed");
    assertThat(send("PUT", path, COORDINATOR, Map.of(), close).statusCode()).isEqualTo(428);
    assertThat(send("PUT", path, COORDINATOR, Map.of("If-Match", "\"99\""), close).statusCode())
        .isEqualTo(412);
    assertForbidden(
        send("PUT", path, RESEARCHER, Map.of("If-Match", etag(open)), close), "a researcher");

    HttpResponse<String> closed =
        send("PUT", path, COORDINATOR, Map.of("If-Match", etag(open)), close);

    JsonNode status = ok(closed);
    assertThat(etag(closed)).isNotEqualTo(etag(open));
    assertThat(status.path("status").asText()).isEqualTo("closed");
    assertThat(status.path("closing").path("cut").asBoolean()).isTrue();
    JsonNode state = status.path("states").get(status.path("states").size() - 1);
    assertThat(state.path("n").asInt()).isEqualTo(respondents);
    JsonNode seen = ok(server.get(API + path, RESEARCHER)).path("states");
    assertThat(seen).hasSize(status.path("states").size());
    assertThat(seen.get(0).has("n")).isFalse();
  }

  private HttpResponse<String> created(String path, String key, Object body) {
    HttpResponse<String> response = send("POST", path, key, Map.of(), body);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    return response;
  }

  private long totalResponses(String path) {
    return ok(server.get(API + path + "?page=1&pageSize=1", COORDINATOR))
        .path("totalItems")
        .asLong();
  }

  private static void assertForbidden(HttpResponse<String> response, String what) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    return TestServer.json(response);
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static JsonNode byField(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (node.path(field).asText().equals(value)) {
        return node;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
