package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batches for buildings, their letters, and how many of their codes answered a wave: exact for a
 * coordinator, under the disclosure rules for ambassadors.
 */
class InvitationTrackingTest {
  private static final String AMBASSADOR_OF_A = "ambassador-of-block-a-0123456789";
  private static final String AMBASSADOR_OF_ALL = "ambassador-of-every-building-0123";
  private static final String LETTERS_BASE = "https://wijk.example.org/buurt";

  private InMemoryStores stores;
  private TestServer server;

  @BeforeEach
  void start() {
    stores = new InMemoryStores();
    ApiKeys keys =
        ApiKeys.ofGrants(
            Map.of(
                COORDINATOR,
                new ApiKeys.Grant(Role.COORDINATOR, Optional.empty()),
                RESEARCHER,
                new ApiKeys.Grant(Role.RESEARCHER, Optional.empty()),
                AMBASSADOR_OF_A,
                new ApiKeys.Grant(Role.AMBASSADOR, Optional.of(new AmbassadorId("anna"))),
                AMBASSADOR_OF_ALL,
                new ApiKeys.Grant(Role.AMBASSADOR, Optional.empty())));
    server = TestServer.start(FullApi.builder(stores, ApiConfig.defaults(keys)));
    created("/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    for (String building : List.of("block-a", "block-b")) {
      created(
          "/api/v1/buildings",
          "{\"id\":\""
              + building
              + "\",\"neighbourhood\":\"nij-beets\",\"name\":\"Block "
              + building
              + "\",\"households\":12,\"stakeholder\":\"ownerAssociation\"}");
    }
    created("/api/v1/ambassadors", "{\"id\":\"anna\",\"building\":\"block-a\",\"name\":\"Anna\"}");
    created("/api/v1/wish-maps", ResourcesTest.WISH_MAP);
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

  private List<String> issue(int count, String building) {
    JsonNode batch =
        created(
            "/api/v1/invitations", "{\"count\":" + count + ",\"building\":\"" + building + "\"}");
    List<String> codes = new ArrayList<>();
    batch.path("codes").forEach(c -> codes.add(c.asText()));
    return codes;
  }

  private void answer(String code) {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/wish-maps/nb/responses",
            null,
            "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":4}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private HttpResponse<String> letters(String json) {
    return server.send(
        server
            .request("/api/v1/invitations")
            .header("Authorization", "Bearer " + COORDINATOR)
            .header("Content-Type", "application/json")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  private JsonNode get(String path, String key, int status) {
    HttpResponse<String> response = server.get(path, key);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    return TestServer.json(response);
  }

  @Test
  void aBatchNamesItsBuildingAndIsNeverCached() {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/invitations",
            COORDINATOR,
            "{\"count\":3,\"label\":\"Block A\",\"building\":\"block-a\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    JsonNode body = TestServer.json(response);
    assertThat(body.path("batch").asText()).startsWith("batch-");
    assertThat(body.path("building").asText()).isEqualTo("block-a");
    assertThat(body.path("codes")).hasSize(3);
    JsonNode listed = get("/api/v1/invitations", COORDINATOR, 200);
    assertThat(listed.path("items"))
        .allSatisfy(
            i -> {
              assertThat(i.path("batch").asText()).isEqualTo(body.path("batch").asText());
              assertThat(i.path("building").asText()).isEqualTo("block-a");
            });
    assertThat(listed.toString())
        .doesNotContain(body.path("codes").get(0).asText().replace("-", ""));
  }

  @Test
  void aBatchForABuildingThatIsNotRegisteredIsRefused() {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/invitations", COORDINATOR, "{\"count\":3,\"building\":\"nowhere\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).path("errors").get(0).path("field").asText())
        .isEqualTo("building");
    assertThat(get("/api/v1/invitations", COORDINATOR, 200).path("items")).isEmpty();
  }

  @Test
  void theLettersHoldEachCodeItsLinkAndAQrCodeUnderAStrictPolicy() {
    HttpResponse<String> response =
        letters("{\"count\":4,\"label\":\"Blok <A> & co\",\"language\":\"en\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("default-src 'none'")
        .contains("style-src 'sha256-")
        .doesNotContain("script");
    String html = response.body();
    assertThat(html).contains("<html lang=\"en\"").doesNotContain("<script");
    assertThat(html).contains("Blok &lt;A&gt; &amp; co").doesNotContain("<A>");
    // the codes are nowhere but in this answer: read them from the stored hashes' batch
    JsonNode listed = get("/api/v1/invitations", COORDINATOR, 200);
    assertThat(listed.path("items")).hasSize(4);
    String base = "http://127.0.0.1:" + server.api().port();
    List<String> codes = codesIn(html);
    assertThat(codes).hasSize(4).doesNotHaveDuplicates();
    for (String code : codes) {
      assertThat(html).contains(base + "/form/" + code.replace("-", ""));
    }
    assertThat(html.split("<svg class=\"qr\"", -1)).hasSize(5);
    assertThat(html.split("<article class=\"letter\"", -1)).hasSize(5);
    // each code works: a resident answers with it
    answer(codes.get(0));
  }

  @Test
  void theLettersAreInDutchByDefaultAndLinkToTheConfiguredSite() {
    server.close();
    server =
        TestServer.start(
            FullApi.builder(
                stores,
                ApiConfig.defaults(TestServer.KEYS)
                    .withPublicBaseUrl(URI.create(LETTERS_BASE + "/"))));

    HttpResponse<String> response = letters("{\"count\":2}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("<html lang=\"nl\"").contains("Uw persoonlijke code");
    for (String code : codesIn(response.body())) {
      assertThat(response.body()).contains(LETTERS_BASE + "/form/" + code.replace("-", ""));
    }
  }

  @Test
  void aLanguageOtherThanDutchOrEnglishIsRefused() {
    HttpResponse<String> response = letters("{\"count\":2,\"language\":\"fy\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("language");
    assertThat(get("/api/v1/invitations", COORDINATOR, 200).path("items")).isEmpty();
  }

  private static List<String> codesIn(String html) {
    List<String> codes = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<p class=\"code\">([A-Z0-9-]+)</p>").matcher(html);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void aCoordinatorSeesExactLiveCountsPerBatchAndBuilding() {
    List<String> a = issue(12, "block-a");
    List<String> b = issue(10, "block-b");
    for (int i = 0; i < 6; i++) {
      answer(a.get(i));
    }
    answer(b.get(0));
    answer(b.get(1));

    JsonNode buildings = get("/api/v1/wish-maps/nb/invitation-use", COORDINATOR, 200);
    assertThat(buildings.path("wave").asText()).isEqualTo("nb");
    assertThat(buildings.path("buildings")).hasSize(2);
    JsonNode first = buildings.path("buildings").get(0);
    assertThat(first.path("building").asText()).isEqualTo("block-a");
    assertThat(first.path("issued").asInt()).isEqualTo(12);
    assertThat(first.path("used").asInt()).isEqualTo(6);
    assertThat(first.path("unused").asInt()).isEqualTo(6);
    assertThat(first.path("responseRate").asDouble()).isEqualTo(0.5);
    JsonNode second = buildings.path("buildings").get(1);
    assertThat(second.path("used").asInt()).isEqualTo(2);
    assertThat(second.path("suppressed").asBoolean()).isFalse();

    JsonNode batches = get("/api/v1/wish-maps/nb/invitation-use/batches", COORDINATOR, 200);
    assertThat(batches.path("batches")).hasSize(2);
    assertThat(batches.path("batches"))
        .extracting(n -> n.path("building").asText() + ":" + n.path("used").asInt())
        .containsExactlyInAnyOrder("block-a:6", "block-b:2");
    // a measurement without answers: every code unused
    JsonNode none = get("/api/v1/wish-maps/nb/invitation-reminders?below=0.1", COORDINATOR, 200);
    assertThat(none.path("below").asDouble()).isEqualTo(0.1);
    assertThat(none.path("buildings")).isEmpty();
  }

  @Test
  void anAmbassadorSeesTheirBuildingOnlyAndNothingOfAFewWhoAnswered() {
    List<String> a = issue(12, "block-a");
    List<String> b = issue(10, "block-b");
    for (int i = 0; i < 6; i++) {
      answer(a.get(i));
    }
    answer(b.get(0));
    answer(b.get(1));

    JsonNode own = get("/api/v1/wish-maps/nb/invitation-use", AMBASSADOR_OF_A, 200);
    assertThat(own.path("buildings")).hasSize(1);
    assertThat(own.path("buildings").get(0).path("building").asText()).isEqualTo("block-a");
    assertThat(own.path("buildings").get(0).path("used").asInt()).isEqualTo(6);

    JsonNode all = get("/api/v1/wish-maps/nb/invitation-use", AMBASSADOR_OF_ALL, 200);
    JsonNode hidden = all.path("buildings").get(1);
    assertThat(hidden.path("building").asText()).isEqualTo("block-b");
    assertThat(hidden.path("suppressed").asBoolean()).isTrue();
    assertThat(hidden.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("building", "suppressed");

    // a larger kMin hides block A too; a smaller one is refused
    JsonNode stricter = get("/api/v1/wish-maps/nb/invitation-use?kMin=7", AMBASSADOR_OF_ALL, 200);
    assertThat(stricter.path("buildings"))
        .allSatisfy(u -> assertThat(u.path("suppressed").asBoolean()).isTrue());
    get("/api/v1/wish-maps/nb/invitation-use?kMin=2", AMBASSADOR_OF_ALL, 400);

    // batches are for coordinators; researchers see nothing of invitations
    get("/api/v1/wish-maps/nb/invitation-use/batches", AMBASSADOR_OF_ALL, 403);
    get("/api/v1/wish-maps/nb/invitation-use", RESEARCHER, 403);
  }

  @Test
  void remindersListBuildingsBelowTheRateAndEverySuppressedOne() {
    List<String> a = issue(12, "block-a");
    issue(10, "block-b");
    for (int i = 0; i < 6; i++) {
      answer(a.get(i));
    }

    JsonNode low =
        get("/api/v1/wish-maps/nb/invitation-reminders?below=0.3", AMBASSADOR_OF_ALL, 200);
    assertThat(low.path("buildings"))
        .extracting(u -> u.path("building").asText())
        .containsExactly("block-b");
    JsonNode high =
        get("/api/v1/wish-maps/nb/invitation-reminders?below=0.6", AMBASSADOR_OF_ALL, 200);
    assertThat(high.path("buildings"))
        .extracting(u -> u.path("building").asText())
        .containsExactly("block-a", "block-b");
    JsonNode own = get("/api/v1/wish-maps/nb/invitation-reminders?below=0.6", AMBASSADOR_OF_A, 200);
    assertThat(own.path("buildings"))
        .extracting(u -> u.path("building").asText())
        .containsExactly("block-a");

    get("/api/v1/wish-maps/nb/invitation-reminders", AMBASSADOR_OF_ALL, 400);
    get("/api/v1/wish-maps/nb/invitation-reminders?below=0", AMBASSADOR_OF_ALL, 400);
    get("/api/v1/wish-maps/nb/invitation-reminders?below=lots", AMBASSADOR_OF_ALL, 400);
    get("/api/v1/wish-maps/nowhere/invitation-use", COORDINATOR, 404);
    get("/api/v1/measurements/nowhere/invitation-reminders?below=0.5", COORDINATOR, 404);
  }
}
