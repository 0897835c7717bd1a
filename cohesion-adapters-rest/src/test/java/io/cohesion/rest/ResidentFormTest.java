package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The resident's form and the paper forms over real HTTP, as a browser without scripts uses them.
 */
class ResidentFormTest {
  private static final String MAP = "buurtwensen";
  private static final String WISH_MAP =
      """
      {"id": "buurtwensen",
       "values": [
         {"code": "contact", "label": {"nl": "Contact tussen buren", "en": "Contact between neighbours"}},
         {"code": "green", "label": {"nl": "Groen & natuur", "en": "Greenery <script>alert(1)</script>"}},
         {"code": "safety", "label": {"nl": "Veiligheid", "en": "Safety"}}
       ],
       "importanceScale": {"min": 1, "max": 5},
       "satisfactionScale": {"min": 1, "max": 5},
       "topChoices": 2,
       "segments": [
         {"column": "household", "label": {"nl": "Huishouden", "en": "Household"},
          "values": [
            {"code": "young_parents", "label": {"nl": "Jonge ouders", "en": "Young parents"}},
            {"code": "other", "label": {"nl": "Anders", "en": "Other"}}]}],
       "mobilisation": {"networks": ["speelweek", "voetbalclub"]}}
      """;
  private static final Pattern TOKEN =
      Pattern.compile(
          "<form method=\"post\"[^>]*action=\"([^\"]+)\"[^>]*>"
              + "<input type=\"hidden\" name=\"token\" value=\"([0-9a-f]+)\">"
              + "<input type=\"hidden\" name=\"proof\" value=\"([0-9a-f]+)\">");

