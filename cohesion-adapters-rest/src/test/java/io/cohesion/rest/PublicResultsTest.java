package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The residents' results page and its JSON: open, the coordinator's words only, escaped. */
class PublicResultsTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);

  private TestServer server;

  private void start(CohesionApi.Builder builder) {
    server = TestServer.start(builder);
    server.postJson("/api/v1/neighbourhoods", COORDINATOR, MethodResourcesTest.NEIGHBOURHOOD);
    show("result-1", "2024-03-01", "Forty households <b>signed up</b> & counting");
    show("result-2", "2024-05-20", "The school garden is planted");
    show("result-3", "2024-09-01", "Not yet: shown after the summer");
  }

  private void show(String id, String day, String text) {
    HttpResponse<String> created =
        server.postJson(
            "/api/v1/results",
            COORDINATOR,
            "{\"id\":\""
                + id
                + "\",\"neighbourhood\":\"nij-beets\",\"shown\":\""
                + day
                + "\",\"text\":\""
                + text
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anyoneReadsTheResultsShownUpToTodayNewestFirstWithoutAKey() {
    start(FullApi.builder(new InMemoryStores(), TODAY));

    HttpResponse<String> answer =
        server.get("/api/v1/neighbourhoods/nij-beets/public-results", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = TestServer.json(answer);
    assertThat(body.path("name").asText()).isEqualTo("Nij Beets");
    assertThat(body.path("results")).hasSize(2);
    assertThat(body.path("results").get(0).path("shown").asText()).isEqualTo("2024-05-20");
    assertThat(body.path("results").get(1).path("text").asText())
        .isEqualTo("Forty households <b>signed up</b> & counting");
    assertThat(answer.body()).doesNotContain("result-1").doesNotContain("after the summer");
    assertThat(server.get("/api/v1/neighbourhoods/nowhere/public-results", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theResidentsPageShowsTheWordsAsTextInEitherLanguageUnderAStrictPolicy() {
    start(FullApi.builder(new InMemoryStores(), TODAY));

    HttpResponse<String> dutch = server.get("/buurt/nij-beets", null);
    HttpResponse<String> english = server.get("/buurt/nij-beets?lang=en", null);

    assertThat(dutch.statusCode()).isEqualTo(200);
    assertThat(dutch.body())
        .contains("<html lang=\"nl\">")
        .contains("Forty households &lt;b&gt;signed up&lt;/b&gt; &amp; counting")
        .contains("20 mei 2024")
        .doesNotContain("<b>")
        .doesNotContain("after the summer")
        .doesNotContain("<script");
    assertThat(dutch.body().indexOf("school garden"))
        .as("newest first")
        .isLessThan(dutch.body().indexOf("Forty households"));
    assertThat(english.body()).contains("<html lang=\"en\">").contains("20 May 2024");
    String policy = dutch.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'");
    assertThat(policy).doesNotContain("unsafe-inline");
    assertThat(dutch.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(server.get("/buurt/nowhere", null).statusCode()).isEqualTo(404);
  }

  @Test
  void aPlatformNamedAsFrameAncestorMayEmbedBothPages() {
    start(
        FullApi.builder(new InMemoryStores(), TODAY)
            .frameAncestors(List.of("https://platform.example.nl")));

    for (String path : List.of("/", "/buurt/nij-beets")) {
      HttpResponse<String> page = server.get(path, null);
      assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
          .as(path)
          .contains("frame-ancestors https://platform.example.nl;");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
    }
    // The API itself is never framed.
    assertThat(
            server
                .get("/api/v1/neighbourhoods/nij-beets/public-results", null)
                .headers()
                .firstValue("X-Frame-Options"))
        .contains("DENY");
  }

  @Test
  void aFrameAncestorIsAnOriginWithoutAPath() {
    assertThatThrownBy(
            () ->
                FullApi.builder(new InMemoryStores(), TODAY)
                    .frameAncestors(List.of("https://platform.example.nl/embed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme://host[:port]");
  }
}
