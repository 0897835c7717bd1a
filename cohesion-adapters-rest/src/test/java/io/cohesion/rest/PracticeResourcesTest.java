package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The KetelhuisWG practice over real HTTP: households moving through the phases and the funnel
 * released from them, signals followed up and tallied by theme, and market consultations kept.
 */
class PracticeResourcesTest {
  private static final String FENNA = "ambassador-fenna-key-0123456789";

  /** A clock the test moves on, so that months end while the server runs. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock(Instant.parse("2024-01-15T10:00:00Z"));
  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    ApiConfig config =
        ApiConfig.defaults(
            ApiKeys.ofGrants(
                Map.of(
                    COORDINATOR, ApiKeys.Grant.of(Role.COORDINATOR),
                    AMBASSADOR, ApiKeys.Grant.of(Role.AMBASSADOR),
                    RESEARCHER, ApiKeys.Grant.of(Role.RESEARCHER),
                    FENNA, ApiKeys.Grant.ambassador(new AmbassadorId("fenna")))));
    server = TestServer.start(FullApi.builder(stores, config, clock));
    created("/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    created(
        "/api/v1/buildings",
        "{\"id\":\"tower\",\"neighbourhood\":\"nij-beets\",\"name\":\"Tower\","
            + "\"households\":96,\"stakeholder\":\"tenants\"}");
    created(
        "/api/v1/buildings",
        "{\"id\":\"house\",\"neighbourhood\":\"nij-beets\",\"name\":\"House\","
            + "\"households\":1,\"stakeholder\":\"ownerOccupiers\"}");
    created("/api/v1/ambassadors", "{\"id\":\"fenna\",\"building\":\"house\",\"name\":\"Fenna\"}");
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

  private HttpResponse<String> move(
      String key, String household, String building, String to, String date, String reason) {
    return server.postJson(
        "/api/v1/household-phases/" + household + "/moves",
        key,
        "{\"building\":\""
            + building
            + "\",\"to\":\""
            + to
            + "\",\"date\":\""
            + date
            + "\",\"reason\":\""
            + reason
            + "\"}");
  }

  private HttpResponse<String> send(
      String method, String path, String key, String ifMatch, String json) {
    HttpRequest.Builder request =
        server
            .request(path)
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return server.send(request.build());
  }

  private static List<Integer> counts(JsonNode cell) {
    List<Integer> counts = new ArrayList<>();
    cell.path("phases")
        .forEach(
            p -> counts.add(p.path("suppressed").asBoolean() ? -1 : p.path("households").asInt()));
    return counts;
  }

  @Test
  void householdsMoveForwardAndOnlyACoordinatorMovesOneBack() {
    HttpResponse<String> first =
        move(COORDINATOR, "kh-0001", "tower", "curious", "2024-01-10", "meetingAttended");
    HttpResponse<String> second =
        move(COORDINATOR, "kh-0001", "tower", "informed", "2024-01-12", "questionAnswered");
    HttpResponse<String> back =
        move(COORDINATOR, "kh-0001", "tower", "curious", "2024-01-13", "meetingAttended");
    HttpResponse<String> ambassadorBack =
        move(AMBASSADOR, "kh-0001", "tower", "curious", "2024-01-13", "coordinator");
    HttpResponse<String> corrected =
        move(COORDINATOR, "kh-0001", "tower", "curious", "2024-01-13", "coordinator");
    HttpResponse<String> notHers =
        move(FENNA, "kh-0002", "tower", "curious", "2024-01-13", "signUp");
    HttpResponse<String> hers =
        move(FENNA, "kh-0003", "house", "participating", "2024-01-13", "signUp");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(back.statusCode()).isEqualTo(400);
    assertThat(back.body()).contains("only a coordinator moves a household back");
    assertThat(ambassadorBack.statusCode()).isEqualTo(403);
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(notHers.statusCode()).isEqualTo(403);
    assertThat(hers.statusCode()).as(hers.body()).isEqualTo(201);
    JsonNode household =
        TestServer.json(server.get("/api/v1/household-phases/kh-0001", AMBASSADOR));
    assertThat(household.path("phase").asText()).isEqualTo("curious");
    assertThat(household.path("moves").findValuesAsText("reason"))
        .containsExactly("meetingAttended", "questionAnswered", "coordinator");
    assertThat(household.path("moves").get(0).has("from")).isFalse();
    assertThat(server.get("/api/v1/household-phases/kh-0001", FENNA).statusCode()).isEqualTo(403);
    assertThat(server.get("/api/v1/household-phases/kh-0001", RESEARCHER).statusCode())
        .isEqualTo(403);
    assertThat(
            TestServer.json(server.get("/api/v1/household-phases?building=house", FENNA))
                .path("items")
                .findValuesAsText("household"))
        .containsExactly("kh-0003");
  }

  @Test
  void theFunnelIsLiveForACoordinatorAndReleasedByClosedMonthToOthers() {
    for (int h = 1; h <= 6; h++) {
      move(COORDINATOR, "t-" + h, "tower", "curious", "2024-01-10", "meetingAttended");
    }
    move(COORDINATOR, "t-1", "tower", "informed", "2024-01-12", "questionAnswered");
    JsonNode before =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel", RESEARCHER));
    clock.now = Instant.parse("2024-02-03T10:00:00Z");

    JsonNode live =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel", COORDINATOR));
    JsonNode released =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel", RESEARCHER));
    JsonNode history =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel-history", AMBASSADOR));
    HttpResponse<String> tooSmall =
        server.get("/api/v1/neighbourhoods/nij-beets/funnel?kMin=2", RESEARCHER);
    HttpResponse<String> notAMonthEnd =
        server.get("/api/v1/neighbourhoods/nij-beets/funnel?date=2024-01-15", RESEARCHER);

    assertThat(before.path("date").asText()).isEqualTo("2023-12-31");
    assertThat(counts(before.path("whole"))).containsExactly(0, 0, 0, 0);
    assertThat(live.path("live").asBoolean()).isTrue();
    assertThat(live.path("date").asText()).isEqualTo("2024-02-03");
    assertThat(counts(live.path("whole"))).containsExactly(6, 1, 0, 0);
    assertThat(released.path("live").asBoolean()).isFalse();
    assertThat(released.path("date").asText()).isEqualTo("2024-01-31");
    // One informed household would be singled out: its count is suppressed, in the whole and in
    // the tower.
    assertThat(counts(released.path("whole"))).containsExactly(6, -1, 0, 0);
    assertThat(released.path("buildings").findValuesAsText("key"))
        .containsExactly("house", "tower");
    assertThat(counts(released.path("buildings").get(1))).containsExactly(6, -1, 0, 0);
    assertThat(released.path("whole").path("phases").get(1).has("households")).isFalse();
    assertThat(history.path("snapshots")).hasSize(1);
    assertThat(tooSmall.statusCode()).isEqualTo(400);
    assertThat(notAMonthEnd.statusCode()).isEqualTo(400);
  }

  @Test
  void signalsHaveADeclaredThemeAFollowUpAndATallyByTheme() {
    HttpResponse<String> unknownTheme =
        server.postJson(
            "/api/v1/signals",
            FENNA,
            "{\"id\":\"s0\",\"building\":\"house\",\"recordedBy\":\"fenna\","
                + "\"date\":\"2024-01-10\",\"text\":\"Noise\",\"theme\":\"noise\"}");
    JsonNode heard =
        TestServer.json(
            server.postJson(
                "/api/v1/signals",
                FENNA,
                "{\"id\":\"s1\",\"building\":\"house\",\"recordedBy\":\"fenna\","
                    + "\"date\":\"2024-01-10\",\"text\":\"Costs?\",\"theme\":\"costs\"}"));
    clock.now = Instant.parse("2024-01-20T10:00:00Z");
    HttpResponse<String> withoutVersion =
        send("PUT", "/api/v1/signals/s1/follow-up", FENNA, null, "{\"status\":\"inProgress\"}");
    HttpResponse<String> picked =
        send("PUT", "/api/v1/signals/s1/follow-up", FENNA, "\"1\"", "{\"status\":\"inProgress\"}");
    HttpResponse<String> stale =
        send("PUT", "/api/v1/signals/s1/follow-up", COORDINATOR, "\"1\"", "{\"status\":\"done\"}");
    HttpResponse<String> done =
        send("PUT", "/api/v1/signals/s1/follow-up", COORDINATOR, "\"2\"", "{\"status\":\"done\"}");
    JsonNode liveTally =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/signal-themes", COORDINATOR));
    JsonNode releasedTally =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/signal-themes", RESEARCHER));

    assertThat(unknownTheme.statusCode()).isEqualTo(400);
    assertThat(unknownTheme.body()).contains("theme");
    assertThat(heard.path("followUp").path("status").asText()).isEqualTo("open");
    assertThat(heard.path("recorded").asText()).isEqualTo("2024-01-15");
    assertThat(withoutVersion.statusCode()).isEqualTo(428);
    assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
    assertThat(TestServer.json(picked).path("followUp").path("by").asText()).isEqualTo("fenna");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(TestServer.json(done).path("followUp").toString())
        .isEqualTo("{\"status\":\"done\",\"by\":\"coordinator\",\"on\":\"2024-01-20\"}");
    assertThat(liveTally.path("total").asInt()).isEqualTo(1);
    assertThat(liveTally.path("themes").get(0).path("signals").asInt()).isEqualTo(1);
    assertThat(liveTally.path("themes").get(0).path("label").path("nl").asText())
        .isEqualTo("kosten");
    // Released at the end of last month: nothing was recorded by then.
    assertThat(releasedTally.path("live").asBoolean()).isFalse();
    assertThat(releasedTally.path("date").asText()).isEqualTo("2023-12-31");
    assertThat(releasedTally.path("total").asInt()).isZero();
    assertThat(releasedTally.toString()).doesNotContain("Costs?");
  }

  @Test
  void coverageCountsHouseholdsAsWellAsBuildings() {
    JsonNode coverage =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/coverage", RESEARCHER));

    assertThat(coverage.path("ratio").asDouble()).isEqualTo(0.5);
    assertThat(coverage.path("households").asInt()).isEqualTo(97);
    assertThat(coverage.path("uncoveredHouseholds").asInt()).isEqualTo(96);
    assertThat(coverage.path("householdRatio").asDouble()).isEqualTo(1.0 / 97);
  }

  @Test
  void aResidentsExportAndErasureReachTheirHouseholdsPhaseStatementsAndVotes() {
    String code =
        TestServer.json(server.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}"))
            .path("codes")
            .get(0)
            .asText();
    String body = "{\"invitationCode\":\"" + code + "\"}";
    String me =
        TestServer.json(server.postJson("/api/v1/invitations/export", null, body))
            .path("respondent")
            .asText();
    assertThat(
            move(COORDINATOR, me, "tower", "curious", "2024-01-10", "meetingAttended").statusCode())
        .isEqualTo(201);
    for (int h = 0; h < 5; h++) {
      move(COORDINATOR, "kh-" + h, "tower", "curious", "2024-01-10", "meetingAttended");
    }
    created(
        "/api/v1/benefit-statements",
        "{\"id\":\"st-mine\",\"building\":\"tower\",\"household\":\""
            + me
            + "\",\"investment\":4500,\"monthlyCostBefore\":150,\"monthlyCostAfter\":100}");
    created(
        "/api/v1/initiatives",
        "{\"id\":\"kh\",\"name\":\"KetelhuisWG\",\"neighbourhoods\":[\"nij-beets\"]}");
    created(
        "/api/v1/initiatives/kh/market-consultation",
        "{\"id\":\"pitch-2024\",\"partners\":1,\"options\":[{\"id\":\"warmte\","
            + "\"company\":\"Warmte BV\",\"offer\":\"Heat\",\"assessments\":[]}],"
            + "\"votes\":[{\"voter\":\""
            + me
            + "\",\"options\":[\"warmte\"]},{\"voter\":\"kh-0\",\"options\":[\"warmte\"]}]}");
    clock.now = Instant.parse("2024-02-05T10:00:00Z");
    JsonNode released =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel-history", RESEARCHER));

    JsonNode export = TestServer.json(server.postJson("/api/v1/invitations/export", null, body));
    HttpResponse<String> erasure = server.postJson("/api/v1/invitations/erasure", null, body);
    JsonNode after = TestServer.json(server.postJson("/api/v1/invitations/export", null, body));

    assertThat(export.path("householdPhase").path("household").asText()).isEqualTo(me);
    assertThat(export.path("householdPhase").path("phase").asText()).isEqualTo("curious");
    assertThat(export.path("benefitStatements").findValuesAsText("id")).containsExactly("st-mine");
    assertThat(export.path("votes").get(0).path("consultation").asText()).isEqualTo("pitch-2024");
    assertThat(export.path("votes").get(0).path("initiative").asText()).isEqualTo("kh");
    assertThat(export.path("votes").get(0).path("options").get(0).asText()).isEqualTo("warmte");
    assertThat(erasure.statusCode()).isEqualTo(200);
    JsonNode erased = TestServer.json(erasure);
    assertThat(erased.path("wishMapResponses").asInt()).isZero();
    assertThat(erased.path("measurementResponses").asInt()).isZero();
    assertThat(erased.path("householdPhases").asInt()).isEqualTo(1);
    assertThat(erased.path("benefitStatements").asInt()).isEqualTo(1);
    assertThat(erased.path("votes").asInt()).isEqualTo(1);
    assertThat(after.has("householdPhase")).isFalse();
    assertThat(after.path("benefitStatements")).isEmpty();
    assertThat(after.path("votes")).isEmpty();
    assertThat(server.get("/api/v1/household-phases/" + me, COORDINATOR).statusCode())
        .isEqualTo(404);
    assertThat(server.get("/api/v1/benefit-statements/st-mine", COORDINATOR).statusCode())
        .isEqualTo(404);
    JsonNode consultation =
        TestServer.json(
            server.get("/api/v1/initiatives/kh/market-consultations/pitch-2024", COORDINATOR));
    assertThat(consultation.path("votes").findValuesAsText("voter"))
        .hasSize(2)
        .doesNotContain(me)
        .anyMatch(voter -> voter.startsWith("erased-"));
    // January was released before the erasure and reads as it did; the coordinator's live count
    // no longer has the household.
    assertThat(
            TestServer.json(
                server.get("/api/v1/neighbourhoods/nij-beets/funnel-history", RESEARCHER)))
        .isEqualTo(released);
    JsonNode live =
        TestServer.json(server.get("/api/v1/neighbourhoods/nij-beets/funnel", COORDINATOR));
    assertThat(counts(live.path("whole")).get(0)).isEqualTo(5);
  }

  @Test
  void aMarketConsultationIsKeptAndReadBackByTheCoordinatorOnly() {
    created(
        "/api/v1/initiatives",
        "{\"id\":\"kh\",\"name\":\"KetelhuisWG\",\"neighbourhoods\":[\"nij-beets\"]}");
    String consultation =
        "{\"id\":\"pitch-2024\",\"partners\":1,\"options\":[{\"id\":\"warmte\","
            + "\"company\":\"Warmte BV\",\"offer\":\"Heat\",\"assessments\":["
            + "{\"principle\":\"local\",\"verdict\":\"fails\",\"reason\":\"far away\"}]}],"
            + "\"votes\":[{\"voter\":\"kh-0001\",\"options\":[\"warmte\"]}]}";

    JsonNode outcome = created("/api/v1/initiatives/kh/market-consultation", consultation);
    HttpResponse<String> again =
        server.postJson("/api/v1/initiatives/kh/market-consultation", COORDINATOR, consultation);
    JsonNode kept =
        TestServer.json(
            server.get("/api/v1/initiatives/kh/market-consultations/pitch-2024", COORDINATOR));
    JsonNode page =
        TestServer.json(server.get("/api/v1/initiatives/kh/market-consultations", COORDINATOR));

    assertThat(outcome.path("id").asText()).isEqualTo("pitch-2024");
    assertThat(outcome.path("held").asText()).isEqualTo("2024-01-15");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(kept.path("options").get(0).path("assessments").get(0).path("verdict").asText())
        .isEqualTo("fails");
    assertThat(kept.path("votes").get(0).path("voter").asText()).isEqualTo("kh-0001");
    assertThat(kept.path("principles").findValuesAsText("code")).contains("local");
    assertThat(kept.path("outcome").path("notEligible").get(0).path("option").asText())
        .isEqualTo("warmte");
    assertThat(page.path("items")).hasSize(1);
    assertThat(server.get("/api/v1/initiatives/kh/market-consultations", RESEARCHER).statusCode())
        .isEqualTo(403);
    assertThat(
            server
                .get("/api/v1/initiatives/other/market-consultations/pitch-2024", COORDINATOR)
                .statusCode())
        .isEqualTo(404);
  }
}