  private TestServer server;
  private HttpClient browser;
  private String code;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.builder(new InMemoryStores()));
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    created("/api/v1/wish-maps", WISH_MAP);
    code = issueCode(server);
  }

  /** A code the coordinator issues on {@code on}, as residents receive it (with its dashes). */
  private static String issueCode(TestServer on) {
    return TestServer.json(on.postJson("/api/v1/invitations", COORDINATOR, "{\"count\":1}"))
        .path("codes")
        .get(0)
        .asText();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void created(String path, String json) {
    HttpResponse<String> r = server.postJson(path, COORDINATOR, json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private HttpResponse<String> get(String path) {
    return send(server.request(path).GET().build());
  }

  private HttpResponse<String> post(String path, Map<String, List<String>> form) {
    String body =
        form.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
            .collect(Collectors.joining("&"));
    return send(
        server
            .request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The fields a page's form posting to {@code action} carries, with {@code answers} added. */
  private static Map<String, List<String>> fill(
      HttpResponse<String> page, String action, Map<String, List<String>> answers) {
    Matcher m = TOKEN.matcher(page.body());
    while (m.find()) {
      if (m.group(1).startsWith(action + "?") || m.group(1).equals(action)) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("token", List.of(m.group(2)));
        form.put("proof", List.of(m.group(3)));
        form.putAll(answers);
        return form;
      }
    }
    throw new AssertionError("no form posting to " + action + " in\n" + page.body());
  }

  private String formPath() {
    return "/form/" + code.replace("-", "") + "/wish-maps/" + MAP;
  }

  private static Map<String, List<String>> answers() {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put("imp.contact", List.of("5"));
    a.put("imp.green", List.of("4"));
    a.put("sat.contact", List.of("2"));
    a.put("top1", List.of("contact"));
    a.put("top2", List.of("green"));
    a.put("seg.household", List.of("young_parents"));
    a.put("networks", List.of("speelweek", "voetbalclub"));
    a.put("willingness", List.of("4"));
    a.put("wish", List.of("Een buurtfeest <b>elk jaar</b>"));
    return a;
  }

  private JsonNode stored() {
    HttpResponse<String> r = server.get("/api/v1/wish-maps/" + MAP + "/responses", COORDINATOR);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return TestServer.json(r).path("items");
  }

  @Test
  void theStartPageHasItsOwnStrictPolicyNoScriptAndBothLanguages() {
    HttpResponse<String> nl = get("/form");
    HttpResponse<String> en = get("/form?lang=en");

    assertThat(nl.statusCode()).isEqualTo(200);
    String policy = nl.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("default-src 'none'")
        .contains("form-action 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("script-src")
        .doesNotContain("unsafe");
    assertThat(nl.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(nl.body()).contains("<html lang=\"nl\">").doesNotContain("<script");
    assertThat(nl.body()).contains("href=\"/form?lang=en\" lang=\"en\" hreflang=\"en\"");
    assertThat(en.body()).contains("<html lang=\"en\">").contains("Your invitation code");
  }

  @Test
  void aTypedCodeLeadsToTheChooserWhichListsTheOpenWishMap() {
    HttpResponse<String> start = get("/form");
    HttpResponse<String> entered =
        post("/form?lang=en", fill(start, "/form", Map.of("code", List.of(code.toLowerCase()))));

    assertThat(entered.statusCode()).isEqualTo(303);
    String location = entered.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/form/" + code.replace("-", "") + "?lang=en");
    HttpResponse<String> chooser = get(location);
    assertThat(chooser.statusCode()).isEqualTo(200);
    assertThat(chooser.body()).contains("href=\"" + formPath() + "?lang=en\"");
  }

  @Test
  void anUnknownOrMalformedCodeIsAnErrorNextToTheCodeField() {
    HttpResponse<String> start = get("/form");
    HttpResponse<String> unknown =
        post("/form", fill(start, "/form", Map.of("code", List.of("2345-6789-ABCD"))));
    HttpResponse<String> malformed = get("/form/not-a-code!");

    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(unknown.body())
        .contains("Deze code kennen we niet")
        .contains("aria-describedby=\"code-hint code-error\"")
        .contains("<a href=\"#code\">");
    assertThat(malformed.statusCode()).isEqualTo(400);
  }

  @Test
  void theFormAsksEveryQuestionWithLabelsNeverCodesAndEscapesThem() {
    HttpResponse<String> page = get(formPath() + "?lang=en");

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .contains("Greenery &lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script")
        .contains("<legend>Contact between neighbours</legend>")
        .contains("<legend>Household</legend>")
        .contains("<span>Young parents</span>")
        .contains("name=\"seg.household\" value=\"young_parents\"")
        .contains("<label for=\"q6-0\">Choice 1</label>")
        .contains("type=\"checkbox\" id=\"q9-0\" name=\"networks\" value=\"speelweek\"")
        .contains("<textarea id=\"q11-0\" name=\"wish\"");
    assertThat(body).containsSubsequence("imp.contact", "imp.green", "imp.safety", "sat.contact");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aSubmittedFormIsStoredOnceEvenWhenSentTwiceAndThanksTheResident() {
    HttpResponse<String> page = get(formPath());
    Map<String, List<String>> form = fill(page, formPath(), answers());

    HttpResponse<String> first = post(formPath(), form);
    HttpResponse<String> second = post(formPath(), form);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("Bedankt voor uw antwoorden").contains("Wat gebeurt er nu?");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("Bedankt voor uw antwoorden");
    JsonNode items = stored();
    assertThat(items).hasSize(1);
    JsonNode response = items.get(0);
    assertThat(response.path("importance").path("contact").asDouble()).isEqualTo(5.0);
    assertThat(response.path("satisfaction").path("contact").asDouble()).isEqualTo(2.0);
    assertThat(response.path("topChoices").toString()).isEqualTo("[\"contact\",\"green\"]");
    assertThat(response.path("segments").path("household").asText()).isEqualTo("young_parents");
    assertThat(response.path("networks").toString()).isEqualTo("[\"speelweek\",\"voetbalclub\"]");
    assertThat(response.path("willingness").asInt()).isEqualTo(4);
    assertThat(response.path("wishes").get(0).asText()).isEqualTo("Een buurtfeest <b>elk jaar</b>");
  }

  @Test
  void aFormSentFromASecondTabAfterTheFirstSaysReceivedAndKeepsTheFirstAnswers() {
    HttpResponse<String> tab1 = get(formPath());
    HttpResponse<String> tab2 = get(formPath());
    Map<String, List<String>> other = new LinkedHashMap<>(answers());
    other.put("imp.contact", List.of("1"));

    HttpResponse<String> first = post(formPath(), fill(tab1, formPath(), answers()));
    HttpResponse<String> second = post(formPath(), fill(tab2, formPath(), other));

    assertThat(first.body()).contains("Bedankt voor uw antwoorden");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("Uw antwoorden zijn al ontvangen");
    assertThat(stored()).hasSize(1);
    assertThat(stored().get(0).path("importance").path("contact").asDouble()).isEqualTo(5.0);
  }

  @Test
  void errorsAreShownNextToTheirFieldsWithTheAnswersKeptAndNothingStored() {
    HttpResponse<String> page = get(formPath() + "?lang=en");
    Map<String, List<String>> answers = answers();
    answers.put("top2", List.of("contact"));
    answers.put("imp.safety", List.of("9"));

    HttpResponse<String> again = post(formPath() + "?lang=en", fill(page, formPath(), answers));

    assertThat(again.statusCode()).isEqualTo(400);
    String body = again.body();
    assertThat(body)
        .contains("class=\"summary\" role=\"alert\"")
        .contains("There are 2 answers to check.")
        .contains("<a href=\"#q2-0\">Safety: Choose one of the numbers.</a>")
        .contains(
            "<a href=\"#q7-0\">Choice 2: You chose this topic for another choice already.</a>")
        .contains("<p class=\"error\" id=\"q2-error\">")
        .contains("id=\"q2-0\" name=\"imp.safety\" value=\"1\" aria-describedby=\"q2-error\"")
        .contains("name=\"imp.contact\" value=\"5\" checked")
        .contains("<option value=\"contact\" selected>")
        .contains(">Een buurtfeest &lt;b&gt;elk jaar&lt;/b&gt;</textarea>");
    assertThat(body.indexOf("class=\"summary\"")).isLessThan(body.indexOf("<form"));
    assertThat(stored()).isEmpty();
  }

  @Test
  void aPostWithoutTheRenderedTokenIsRefusedAndStoresNothing() {
    HttpResponse<String> forged = post(formPath(), answers());

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("cookies");
    assertThat(stored()).isEmpty();
    get(formPath());
    Map<String, List<String>> wrong = new LinkedHashMap<>(answers());
    wrong.put("token", List.of("0".repeat(36)));
    wrong.put("proof", List.of("0".repeat(64)));
    assertThat(post(formPath(), wrong).body()).contains("Het formulier was verlopen");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aSecondVisitWithTheSameCodeShowsNoFormButTheAnswersCanBeSeenAndErased() {
    post(formPath(), fill(get(formPath()), formPath(), answers()));

    HttpResponse<String> again = get(formPath() + "?lang=en");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("Your answers have been received already")
        .doesNotContain("name=\"imp.contact\"");

    String home = "/form/" + code.replace("-", "");
    HttpResponse<String> seen =
        post(home + "/answers?lang=en", fill(again, home + "/answers", Map.of()));
    assertThat(seen.body())
        .contains("<dt>Contact between neighbours</dt><dd>5</dd>")
        .contains("<dt>Household</dt><dd>Young parents</dd>")
        .contains("<dt>Choice 1</dt><dd>Contact between neighbours</dd>");

    HttpResponse<String> confirm =
        post(home + "/erasure?lang=en", fill(again, home + "/erasure", Map.of()));
    assertThat(confirm.body()).contains("Are you sure");
    assertThat(stored()).hasSize(1);
    HttpResponse<String> erased =
        post(
            home + "/erasure?lang=en",
            fill(confirm, home + "/erasure", Map.of("confirm", List.of("yes"))));
    assertThat(erased.body()).contains("Your answers have been erased").contains("1 answers");
    assertThat(stored()).isEmpty();
    assertThat(get(formPath()).body()).contains("name=\"imp.contact\"");
  }

  @Test
  void theAnswersPageAlsoShowsWhatTheTeamRecordedUnderTheCode() {
    post(formPath(), fill(get(formPath()), formPath(), answers()));
    String body = "{\"invitationCode\":\"" + code + "\"}";
    String me =
        TestServer.json(server.postJson("/api/v1/invitations/export", null, body))
            .path("respondent")
            .asText();
    created("/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    created(
        "/api/v1/buildings",
        "{\"id\":\"tower\",\"neighbourhood\":\"nij-beets\",\"name\":\"Tower\","
            + "\"households\":96,\"stakeholder\":\"tenants\"}");
    move(me, "curious", "2024-01-10", "meetingAttended", null);
    move(me, "informed", "2024-02-03", "questionAnswered", "q-17");
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
    String home = "/form/" + code.replace("-", "");

    HttpResponse<String> again = get(formPath() + "?lang=en");
    HttpResponse<String> seen =
        post(home + "/answers?lang=en", fill(again, home + "/answers", Map.of()));
    HttpResponse<String> dutch =
        post(home + "/answers", fill(get(formPath()), home + "/answers", Map.of()));

    assertThat(seen.body())
        .contains("<dt>Contact between neighbours</dt><dd>5</dd>")
        .contains("<h2>What the neighbourhood team recorded under this code</h2>")
        .contains("<dt>Now</dt><dd>informed</dd><dt>Building</dt><dd>tower</dd>")
        .contains("<dt>10 January 2024</dt><dd>curious: meeting attended</dd>")
        .contains("<dt>3 February 2024</dt><dd>informed: question answered (q-17)</dd>")
        .contains("<dt>Investment</dt><dd>€4,500.00</dd>")
        .contains("<dt>Costs per month before</dt><dd>€150.00</dd>")
        .contains("<dt>Saving per month</dt><dd>€50.00</dd>")
        .contains("<dt>Payback time</dt><dd>7.5 years</dd>")
        .containsPattern("<dt>Consultation pitch-2024 of initiative kh, [^<]+</dt><dd>warmte</dd>")
        .doesNotContain("kh-0")
        .doesNotContain(me);
    assertThat(dutch.body())
        .contains("<h2>Wat het buurtteam onder deze code heeft vastgelegd</h2>")
        .contains("<dt>Nu</dt><dd>geïnformeerd</dd>")
        .contains("<dt>10 januari 2024</dt><dd>nieuwsgierig: bijeenkomst bezocht</dd>")
        .contains("<dt>Investering</dt><dd>€ 4.500,00</dd>")
        .contains("<dt>Terugverdientijd</dt><dd>7,5 jaar</dd>");

    // Erased, the answers page says so and shows nothing of the household any more.
    HttpResponse<String> confirm =
        post(home + "/erasure?lang=en", fill(again, home + "/erasure", Map.of()));
    post(
        home + "/erasure?lang=en",
        fill(confirm, home + "/erasure", Map.of("confirm", List.of("yes"))));
    HttpResponse<String> start = get(home + "?lang=en");
    HttpResponse<String> after =
        post(home + "/answers?lang=en", fill(start, home + "/answers", Map.of()));
    assertThat(after.body())
        .contains("No answers are stored under this code.")
        .doesNotContain("What the neighbourhood team recorded");
  }

  private void move(String household, String to, String date, String reason, String reference) {
    HttpResponse<String> r =
        server.postJson(
            "/api/v1/household-phases/" + household + "/moves",
            COORDINATOR,
            "{\"building\":\"tower\",\"to\":\""
                + to
                + "\",\"date\":\""
                + date
                + "\",\"reason\":\""
                + reason
                + "\""
                + (reference == null ? "" : ",\"reference\":\"" + reference + "\"")
                + "}");
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  @Test
  void aClosedWishMapTakesNoAnswers() {
    String etag =
        server
            .get("/api/v1/wish-maps/" + MAP + "/status", COORDINATOR)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    HttpResponse<String> closed =
        server.send(
            server
                .request("/api/v1/wish-maps/" + MAP + "/status")
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"closed\"}"))
                .build());
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

    HttpResponse<String> page = get(formPath());
    assertThat(page.statusCode()).isEqualTo(409);
    assertThat(page.body()).contains("Deze vragenlijst is gesloten");
    assertThat(get("/form/" + code.replace("-", "")).body())
        .doesNotContain("/wish-maps/" + MAP)
        .contains("geen vragenlijst open");
  }

  @Test
  void aMeasurementIsAnsweredThroughTheForm() {
    created(
        "/api/v1/neighbourhoods",
        "{\"id\":\"nb\",\"name\":\"Nij Beets\",\"municipality\":\"Opsterland\"}");
    created(
        "/api/v1/scales",
        """
        {"id": "trust", "name": {"nl": "Vertrouwen", "en": "Trust"},
         "response": {"min": 1, "max": 5},
         "items": [{"id": "SC1", "text": {"nl": "Mensen helpen elkaar", "en": "People help"}},
                   {"id": "SC2", "text": {"nl": "Mensen zijn te vertrouwen", "en": "Trusted"}}]}
        """);
    created(
        "/api/v1/measurements",
        "{\"id\":\"before\",\"scale\":\"trust\",\"neighbourhood\":\"nb\",\"wave\":\"voor\","
            + "\"opened\":\"2024-05-01\"}");
    String path = "/form/" + code.replace("-", "") + "/measurements/before";

    HttpResponse<String> page = get(path);
    assertThat(page.body()).containsSubsequence("Mensen helpen elkaar", "Mensen zijn te");
    HttpResponse<String> sent =
        post(path, fill(page, path, Map.of("item.SC1", List.of("4"), "item.SC2", List.of("2"))));

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    JsonNode items =
        TestServer.json(server.get("/api/v1/measurements/before/responses", COORDINATOR))
            .path("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).path("answers").path("SC1").asDouble()).isEqualTo(4.0);
    assertThat(get("/form/print/measurements/before").body())
        .containsSubsequence("Mensen helpen elkaar", "Mensen zijn te vertrouwen");
  }

  @Test
  void thePaperFormAsksTheSameQuestionsInTheSameOrderForA4() {
    HttpResponse<String> online = get(formPath() + "?lang=en");
    HttpResponse<String> paper = get("/form/print/wish-maps/" + MAP + "?lang=en");

    assertThat(paper.statusCode()).isEqualTo(200);
    assertThat(paper.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'none'");
    assertThat(paper.body()).doesNotContain("<form").doesNotContain("<script");
    assertThat(legends(paper.body())).isEqualTo(legends(online.body()));
    assertThat(get("/form/files/print.css").body()).contains("@page").contains("size: A4");
    assertThat(get("/form/print/wish-maps/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void behindATrustedProxyTheFormCountsEachResidentOnTheirOwn() {
    try (TestServer limited =
        TestServer.start(
            FullApi.builder(
                new InMemoryStores(),
                ApiConfig.defaults(TestServer.KEYS)
                    .withResidentSubmissionsPerMinute(2)
                    .withTrustedProxies(List.of("127.0.0.1", "::1"))))) {
      String known = issueCode(limited).replace("-", "");
      List<Integer> first = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        first.add(send(forwardedFor(limited, known, "203.0.113.1")).statusCode());
      }
      // A second resident behind the same proxy, who also sends a left entry of their own.
      int second = send(forwardedFor(limited, known, "203.0.113.1, 203.0.113.2")).statusCode();

      assertThat(first).containsExactly(200, 200, 429);
      assertThat(second).isEqualTo(200);
    }
  }

  private static HttpRequest forwardedFor(TestServer server, String code, String header) {
    return server.request("/form/" + code).header("X-Forwarded-For", header).GET().build();
  }

  @Test
  void callsWithACodeCountAgainstTheResidentsRateLimitAndAreAskedToWait() {
    try (TestServer limited =
        TestServer.start(
            FullApi.builder(
                new InMemoryStores(),
                ApiConfig.defaults(TestServer.KEYS).withResidentSubmissionsPerMinute(2)))) {
      String known = issueCode(limited).replace("-", "");
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        statuses.add(send(limited.request("/form/" + known).GET().build()).statusCode());
      }
      HttpResponse<String> refused = send(limited.request("/form/" + known).GET().build());

      assertThat(statuses).containsExactly(200, 200, 429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/html");
      assertThat(refused.body()).contains("Even geduld").doesNotContain(known);
      // The paper forms carry no code and are not counted.
      assertThat(send(limited.request("/form/files/form.css").GET().build()).statusCode())
          .isEqualTo(200);
    }
  }

  /** The questions of a page in order, from their legends, labels and grid headers. */
  private static List<String> legends(String html) {
    Matcher m =
        Pattern.compile(
                "<legend>([^<]*)</legend>|<label for=\"q\\d+-0\">([^<]*)</label>"
                    + "|<p class=\"legend\">([^<]*)</p>|<th scope=\"col\">([^<]*)</th>")
            .matcher(html);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      for (int g = 1; g <= 4; g++) {
        if (m.group(g) != null) {
          found.add(m.group(g));
        }
      }
    }
    return found;
  }
}
