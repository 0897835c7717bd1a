package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The invitation letters in a real browser: {@code serve --demo} in this process issues a batch as
 * letters, Debian's headless Chromium shows them under the policy they are served with and prints
 * them to PDF; the PDF's text must hold every code and link, and the QR code on each page, read
 * back from the rendered page, must be that page's link. The letters pass axe's WCAG 2.1 A and AA
 * rules in Dutch and in English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationLettersIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("<p class=\"code\">([A-Z0-9-]+)</p>");

  private final StringWriter out = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private ServeCommand.Running server;
  private HttpServer pages;
  private WebDriver browser;
  private String coordinator;
  private String api;

  @BeforeAll
  void startServerAndBrowser(@TempDir Path dir) throws IOException {
    Path dataDir = Files.createDirectories(dir.resolve("data"));
    Path profile = Files.createDirectories(dir.resolve("browser-profile"));
    DemoBrowser.requireChromium();

    server = DemoBrowser.serveDemo(dataDir, out);
    coordinator = DemoBrowser.printedKey(out, "coordinator");
    api = "http://127.0.0.1:" + server.port() + "/api/v1";

    // The letters come from a POST; a small server of this test hands the browser the answer as
    // it came, with its headers, so that the browser applies the letters' own policy.
    pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    pages.start();

    ChromeOptions options = DemoBrowser.options(profile, 1000, 1400);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = DemoBrowser.driverService();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (pages != null) {
        pages.stop(0);
      }
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void thePrintedLettersHoldEveryCodeItsLinkAndAQrCodeOfThatLink() throws Exception {
    Letters letters = issue("nl", 3);
    open(letters, "letters-nl");

    byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4()).getContent());

    String base = "http://127.0.0.1:" + server.port();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(letters.codes().size());
      PDFTextStripper stripper = new PDFTextStripper();
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        String code = letters.codes().get(page);
        String link = base + "/form/" + code.replace("-", "");
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        String text = stripper.getText(document);
        assertThat(text).as("page %d", page + 1).contains(code).contains(link);
        assertThat(text).contains("Uw persoonlijke code");
        BufferedImage image = renderer.renderImageWithDPI(page, 150);
        assertThat(qr(image)).as("the QR code of page %d", page + 1).isEqualTo(link);
      }
    }
    saveScreenshot();
  }

  @Test
  void theLettersPassTheWcagRulesInDutchAndEnglish() {
    for (String language : List.of("nl", "en")) {
      Letters letters = issue(language, 2);
      open(letters, "letters-" + language);

      Results results =
          new AxeBuilder()
              .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
              .analyze(browser);

      assertThat(results.getViolations())
          .as("%s: %s", language, describe(results.getViolations()))
          .isEmpty();
      assertThat(results.getPasses()).isNotEmpty();
    }
  }

  // --- issuing and showing

  private record Letters(String html, String policy, List<String> codes) {}

  private Letters issue(String language, int count) {
    String building = firstBuilding();
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(api + "/invitations"))
                  .header("Authorization", "Bearer " + coordinator)
                  .header("Content-Type", "application/json")
                  .header("Accept", "text/html")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"count\":"
                              + count
                              + ",\"label\":\"Wingerdweg 12-40\",\"building\":\""
                              + building
                              + "\",\"language\":\""
                              + language
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      List<String> codes = new ArrayList<>();
      Matcher m = CODE.matcher(answer.body());
      while (m.find()) {
        codes.add(m.group(1));
      }
      assertThat(codes).hasSize(count);
      return new Letters(
          answer.body(),
          answer.headers().firstValue("Content-Security-Policy").orElseThrow(),
          codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String firstBuilding() {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(api + "/buildings?neighbourhood=ketelhuis-wg"))
                  .header("Authorization", "Bearer " + coordinator)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode items = JSON.readTree(answer.body()).path("items");
      assertThat(items).as("the demo registers buildings").isNotEmpty();
      return items.get(0).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Shows {@code letters} in the browser, served with the headers they were issued with. */
  private void open(Letters letters, String name) {
    byte[] body = letters.html().getBytes(StandardCharsets.UTF_8);
    pages.createContext(
        "/" + name,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.getResponseHeaders().set("Content-Security-Policy", letters.policy());
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    browser.get("http://127.0.0.1:" + pages.getAddress().getPort() + "/" + name);
    List<String> refused = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        refused.add(entry.getMessage());
      }
    }
    assertThat(refused).as("what the letters' policy refused").isEmpty();
  }

  private static PrintOptions a4() {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(true);
    return options;
  }

  /** The text of the one QR code on {@code image}. */
  private static String qr(BufferedImage image) {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    MultiFormatReader reader = new MultiFormatReader();
    try {
      return reader
          .decode(
              bitmap,
              Map.of(
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE),
                  DecodeHintType.TRY_HARDER,
                  Boolean.TRUE))
          .getText();
    } catch (NotFoundException e) {
      throw new AssertionError("no QR code found on the page", e);
    }
  }

  private static String describe(List<Rule> violations) {
    StringBuilder text = new StringBuilder();
    for (Rule rule : violations) {
      text.append(rule.getId()).append(": ").append(rule.getHelp()).append(" (");
      rule.getNodes().forEach(n -> text.append(n.getTarget()).append(' '));
      text.append(") ");
    }
    return text.toString();
  }

  /**
   * The first letter as an image for the docs, only when {@code -Dcohesion.screenshots=DIR} names a
   * folder; a relative one is taken from the repository root.
   */
  private void saveScreenshot() throws IOException {
    String folder = System.getProperty("cohesion.screenshots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    Path dir = Path.of(folder);
    // Tests run in the module's folder; a relative folder is meant from the repository root.
    if (!dir.isAbsolute() && Files.isDirectory(Path.of("..", "docs"))) {
      dir = Path.of("..").resolve(folder);
    }
    Files.createDirectories(dir);
    // the first letter alone, as it prints
    byte[] png =
        browser.findElement(By.cssSelector("article.letter")).getScreenshotAs(OutputType.BYTES);
    Files.write(dir.resolve("invitation-letter.png"), png);
  }
}
