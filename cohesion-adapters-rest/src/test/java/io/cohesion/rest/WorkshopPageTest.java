package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkshopPageTest {
  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>");
  private static final Pattern SOURCE = Pattern.compile("src=\"([^\"]+)\"");

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(FullApi.empty(ApiConfig.defaults(TestServer.KEYS)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void thePageIsAtTheRootWithAStrictPolicyAndNoInlineScript() {
    HttpResponse<String> page = server.get("/", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("script-src 'self';")
        .contains("style-src 'self';")
        .contains("connect-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-eval");
    // Only the SVG charts' style attributes may be inline: no script, no style sheet.
    assertThat(policy.replace("style-src-attr 'unsafe-inline'", ""))
        .doesNotContain("unsafe-inline");
    Matcher scripts = SCRIPT.matcher(page.body());
    int count = 0;
    while (scripts.find()) {
      count++;
      assertThat(scripts.group(1)).as("every script has a source").contains("src=\"/");
      assertThat(scripts.group(2)).as("no inline code").isBlank();
    }
    assertThat(count).isEqualTo(2);
    assertThat(page.body()).doesNotContain("style=").doesNotContain(" on");
  }

  @Test
  void everyFileThePageNamesIsServedAndEChartsComesFromItsWebJar() {
    String page = server.get("/", null).body();
    Matcher sources = SOURCE.matcher(page);
    List<String> scripts = sources.results().map(m -> m.group(1)).toList();

    assertThat(scripts)
        .containsExactly("/webjars/echarts/5.3.1/dist/echarts.min.js", "/workshop/app.js");
    HttpResponse<String> echarts = server.get(scripts.get(0), null);
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body()).contains("getInstanceByDom");
    for (String file : List.of("app.js", "api.js", "charts.js", "i18n.js")) {
      HttpResponse<String> script = server.get("/workshop/" + file, null);
      assertThat(script.statusCode()).as(file).isEqualTo(200);
      assertThat(script.headers().firstValue("Content-Type").orElseThrow())
          .as(file)
          .startsWith("text/javascript");
    }
    HttpResponse<String> style = server.get("/workshop/workshop.css", null);
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
  }

  @Test
  void theModulesImportOnlyFilesThatAreServed() {
    Pattern imports = Pattern.compile("from \"\\./([a-z0-9]+\\.js)\"");
    for (String file : List.of("app.js", "api.js", "charts.js", "i18n.js")) {
      String body = server.get("/workshop/" + file, null).body();
      imports
          .matcher(body)
          .results()
          .map(m -> m.group(1))
          .forEach(
              imported ->
                  assertThat(server.get("/workshop/" + imported, null).statusCode())
                      .as(file + " imports " + imported)
                      .isEqualTo(200));
    }
  }

  @Test
  void onlyThePagesOwnFilesAreServed() {
    assertThat(server.get("/workshop/index.html", null).statusCode()).isEqualTo(404);
    assertThat(server.get("/workshop/..%2FCohesionApi.class", null).statusCode()).isEqualTo(404);
    assertThat(server.get("/workshop/nothing.js", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theKeyIsSentInAHeaderAndNeverInAnAddress() {
    String api = server.get("/workshop/api.js", null).body();

    assertThat(api).contains("Authorization: \"Bearer \" + this.key");
    assertThat(api).contains("history.replaceState");
    assertThat(api).doesNotContain("key=\" +").doesNotContain("?key");
  }
}
