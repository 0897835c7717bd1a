package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resident's form in a real browser on a phone-sized window: {@code serve --demo} in this
 * process, Debian's headless Chromium in front of it. A resident answers with the keyboard alone,
 * every page is checked with axe for WCAG 2.1 A and AA, and the paper form is printed to PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentFormIT {
  private static final String MAP = "hempens-wensen";
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WISH_MAP =
      """
      {"id": "hempens-wensen",
       "values": [
         {"code": "contact", "label": {"nl": "Contact tussen buren", "en": "Contact between neighbours"}},
         {"code": "green", "label": {"nl": "Groen en biodiversiteit", "en": "Greenery and biodiversity"}},
         {"code": "fun", "label": {"nl": "Plezier en ontspanning", "en": "Fun and relaxation"}},
         {"code": "health", "label": {"nl": "Gezondheid en bewegen", "en": "Health and exercise"}}
       ],
       "importanceScale": {"min": 1, "max": 5},
       "satisfactionScale": {"min": 1, "max": 5},
       "topChoices": 2,
       "segments": [
         {"column": "household", "label": {"nl": "Uw huishouden", "en": "Your household"},
          "values": [
            {"code": "young_parents", "label": {"nl": "Met jonge kinderen", "en": "With young children"}},
            {"code": "other", "label": {"nl": "Anders", "en": "Other"}}]}],
       "mobilisation": {"networks": ["Schoolplein", "Dorpsfeest"]}}
      """;

  private final StringWriter out = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private ServeCommand.Running server;
  private ChromeDriver browser;
  private String coordinator;
  private String base;
  private final List<String> codes = new ArrayList<>();

  @BeforeAll
  void startServerAndBrowser(@TempDir Path dir) throws IOException {
    Path dataDir = Files.createDirectories(dir.resolve("data"));
    Path profile = Files.createDirectories(dir.resolve("browser-profile"));
    DemoBrowser.requireChromium();

    server = DemoBrowser.serveDemo(dataDir, out);
    coordinator = DemoBrowser.printedKey(out, "coordinator");
    base = "http://127.0.0.1:" + server.port();
    assertThat(api("POST", "/wish-maps", WISH_MAP).statusCode()).isEqualTo(201);
    HttpResponse<String> issued = api("POST", "/invitations", "{\"count\":6}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JSON.readTree(issued.body()).path("codes").forEach(c -> codes.add(c.asText()));

    ChromeOptions options = DemoBrowser.options(profile, 360, 740);
    ChromeDriverService service = DemoBrowser.driverService();
    browser = new ChromeDriver(service, options);
    // A phone: 360 CSS pixels wide, as the form must work on.
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
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
  void aResidentAnswersTheWishMapWithTheKeyboardAloneAndThenErasesTheAnswers() throws IOException {
    String code = codes.get(0);
    browser.get(base + "/form");
    tabTo(e -> "code".equals(e.getAttribute("id")));
    keys(code);
    keys(Keys.ENTER);
    assertThat(heading()).isEqualTo("Kies een vragenlijst");

    tabTo(e -> href(e).contains("/wish-maps/" + MAP));
    keys(Keys.ENTER);
    assertThat(heading()).isEqualTo("Wensenkaart");
    assertThat(width()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(360);

    choose("imp.contact", 4); // 5 = very important
    choose("imp.green", 3);
    choose("imp.fun", 0);
    choose("sat.contact", 1);
    tabTo(e -> "top1".equals(e.getAttribute("name")));
    keys(Keys.ARROW_DOWN); // the first value: contact
    tabTo(e -> "top2".equals(e.getAttribute("name")));
    keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN); // the second value: green
    choose("seg.household", 0);
    tabTo(e -> "networks".equals(e.getAttribute("name")));
    keys(Keys.SPACE); // the first network
    choose("willingness", 3);
    tabTo(e -> "wish".equals(e.getAttribute("name")));
    keys("Een moestuin op het schoolplein");
    screenshot();
    tabTo(e -> "button".equals(e.getTagName()) && "submit".equals(e.getAttribute("type")));
    keys(Keys.ENTER);

    assertThat(heading()).isEqualTo("Bedankt voor uw antwoorden!");
    JsonNode stored = responses();
    assertThat(stored).hasSize(1);
    JsonNode answer = stored.get(0);
    assertThat(answer.path("importance"))
        .isEqualTo(JSON.readTree("{\"contact\":5.0,\"green\":4.0,\"fun\":1.0}"));
    assertThat(answer.path("satisfaction").toString()).isEqualTo("{\"contact\":2.0}");
    assertThat(answer.path("topChoices").toString()).isEqualTo("[\"contact\",\"green\"]");
    assertThat(answer.path("segments").path("household").asText()).isEqualTo("young_parents");
    assertThat(answer.path("networks").toString()).isEqualTo("[\"Schoolplein\"]");
    assertThat(answer.path("willingness").asInt()).isEqualTo(4);
    assertThat(answer.path("wishes").get(0).asText()).isEqualTo("Een moestuin op het schoolplein");

    // A second time with the same code: no form, the answers are in.
    browser.get(base + "/form/" + code + "/wish-maps/" + MAP);
    assertThat(heading()).isEqualTo("Uw antwoorden zijn al ontvangen");
    assertThat(browser.findElements(By.name("imp.contact"))).isEmpty();

    tabTo(e -> "button".equals(e.getTagName()) && e.getText().equals("Mijn antwoorden wissen"));
    keys(Keys.ENTER);
    assertThat(heading()).startsWith("Weet u zeker");
    assertThat(responses()).hasSize(1);
    tabTo(e -> "button".equals(e.getTagName()) && e.getText().equals("Ja, wis mijn antwoorden"));
    keys(Keys.ENTER);
    assertThat(heading()).isEqualTo("Uw antwoorden zijn gewist");
    assertThat(responses()).isEmpty();
  }

  @Test
  void everyPageOfTheFormMeetsWcag21AaInBothLanguages() {
    // The check can fail: a page without a language and with an unlabelled field breaks two rules.
    browser.get("data:text/html,<title>t</title><main><input type=text></main>");
    Results broken = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    assertThat(broken.getViolations().stream().map(Rule::getId)).contains("html-has-lang", "label");

    int next = 1;
    for (String lang : List.of("nl", "en")) {
      String code = codes.get(next++);
      String form = base + "/form/" + code + "/wish-maps/" + MAP + "?lang=" + lang;
      browser.get(base + "/form?lang=" + lang);
      accessible("start " + lang);
      browser.get(base + "/form/" + code + "?lang=" + lang);
      accessible("chooser " + lang);
      browser.get(form);
      accessible("form " + lang);

      new Select(browser.findElement(By.name("top1"))).selectByValue("fun");
      new Select(browser.findElement(By.name("top2"))).selectByValue("fun");
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      waitFor(By.cssSelector(".summary"));
      assertThat(browser.findElements(By.cssSelector(".summary a"))).hasSize(1);
      assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("summary");
      accessible("errors " + lang);

      new Select(browser.findElement(By.name("top2"))).selectByValue("health");
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      waitFor(By.cssSelector(".own"));
      assertThat(browser.findElements(By.name("top1"))).isEmpty();
      accessible("thank you " + lang);

      browser.get(base + "/form/print/wish-maps/" + MAP + "?lang=" + lang);
      accessible("paper " + lang);
    }
  }

  @Test
  void thePaperFormPrintsEveryQuestionOnA4() throws IOException {
    for (String lang : List.of("nl", "en")) {
      browser.get(base + "/form/print/wish-maps/" + MAP + "?lang=" + lang);
      List<String> questions = new ArrayList<>();
      for (WebElement e :
          browser.findElements(By.cssSelector("h2, .legend, th[scope=col], th[scope=row], li"))) {
        questions.add(e.getText().strip());
      }
      assertThat(questions)
          .contains(
              lang.equals("nl") ? "Contact tussen buren" : "Contact between neighbours",
              lang.equals("nl") ? "Uw huishouden" : "Your household",
              "Schoolplein");

      PrintOptions print = new PrintOptions();
      print.setPageSize(PageSize.ISO_A4);
      String pdf = ((PrintsPage) browser).print(print).getContent();
      try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
        PDRectangle page = document.getPage(0).getMediaBox();
        assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(2f));
        assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(2f));
        // The first page as a picture, to look at after a run.
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(
            new PDFRenderer(document).renderImageWithDPI(0, 60),
            "png",
            folder.resolve("paper-form-" + lang + ".png").toFile());
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        for (String question : questions) {
          assertThat(text).as(lang).contains(question.replaceAll("\\s+", " "));
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Float> within(float offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  // The keyboard.

  private void keys(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  /** Presses Tab until the focused element is one {@code wanted} accepts. */
  private void tabTo(Predicate<WebElement> wanted) {
    for (int i = 0; i < 200; i++) {
      keys(Keys.TAB);
      WebElement focused = browser.switchTo().activeElement();
      if (wanted.test(focused)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached the element on " + browser.getCurrentUrl());
  }

  /** Chooses option {@code index} of a radio group with Tab and the arrow keys. */
  private void choose(String name, int index) {
    tabTo(e -> name.equals(e.getAttribute("name")));
    if (index == 0) {
      keys(Keys.SPACE);
    }
    for (int i = 0; i < index; i++) {
      keys(Keys.ARROW_RIGHT);
    }
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.isSelected()).as(name).isTrue();
  }

  /** Waits for {@code what} to appear after a form is sent; fails with the page otherwise. */
  private void waitFor(By what) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> !d.findElements(what).isEmpty());
    } catch (TimeoutException e) {
      throw new AssertionError(what + " never appeared on\n" + browser.getPageSource(), e);
    }
  }

  private static String href(WebElement e) {
    String href = e.getAttribute("href");
    return href == null ? "" : href;
  }

  private String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  private long width() {
    Object w =
        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    return ((Number) w).longValue();
  }

  private void accessible(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    List<String> violations = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      violations.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes());
    }
    assertThat(violations).as(page + " " + browser.getCurrentUrl()).isEmpty();
  }

  /** The phone form for the docs, when {@code -Dcohesion.screenshots=DIR} asks for it. */
  private void screenshot() {
    String dir = System.getProperty("cohesion.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Path folder = Path.of(dir);
    if (!folder.isAbsolute() && Files.exists(Path.of("..", "cohesion-examples"))) {
      // Maven runs the test in the module's folder; a relative folder names one of the repository.
      folder = Path.of("..").resolve(folder);
    }
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve("resident-form.png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The API, as the coordinator.

  private JsonNode responses() {
    HttpResponse<String> r = api("GET", "/wish-maps/" + MAP + "/responses", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try {
      return JSON.readTree(r.body()).path("items");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> api(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
            .header("Authorization", "Bearer " + coordinator);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
