package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workshop page in a real browser: {@code serve --demo} in this process, Debian's headless
 * Chromium in front of it. The charts are read back from their ECharts instances and compared with
 * what the API answers to the same questions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopPageIT {
  private static final String NIJ_BEETS = "nij-beets-dorpsspiegel-synthetic";
  private static final String ZUIDERBUREN = "zuiderburen-wensenkaart-synthetic";
  private static final double EXACT = 1e-12;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private static final List<int[]> SIZES =
      List.of(new int[] {1280, 720}, new int[] {1366, 768}, new int[] {1920, 1080});
  private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private ServeCommand.Running server;
  private WebDriver browser;
  private ChromeDriver chrome;
  private String researcher;
  private String coordinator;
  private String base;

  @BeforeAll
  void startServerAndBrowser(@TempDir Path dir) throws IOException {
    Path dataDir = Files.createDirectories(dir.resolve("data"));
    Path profile = Files.createDirectories(dir.resolve("browser-profile"));
    DemoBrowser.requireChromium();

    server = DemoBrowser.serveDemo(dataDir, out);
    researcher = DemoBrowser.printedKey(out, "researcher");
    coordinator = DemoBrowser.printedKey(out, "coordinator");
    base = "http://127.0.0.1:" + server.port() + "/";

    ChromeOptions options = DemoBrowser.options(profile, 1920, 1080);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = DemoBrowser.driverService();
    chrome = new ChromeDriver(service, options);
    browser = chrome;
    // The page is made for a 1920×1080 wall: show it at exactly that size, whatever the window.
    viewport(1920, 1080);
  }

  @AfterAll
  void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void theRedThreadChartShowsTheApisFiguresInRankOrder() {
    open("nl");
    choose(NIJ_BEETS, "household", "nl");

    JsonNode api = api("/wish-maps/" + NIJ_BEETS + "/red-thread?segment=household&kMin=5");
    JsonNode option = option("chart-values");
    List<JsonNode> values = byRank(api.path("values"));
    Map<String, String> labels = labels(NIJ_BEETS, "nl");

    assertThat(texts(option.path("yAxis").get(0).path("data")))
        .containsExactlyElementsOf(values.stream().map(v -> labels.get(code(v))).toList());
    JsonNode urgency = series(option, "urgency").path("data");
    JsonNode pTopK = series(option, "pTopK").path("data");
    assertThat(urgency).hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      assertThat(urgency.get(i).path("name").asText()).isEqualTo(code(values.get(i)));
      assertThat(urgency.get(i).path("value").asDouble())
          .isCloseTo(values.get(i).path("urgency").asDouble(), within(EXACT));
      assertThat(pTopK.get(i).path("value").asDouble())
          .isCloseTo(values.get(i).path("pTopK").asDouble(), within(EXACT));
    }
    // The story of the pilot: children and contact lead, and the page draws the top three in red.
    assertThat(values.subList(0, 3).stream().map(WorkshopPageIT::code)).contains("contact");
    assertThat(urgency.get(0).path("itemStyle").path("color").asText())
        .isNotEqualTo(urgency.get(values.size() - 1).path("itemStyle").path("color").asText());
    assertThat(text("values-sub")).contains(api.path("n").asText()).contains("top 3");
    screenshot("workshop-nij-beets-nl");
  }

  @Test
  void theSegmentChartShowsPublishedSegmentsAndNamesTheHiddenOnes() {
    open("en");
    choose(NIJ_BEETS, "household", "en");

    JsonNode api = api("/wish-maps/" + NIJ_BEETS + "/red-thread?segment=household&kMin=5");
    List<JsonNode> top = byRank(api.path("values")).subList(0, 5);
    JsonNode option = option("chart-segments");
    JsonNode everyone = series(option, "everyone").path("data");
    for (int i = 0; i < top.size(); i++) {
      assertThat(everyone.get(i).asDouble())
          .isCloseTo(top.get(i).path("urgency").asDouble(), within(EXACT));
    }
    JsonNode youngParents = series(option, "segment:young_parents").path("data");
    // Labels, never codes: the segment as the wish map declares it, in the legend and the table.
    assertThat(series(option, "segment:young_parents").path("name").asText())
        .isEqualTo("Young parents");
    assertThat(text("legend-segments")).contains("Young parents").doesNotContain("young_parents");
    JsonNode published = segment(api, "household", "young_parents");
    for (int i = 0; i < top.size(); i++) {
      assertThat(youngParents.get(i).asDouble())
          .isCloseTo(
              valueIn(published, code(top.get(i))).path("urgency").asDouble(), within(EXACT));
    }

    choose(NIJ_BEETS, "area", "en");
    JsonNode areas = api("/wish-maps/" + NIJ_BEETS + "/red-thread?segment=area&kMin=5");
    List<String> hidden = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (JsonNode s : areas.path("segments")) {
      (s.path("suppressed").asBoolean() ? hidden : shown).add(s.path("value").asText());
    }
    assertThat(hidden).as("the story has two small hamlets").hasSize(2);
    List<String> ids = new ArrayList<>();
    option("chart-segments").path("series").forEach(s -> ids.add(s.path("id").asText()));
    assertThat(ids)
        .containsExactlyElementsOf(
            concat(List.of("everyone"), shown.stream().map(v -> "segment:" + v).toList()));
    Map<String, String> areaLabels = segmentLabels(NIJ_BEETS, "area", "en");
    for (String hamlet : hidden) {
      assertThat(text("segments-sub")).contains(areaLabels.get(hamlet));
    }
    screenshot("workshop-nij-beets-area-en");
  }

  @Test
  void theNetworksChartShowsTheShareOfEveryoneAndOfEachSegment() {
    open("nl");
    choose(NIJ_BEETS, "household", "nl");

    JsonNode api = api("/wish-maps/" + NIJ_BEETS + "/networks?segment=household&kMin=5");
    List<JsonNode> networks = new ArrayList<>();
    api.forEach(networks::add);
    networks.sort(
        Comparator.comparingInt((JsonNode n) -> -n.path("n").asInt())
            .thenComparing(n -> n.path("name").asText()));
    JsonNode option = option("chart-networks");
    JsonNode everyone = series(option, "everyone").path("data");
    JsonNode youngParents = series(option, "segment:young_parents").path("data");

    // The demo's wish map declares no network labels: their names are shown as words.
    assertThat(texts(option.path("yAxis").get(0).path("data")))
        .containsExactlyElementsOf(
            networks.stream().map(n -> n.path("name").asText().replace('_', ' ')).toList());
    for (int i = 0; i < networks.size(); i++) {
      assertThat(everyone.get(i).asDouble())
          .isCloseTo(networks.get(i).path("share").asDouble(), within(EXACT));
      assertThat(youngParents.get(i).asDouble())
          .isCloseTo(
              segmentOf(networks.get(i), "household", "young_parents").path("share").asDouble(),
              within(EXACT));
    }
    // The play week is where young parents already go.
    int playWeek = indexOf(networks, "speelweek");
    assertThat(youngParents.get(playWeek).asDouble())
        .isGreaterThan(everyone.get(playWeek).asDouble());
  }

  @Test
  void trustBeforeAndAfterShowsTheComparisonsMeansAndSaysItInWords() {
    open("en");
    choose(NIJ_BEETS, "household", "en");
    compareWaves("nij-beets-trust-before-synthetic", "nij-beets-trust-after-synthetic");

    JsonNode comparison =
        api("/measurements/nij-beets-trust-before-synthetic/comparison?with="
                + "nij-beets-trust-after-synthetic")
            .path("independent");
    JsonNode option = option("chart-trust");
    JsonNode means = series(option, "mean").path("data");

    List<String> waves = texts(option.path("xAxis").get(0).path("data"));
    assertThat(waves).hasSize(2);
    assertThat(waves.get(0)).startsWith("Before ").contains("2023");
    assertThat(waves.get(1)).startsWith("After ").contains("2023");
    assertThat(means.get(0).path("value").asDouble())
        .isCloseTo(comparison.path("meanBefore").asDouble(), within(EXACT));
    assertThat(means.get(1).path("value").asDouble())
        .isCloseTo(comparison.path("meanAfter").asDouble(), within(EXACT));
    assertThat(option.path("yAxis").get(0).path("min").asInt()).isEqualTo(1);
    assertThat(option.path("yAxis").get(0).path("max").asInt()).isEqualTo(5);
    String difference =
        String.format(java.util.Locale.ROOT, "%.2f", comparison.path("difference").asDouble());
    assertThat(text("trust-sub"))
        .startsWith(
            comparison.path("difference").asDouble() >= 0 ? "Trust rose by" : "Trust fell by")
        .contains(difference.replace("-", ""))
        .contains("5-point scale")
        .contains("95% CI");
  }

  @Test
  void theFacilitatorChoosesTheWavesAndNoChangeIsClaimedWithoutItsInterval() {
    open("en");
    choose(NIJ_BEETS, "household", "en");

    compareWaves("nij-beets-trust-after-synthetic", "nij-beets-trust-before-synthetic");
    JsonNode reversed =
        api("/measurements/nij-beets-trust-after-synthetic/comparison?with="
                + "nij-beets-trust-before-synthetic")
            .path("independent");
    assertThat(reversed.path("ci95").get(1).asDouble()).as("the story: a clear rise").isNegative();
    assertThat(text("trust-sub")).startsWith("Trust fell by").contains("95% CI");

    compareWaves("nij-beets-trust-before-synthetic", "nij-beets-trust-before-synthetic");
    assertThat(text("trust-sub")).isEqualTo("Choose two different waves to compare them");
    assertThat(option("chart-trust").path("xAxis").get(0).path("data")).hasSize(1);

    // A test wave with a single response: open, so nothing of it is released, and no claim made.
    coordinatorPost(
        "/measurements",
        "{\"id\":\"nij-beets-trust-test\",\"scale\":\"social-cohesion-trust\","
            + "\"neighbourhood\":\"nij-beets\",\"wave\":\"test\",\"opened\":\"2023-10-01\"}");
    coordinatorPost(
        "/measurements/nij-beets-trust-test/responses",
        "{\"respondent\":\"tester\",\"answers\":{\"SC1\":4,\"SC2\":4,\"SC3\":4,"
            + "\"SC4\":4,\"SC5\":4}}");
    open("en");
    choose(NIJ_BEETS, "household", "en");
    compareWaves("nij-beets-trust-before-synthetic", "nij-beets-trust-test");
    assertThat(text("trust-sub"))
        .startsWith("The difference is not shown")
        .doesNotContain("rose")
        .doesNotContain("fell")
        .contains("Not released");
    JsonNode means = series(option("chart-trust"), "mean").path("data");
    assertThat(means.get(1).path("value").isNull() || means.get(1).path("value").isMissingNode())
        .as("no mean drawn for the test wave: %s", means)
        .isTrue();
  }

  @Test
  void switchingTheWishMapShowsTheOtherPilotWithItsBaselineOnly() {
    open("nl");
    choose(ZUIDERBUREN, "household", "nl");

    JsonNode api = api("/wish-maps/" + ZUIDERBUREN + "/red-thread?segment=household&kMin=5");
    List<JsonNode> values = byRank(api.path("values"));
    JsonNode urgency = series(option("chart-values"), "urgency").path("data");
    for (int i = 0; i < values.size(); i++) {
      assertThat(urgency.get(i).path("value").asDouble())
          .isCloseTo(values.get(i).path("urgency").asDouble(), within(EXACT));
    }
    assertThat(values.subList(0, 3).stream().map(WorkshopPageIT::code))
        .containsExactlyInAnyOrder("contact", "health", "fun");

    JsonNode scores = api("/measurements/zuiderburen-trust-before-synthetic/scores?kMin=5");
    JsonNode trust = option("chart-trust");
    List<String> waves = texts(trust.path("xAxis").get(0).path("data"));
    assertThat(waves).hasSize(1);
    assertThat(waves.get(0)).startsWith("Voor ");
    assertThat(series(trust, "mean").path("data").get(0).path("value").asDouble())
        .isCloseTo(scores.path("score").path("mean").asDouble(), within(EXACT));
    assertThat(text("trust-sub")).startsWith("Nulmeting");
    screenshot("workshop-zuiderburen-nl");
  }

  @Test
  void theLanguageSwitchRelabelsEverythingWithoutChangingTheFigures() {
    open("nl");
    choose(NIJ_BEETS, "household", "nl");
    JsonNode dutch = option("chart-values");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rode draad");

    browser.findElement(By.cssSelector("[data-lang='en']")).click();
    waitUntilShown(NIJ_BEETS, "household", "en");
    JsonNode english = option("chart-values");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Red thread");
    assertThat(js("return document.documentElement.lang")).isEqualTo("en");
    Map<String, String> en = labels(NIJ_BEETS, "en");
    Map<String, String> nl = labels(NIJ_BEETS, "nl");
    List<String> codes = new ArrayList<>();
    series(english, "urgency").path("data").forEach(d -> codes.add(d.path("name").asText()));
    assertThat(texts(english.path("yAxis").get(0).path("data")))
        .containsExactlyElementsOf(codes.stream().map(en::get).toList());
    assertThat(texts(dutch.path("yAxis").get(0).path("data")))
        .containsExactlyElementsOf(codes.stream().map(nl::get).toList());
    assertThat(series(english, "urgency").path("data"))
        .isEqualTo(series(dutch, "urgency").path("data"));
    assertThat(series(option("chart-segments"), "everyone").path("name").asText())
        .isEqualTo("Everyone");
  }

  @Test
  void theKeyLeavesTheAddressAndThePageLogsNoErrors() {
    browser.manage().logs().get(LogType.BROWSER); // reading empties it: earlier tests' lines go
    open("nl");
    choose(NIJ_BEETS, "household", "nl");

    assertThat(browser.getCurrentUrl()).doesNotContain("key=").doesNotContain(researcher);
    List<String> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> !m.contains("favicon.ico"))
            // Answers the page asks for and handles: a researcher's key may not read the parked
            // questions (403), an open wave is not released (409), nor are the wish tallies while
            // the wishes are still being coded (409). The browser logs them all.
            .filter(m -> !(m.contains("/api/v1/parked-topics") && m.contains("status of 403")))
            .filter(m -> !(m.contains("/api/v1/measurements/") && m.contains("status of 409")))
            .filter(m -> !(m.contains("/wish-tallies") && m.contains("status of 409")))
            .toList();
    assertThat(errors).as("console warnings and errors, such as policy violations").isEmpty();
  }

  @Test
  void aWrongKeyAsksForAnotherOne() {
    open("nl");
    js("sessionStorage.clear()");
    browser.get("about:blank");
    browser.get(base + "#key=not-a-known-key-0000");
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> browser.findElement(By.id("key-form")).isDisplayed());

    assertThat(browser.findElement(By.id("notice")).getText()).isNotBlank();
    assertThat(browser.findElement(By.id("panels")).isDisplayed()).isFalse();
    browser.findElement(By.id("key")).sendKeys(researcher);
    browser.findElement(By.cssSelector("#key-form button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> js("return document.body.dataset.shown") != null);
    assertThat(browser.findElement(By.id("panels")).isDisplayed()).isTrue();
  }

  @Test
  void theActivityIdeasAreRankedByFitWithTheirPartsAndFlags() {
    open("en");
    choose(NIJ_BEETS, "household", "en");

    JsonNode api = api("/wish-maps/" + NIJ_BEETS + "/activity-fit?neighbourhood=nij-beets&kMin=5");
    List<JsonNode> activities = byRank(api.path("activities"));
    JsonNode option = option("chart-fit");

    assertThat(activities).hasSizeGreaterThan(1);
    assertThat(texts(option.path("yAxis").get(0).path("data")))
        .containsExactlyElementsOf(activities.stream().map(a -> a.path("name").asText()).toList());
    JsonNode fit = series(option, "fit").path("data");
    for (int i = 0; i < activities.size(); i++) {
      JsonNode activity = activities.get(i);
      assertThat(fit.get(i).path("name").asText()).isEqualTo(activity.path("id").asText());
      assertThat(fit.get(i).path("value").asDouble())
          .isCloseTo(activity.path("fit").asDouble(), within(EXACT));
      for (JsonNode part : activity.path("parts")) {
        JsonNode drawn = series(option, "part:" + part.path("name").asText()).path("data").get(i);
        assertThat(drawn.path("value").asDouble())
            .as(part.path("name").asText())
            .isCloseTo(part.path("value").asDouble(), within(EXACT));
      }
    }
    assertThat(series(option, "part:valueFit").isMissingNode()).isFalse();
    assertThat(series(option, "part:networkReach").isMissingNode()).isFalse();
    // The torch is the idea the pilot chose: it should come out on top of the workshop's list.
    assertThat(activities.get(0).path("id").asText()).isEqualTo("torch-24h");
    for (JsonNode activity : activities) {
      if (!activity.path("flags").isEmpty()) {
        assertThat(text("fit-flags")).contains(activity.path("name").asText());
      }
    }
  }

  @Test
  void attendanceOverTimeShowsTheTorchsSessionsAndHidesCoverageWithoutBuildings() {
    open("nl");
    choose(NIJ_BEETS, "household", "nl");

    JsonNode api = api("/activities/torch-24h/sessions");
    JsonNode drawn = series(option("chart-attendance"), "sessions:torch-24h").path("data");
    List<JsonNode> sessions = new ArrayList<>();
    api.path("sessions").forEach(sessions::add);
    sessions.sort(Comparator.comparing(x -> x.path("date").asText()));

    assertThat(sessions).isNotEmpty();
    assertThat(drawn).hasSize(sessions.size());
    for (int i = 0; i < sessions.size(); i++) {
      assertThat(drawn.get(i).get(0).asText()).isEqualTo(sessions.get(i).path("date").asText());
      assertThat(drawn.get(i).get(1).asInt()).isEqualTo(sessions.get(i).path("attendance").asInt());
    }
    assertThat(api("/neighbourhoods/nij-beets/coverage").path("buildings").asInt()).isZero();
    assertThat(browser.findElement(By.id("panel-coverage")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("panel-fit")).isDisplayed()).isTrue();
    // The engagement panels follow the red thread's screen: bring them into view for the picture.
    js("document.getElementById('more').scrollIntoView()");
    screenshot("workshop-nij-beets-engagement-nl");
  }

  @Test
  void aNeighbourhoodWithoutAWishMapShowsItsMeetingsAndItsContactPersonsCoverage() {
    open("en");
    String choice = "neighbourhood:ketelhuis-wg";
    new Select(browser.findElement(By.id("wish-map"))).selectByValue(choice);
    waitUntilShown(choice, "", "en");

    assertThat(browser.findElement(By.id("panels")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("panel-fit")).isDisplayed()).isFalse();

    JsonNode trend = api("/neighbourhoods/ketelhuis-wg/attendance");
    List<Integer> expected = new ArrayList<>();
    trend.path("meetings").forEach(m -> expected.add(m.path("attendance").asInt()));
    List<Integer> shown = new ArrayList<>();
    series(option("chart-attendance"), "meetings")
        .path("data")
        .forEach(point -> shown.add(point.path("value").get(1).asInt()));
    assertThat(shown).containsExactlyElementsOf(expected);
    // The story: 65, then 85, then about 135 residents.
    assertThat(expected.subList(0, 2)).containsExactly(65, 85);
    assertThat(expected.get(expected.size() - 1)).isBetween(125, 145);

    JsonNode coverage = api("/neighbourhoods/ketelhuis-wg/coverage");
    JsonNode pie = series(option("chart-coverage"), "coverage").path("data");
    assertThat(pie.get(0).path("value").asInt()).isEqualTo(coverage.path("covered").size());
    assertThat(pie.get(1).path("value").asInt()).isEqualTo(coverage.path("uncovered").size());
    assertThat(coverage.path("buildings").asInt()).isPositive();
    assertThat(text("coverage-sub"))
        .contains(coverage.path("covered").size() + " of " + coverage.path("buildings").asInt());
    screenshot("workshop-ketelhuis-en");
  }

  @Test
  void nothingOverlapsOrIsCutOffAtTheThreeSizesInBothLanguages() {
    List<String> problems = new ArrayList<>();
    try {
      for (int[] size : SIZES) {
        viewport(size[0], size[1]);
        for (String lang : List.of("nl", "en")) {
          for (String[] choice :
              List.of(
                  new String[] {NIJ_BEETS, "household"},
                  new String[] {ZUIDERBUREN, "household"},
                  new String[] {"neighbourhood:ketelhuis-wg", ""})) {
            open(lang);
            if (choice[1].isEmpty()) {
              new Select(browser.findElement(By.id("wish-map"))).selectByValue(choice[0]);
              waitUntilShown(choice[0], "", lang);
            } else {
              choose(choice[0], choice[1], lang);
            }
            String where = size[0] + "x" + size[1] + " " + lang + " " + choice[0] + ": ";
            problems.addAll(layoutProblems().stream().map(p -> where + p).toList());
            problems.addAll(chartsWithoutTables().stream().map(p -> where + p).toList());
            if (choice[0].equals(NIJ_BEETS) && lang.equals("nl") && size[0] != 1366) {
              docsScreenshot("workshop-" + size[0]);
            }
          }
        }
      }
    } finally {
      viewport(1920, 1080);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theProjectorModeHasLargerTypeAndStillFitsTheWall() {
    open("nl");
    choose(NIJ_BEETS, "household", "nl");
    double before = fontSize(".panel h2");

    browser.findElement(By.id("fullscreen")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> Boolean.TRUE.equals(js("return document.body.classList.contains('projector')")));
    waitUntilShown(NIJ_BEETS, "household", "nl");

    assertThat(browser.findElement(By.id("fullscreen")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(fontSize(".panel h2")).isGreaterThan(before);
    assertThat(layoutProblems()).isEmpty();
    browser.findElement(By.id("fullscreen")).click();
    assertThat(js("return document.body.classList.contains('projector')")).isEqualTo(false);
  }

  @Test
  void thePrintViewIsAHandoutWithTheChoiceInWordsAndTheTables() {
    open("en");
    choose(NIJ_BEETS, "household", "en");
    try {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      js("window.dispatchEvent(new Event('beforeprint'))");
      waitUntilShown(NIJ_BEETS, "household", "en");

      assertThat(browser.findElement(By.id("wish-map")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.id("print")).isDisplayed()).isFalse();
      assertThat(text("print-choice")).isEqualTo("Wish map: Nij Beets (synthetic data)");
      assertThat(browser.findElement(By.id("tables")).isDisplayed()).isTrue();
      Object widest =
          js(
              "return Math.max(...[...document.querySelectorAll('.chart svg')]"
                  + ".map(s => s.getBoundingClientRect().width))");
      assertThat(((Number) widest).doubleValue()).as("charts at the paper's width").isLessThan(700);
    } finally {
      js("window.dispatchEvent(new Event('afterprint'))");
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void theWorkshopPageHasNoAccessibilityViolationsInEitherLanguage() {
    for (String lang : List.of("nl", "en")) {
      for (String choice : List.of(NIJ_BEETS, "neighbourhood:ketelhuis-wg")) {
        open(lang);
        new Select(browser.findElement(By.id("wish-map"))).selectByValue(choice);
        waitUntilShown(choice, choice.equals(NIJ_BEETS) ? "household" : "", lang);
        assertThat(axeViolations()).as(lang + " " + choice).isEmpty();
      }
    }
  }

  @Test
  void theResultsPageShowsTheResultsShownToAnyoneAccessiblyInEitherLanguage() {
    JsonNode results = api("/results?neighbourhood=ketelhuis-wg");
    assertThat(results.path("items")).isNotEmpty();
    for (String lang : List.of("nl", "en")) {
      browser.get("about:blank");
      browser.get(base + "buurt/ketelhuis-wg?lang=" + lang);

      assertThat(js("return document.documentElement.lang")).isEqualTo(lang);
      String page = browser.findElement(By.tagName("main")).getText();
      for (JsonNode result : results.path("items")) {
        assertThat(page).contains(result.path("text").asText());
      }
      assertThat(axeViolations()).as(lang).isEmpty();
      assertThat(layoutProblems()).as(lang).isEmpty();
      if (lang.equals("nl")) {
        viewport(1280, 720);
        docsScreenshot("results-page");
        viewport(1920, 1080);
      }
    }
    // The workshop page links to it.
    open("nl");
    new Select(browser.findElement(By.id("wish-map"))).selectByValue("neighbourhood:ketelhuis-wg");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "nl");
    assertThat(browser.findElement(By.id("results-link")).getAttribute("href"))
        .endsWith("/buurt/ketelhuis-wg?lang=nl");
  }

  @Test
  void theParkedQuestionsNeedATeamKeyAndShowWhichAreDue() {
    open("en");
    new Select(browser.findElement(By.id("wish-map"))).selectByValue("neighbourhood:ketelhuis-wg");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "en");
    assertThat(text("parked-body")).contains("coordinator");

    js("sessionStorage.clear()");
    browser.get("about:blank");
    browser.get(base + "#key=" + coordinator);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> js("return document.body.dataset.shown") != null);
    browser.findElement(By.cssSelector("[data-lang='en']")).click();
    new Select(browser.findElement(By.id("wish-map"))).selectByValue("neighbourhood:ketelhuis-wg");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "en");
    new Select(browser.findElement(By.id("parked-phase"))).selectByValue("involved");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "en");

    String parked = text("parked-body");
    assertThat(parked)
        .contains("What will my meter cupboard look like?")
        .contains("Due now")
        .contains("asked 27 times");
    assertThat(parked).doesNotContain("Who owns the heat network"); // answered, not parked
    js("sessionStorage.clear()");
  }

  @Test
  void theWishTalliesSayNotYetWhileCodingAndThenShowEachValueHidingTheSmallOnes() {
    open("nl");
    choose(ZUIDERBUREN, "household", "nl");
    assertThat(browser.findElement(By.id("panel-wishes")).isDisplayed()).isTrue();
    assertThat(text("wishes-note")).startsWith("Nog niet");
    assertThat(browser.findElement(By.id("chart-wishes")).isDisplayed()).isFalse();

    // The coordinator codes every wish (to the first value suggested, else to none).
    String wishes = "/wish-maps/" + ZUIDERBUREN + "/wishes";
    for (int page = 1; ; page++) {
      JsonNode answer = coordinator("GET", wishes + "?pageSize=100&page=" + page, null, null);
      for (JsonNode wish : answer.path("items")) {
        JsonNode suggested = wish.path("suggestions").path(0).path("value");
        String values = suggested.isMissingNode() ? "[]" : "[\"" + suggested.asText() + "\"]";
        coordinator(
            "PUT",
            wishes + "/" + wish.path("id").asText() + "/values",
            "{\"values\":" + values + "}",
            "\"" + wish.path("version").asInt() + "\"");
      }
      if (page >= answer.path("totalPages").asInt()) {
        break;
      }
    }

    JsonNode tallies = api("/wish-maps/" + ZUIDERBUREN + "/wish-tallies?kMin=5");
    open("nl");
    choose(ZUIDERBUREN, "household", "nl");
    assertThat(browser.findElement(By.id("wishes-note")).isDisplayed()).isFalse();
    Map<String, String> labels = labels(ZUIDERBUREN, "nl");
    List<String> order = new ArrayList<>();
    api("/wish-maps/" + ZUIDERBUREN).path("values").forEach(v -> order.add(code(v)));
    List<JsonNode> expected = new ArrayList<>();
    tallies.path("values").forEach(expected::add);
    expected.sort(Comparator.comparingInt(v -> order.indexOf(v.path("value").asText())));

    JsonNode chart = option("chart-wishes");
    JsonNode drawn = series(chart, "counts").path("data");
    List<String> names = texts(chart.path("yAxis").get(0).path("data"));
    assertThat(drawn).hasSize(expected.size());
    assertThat(expected.stream().filter(v -> !v.path("suppressed").asBoolean())).isNotEmpty();
    for (int i = 0; i < expected.size(); i++) {
      JsonNode v = expected.get(i);
      String label = labels.get(v.path("value").asText());
      assertThat(names.get(i)).startsWith(label);
      if (v.path("suppressed").asBoolean()) {
        // Hidden, never zero: no bar, and the name says so.
        assertThat(drawn.get(i).path("value").isNull()).isTrue();
        assertThat(names.get(i)).isEqualTo(label + " (verborgen)");
      } else {
        assertThat(drawn.get(i).path("value").asInt()).isEqualTo(v.path("n").asInt());
      }
    }
    assertThat(text("wishes-sub")).contains("van " + tallies.path("n").asInt() + " bewoners");
    assertThat(chartsWithoutTables()).isEmpty();
    assertThat(layoutProblems()).isEmpty();
    js("document.getElementById('panel-wishes').scrollIntoView()");
    screenshot("workshop-zuiderburen-wishes-nl");
  }

  @Test
  void theFunnelShowsTheLatestMonthAndTheMonthsBeforeAndSaysWhenNoneIsReleased() {
    open("en");
    new Select(browser.findElement(By.id("wish-map"))).selectByValue("neighbourhood:ketelhuis-wg");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "en");
    // The demo's moves were recorded today: a researcher sees them once this month is over.
    assertThat(api("/neighbourhoods/ketelhuis-wg/funnel-history").path("snapshots")).isEmpty();
    assertThat(browser.findElement(By.id("panel-funnel")).isDisplayed()).isTrue();
    assertThat(text("funnel-note")).startsWith("No month released yet");
    assertThat(browser.findElement(By.id("chart-funnel")).isDisplayed()).isFalse();

    js("sessionStorage.clear()");
    browser.get("about:blank");
    browser.get(base + "#key=" + coordinator);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> js("return document.body.dataset.shown") != null);
    browser.findElement(By.cssSelector("[data-lang='en']")).click();
    new Select(browser.findElement(By.id("wish-map"))).selectByValue("neighbourhood:ketelhuis-wg");
    waitUntilShown("neighbourhood:ketelhuis-wg", "", "en");
    try {
      JsonNode history =
          coordinator("GET", "/neighbourhoods/ketelhuis-wg/funnel-history?kMin=5", null, null);
      JsonNode snapshots = history.path("snapshots");
      JsonNode latest = snapshots.get(snapshots.size() - 1);
      JsonNode drawn = series(option("chart-funnel"), "counts").path("data");
      List<String> names = texts(option("chart-funnel").path("yAxis").get(0).path("data"));
      JsonNode phases = latest.path("whole").path("phases");
      assertThat(drawn).hasSize(4);
      assertThat(names.get(0)).startsWith("curious");
      assertThat(names.get(3)).startsWith("participating");
      for (int i = 0; i < 4; i++) {
        if (phases.get(i).path("suppressed").asBoolean()) {
          assertThat(drawn.get(i).path("value").isNull()).isTrue();
          assertThat(names.get(i)).endsWith("(hidden)");
        } else {
          assertThat(drawn.get(i).path("value").asInt())
              .isEqualTo(phases.get(i).path("households").asInt());
        }
      }
      // The story: far more curious households than participating ones.
      assertThat(phases.get(0).path("households").asInt())
          .isGreaterThan(phases.get(3).path("households").asInt());
      assertThat(text("funnel-sub")).contains("(live)");
      assertThat(text("funnel-history")).contains("Funnel by month");
      assertThat(browser.findElements(By.cssSelector("#funnel-history tbody tr")))
          .hasSize(Math.min(6, snapshots.size()));
      assertThat(text("tables-body"))
          .contains("Funnel of the approach")
          .contains("Block A (synthetic)");
      assertThat(chartsWithoutTables()).isEmpty();
      assertThat(layoutProblems()).isEmpty();
      js("document.getElementById('panel-funnel').scrollIntoView()");
      screenshot("workshop-ketelhuis-funnel-en");
    } finally {
      js("sessionStorage.clear()");
    }
  }

  // --- the browser

  private void open(String lang) {
    // A blank page first: from the page itself, a new fragment alone would not load it again.
    browser.get("about:blank");
    browser.get(base + "#key=" + researcher);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> js("return document.body.dataset.shown") != null);
    browser.findElement(By.cssSelector("[data-lang='" + lang + "']")).click();
  }

  private void choose(String wishMap, String column, String lang) {
    Select maps = new Select(browser.findElement(By.id("wish-map")));
    if (!maps.getFirstSelectedOption().getAttribute("value").equals(wishMap)) {
      maps.selectByValue(wishMap);
    }
    Select columns = new Select(browser.findElement(By.id("segment-column")));
    if (!columns.getFirstSelectedOption().getAttribute("value").equals(column)) {
      columns.selectByValue(column);
    }
    waitUntilShown(wishMap, column, lang);
  }

  private void waitUntilShown(String wishMap, String column, String lang) {
    String expected = wishMap + "|" + column + "|" + lang;
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(
            d ->
                expected.equals(js("return document.body.dataset.shown"))
                    && js("return document.body.dataset.loading") == null);
  }

  private void viewport(int width, int height) {
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** The texts that overlap, run out of their panel or chart, or beyond the viewport's width. */
  private List<String> layoutProblems() {
    String script = resource("text-layout.js");
    @SuppressWarnings("unchecked")
    Map<String, Object> found = (Map<String, Object>) js("return (" + script + ")(1)");
    assertThat(((Number) found.get("texts")).intValue()).as("texts seen").isGreaterThan(10);
    @SuppressWarnings("unchecked")
    List<String> problems = (List<String>) found.get("problems");
    return problems;
  }

  /** Every chart shown needs a name and a table with its panel's title. */
  private List<String> chartsWithoutTables() {
    @SuppressWarnings("unchecked")
    List<String> missing =
        (List<String>)
            js(
                "const captions = [...document.querySelectorAll('#tables-body caption')]"
                    + ".map(c => c.textContent);"
                    + "return [...document.querySelectorAll('.chart')]"
                    + ".filter(c => c.offsetParent !== null)"
                    + ".flatMap(c => {"
                    + "  const title = c.closest('.panel').querySelector('h2').textContent;"
                    + "  const problems = [];"
                    + "  if (c.getAttribute('role') !== 'img' || !c.getAttribute('aria-label'))"
                    + "    problems.push(c.id + ' has no accessible name');"
                    + "  if (!c.querySelector('svg text')) problems.push(c.id + ' has no SVG text');"
                    + "  if (!captions.includes(title)) problems.push(c.id + ' has no table');"
                    + "  return problems; })");
    return missing;
  }

  private List<String> axeViolations() {
    com.deque.html.axecore.results.Results results =
        new com.deque.html.axecore.selenium.AxeBuilder().withTags(AXE_TAGS).analyze(browser);
    List<String> violations = new ArrayList<>();
    for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
      for (com.deque.html.axecore.results.CheckedNode node : rule.getNodes()) {
        violations.add(rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget());
      }
    }
    return violations;
  }

  private double fontSize(String css) {
    return ((Number)
            js(
                "return parseFloat(getComputedStyle(document.querySelector(arguments[0])).fontSize)",
                css))
        .doubleValue();
  }

  /** Chooses the waves the trust panel compares, as a facilitator does with its two selects. */
  private void compareWaves(String before, String after) {
    String shown = (String) js("return document.body.dataset.shown");
    new Select(browser.findElement(By.id("wave-before"))).selectByValue(before);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(d -> js("return document.body.dataset.loading") == null);
    new Select(browser.findElement(By.id("wave-after"))).selectByValue(after);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(
            d ->
                js("return document.body.dataset.loading") == null
                    && shown.equals(js("return document.body.dataset.shown")));
  }

  /**
   * A picture for the docs, written only when {@code -Dcohesion.screenshots=DIR} is set (a relative
   * DIR is taken from the repository's root): the viewport as it is.
   */
  private void docsScreenshot(String name) {
    String folder = System.getProperty("cohesion.screenshots", "");
    if (folder.isBlank()) {
      return;
    }
    try {
      Path dir = Path.of(folder);
      if (!dir.isAbsolute()) {
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.isDirectory(root.resolve("cohesion-examples"))) {
          root = root.getParent();
        }
        dir = root.resolve(folder);
      }
      Files.createDirectories(dir);
      js("window.scrollTo(0, 0)");
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (var in = WorkshopPageIT.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + WorkshopPageIT.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The chart's option as ECharts holds it, functions left out. */
  private JsonNode option(String id) {
    Object option =
        js(
            "return JSON.stringify(echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".getOption())",
            id);
    return read((String) option);
  }

  private void screenshot(String name) {
    try {
      Path folder = Path.of("target", "screenshots");
      Files.createDirectories(folder);
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- the API, asked the same questions

  private JsonNode api(String path) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "api/v1" + path))
                  .header("Authorization", "Bearer " + researcher)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      return read(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A coordinator's request; its answer's JSON, or null for an answer without a body. */
  private JsonNode coordinator(String method, String path, String json, String ifMatch) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + "api/v1" + path))
              .header("Authorization", "Bearer " + coordinator)
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        request.header("Content-Type", "application/json");
      }
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
      return answer.body().isBlank() ? null : read(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void coordinatorPost(String path, String json) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "api/v1" + path))
                  .header("Authorization", "Bearer " + coordinator)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, String> segmentLabels(String wishMap, String column, String lang) {
    Map<String, String> labels = new java.util.HashMap<>();
    for (JsonNode segment : api("/wish-maps/" + wishMap).path("segments")) {
      if (segment.path("column").asText().equals(column)) {
        segment
            .path("values")
            .forEach(v -> labels.put(code(v), v.path("label").path(lang).asText()));
      }
    }
    return labels;
  }

  private Map<String, String> labels(String wishMap, String lang) {
    Map<String, String> labels = new java.util.HashMap<>();
    api("/wish-maps/" + URLEncoder.encode(wishMap, StandardCharsets.UTF_8))
        .path("values")
        .forEach(v -> labels.put(code(v), v.path("label").path(lang).asText()));
    return labels;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode series(JsonNode option, String id) {
    for (JsonNode s : option.path("series")) {
      if (s.path("id").asText().equals(id)) {
        return s;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static List<JsonNode> byRank(JsonNode values) {
    List<JsonNode> list = new ArrayList<>();
    values.forEach(list::add);
    list.sort(Comparator.comparingInt(v -> v.path("rank").asInt()));
    return list;
  }

  private static JsonNode segment(JsonNode redThread, String column, String value) {
    for (JsonNode s : redThread.path("segments")) {
      if (s.path("column").asText().equals(column) && s.path("value").asText().equals(value)) {
        return s;
      }
    }
    throw new AssertionError("no segment " + column + "=" + value);
  }

  private static JsonNode segmentOf(JsonNode network, String column, String value) {
    return segment(network, column, value);
  }

  private static JsonNode valueIn(JsonNode segment, String code) {
    for (JsonNode v : segment.path("values")) {
      if (code(v).equals(code)) {
        return v;
      }
    }
    throw new AssertionError("no value " + code);
  }

  private static int indexOf(List<JsonNode> networks, String name) {
    for (int i = 0; i < networks.size(); i++) {
      if (networks.get(i).path("name").asText().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no network " + name);
  }

  private static String code(JsonNode value) {
    return value.path("code").asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    // Long labels are wrapped onto lines; the words are what counts.
    array.forEach(t -> texts.add(t.asText().replace('\n', ' ')));
    return texts;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
