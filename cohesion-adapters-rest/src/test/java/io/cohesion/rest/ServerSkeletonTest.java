package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerSkeletonTest {
  private final AtomicBoolean storeUp = new AtomicBoolean(true);
  private TestServer server;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            FullApi.empty(ApiConfig.defaults(TestServer.KEYS))
                .health(() -> new StoreHealth.Status(storeUp.get(), "sqlite")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthReportsTheStoreWithoutAKey() {
    HttpResponse<String> response = server.get("/api/v1/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = TestServer.json(response);
    assertThat(body.path("status").asText()).isEqualTo("UP");
    assertThat(body.path("store").path("kind").asText()).isEqualTo("sqlite");
  }

  @Test
  void healthIsAlsoAtTheRootForLoadBalancers() {
    assertThat(server.get("/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void healthIs503WhenTheStoreIsDown() {
    storeUp.set(false);

    HttpResponse<String> response = server.get("/api/v1/health", null);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(TestServer.json(response).path("store").path("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void healthIs503WhenTheCheckItselfFails() {
    try (TestServer failing =
        TestServer.start(
            FullApi.empty(ApiConfig.defaults(TestServer.KEYS))
                .health(
                    () -> {
                      throw new IllegalStateException("connection refused");
                    }))) {
      HttpResponse<String> response = failing.get("/api/v1/health", null);

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).doesNotContain("connection refused");
    }
  }

  @Test
  void everyAnswerCarriesSecurityHeadersAndNoServerVersion() {
    for (String path : new String[] {"/api/v1/health", "/api/v1/nothing-here"}) {
      HttpResponse<String> response = server.get(path, null);

      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(response.headers().firstValue("Server")).isEmpty();
    }
  }

  @Test
  void theDocumentAndItsPageAreServed() {
    HttpResponse<String> document = server.get("/api/v1/openapi.json", null);
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(document).path("openapi").asText()).startsWith("3.1");

    HttpResponse<String> page = server.get("/api/v1/docs", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(page.body()).contains("/webjars/swagger-ui/").doesNotContain("<script>");
  }

  @Test
  void swaggerUiComesFromItsWebJar() {
    HttpResponse<String> page = server.get("/api/v1/docs", null);
    String bundle =
        page.body()
            .lines()
            .filter(line -> line.contains("swagger-ui-bundle.js"))
            .map(line -> line.substring(line.indexOf("/webjars/"), line.indexOf("\"></script>")))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> script = server.get(bundle, null);

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("SwaggerUIBundle");
    assertThat(server.get("/api/v1/docs/init.js", null).body()).contains("/api/v1/openapi.json");
  }
}
