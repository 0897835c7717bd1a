package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.persistence.memory.InMemoryStores;
import io.cohesion.rest.http.Access;
import io.cohesion.rest.resource.DocumentResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the server names the full version of the API in {@code API-Version} (docs/api.md,
 * "The API Design Rules"), whatever its status and whoever wrote it: a resource, the error mapping,
 * Javalin, the CORS preflight or the static files.
 */
class ApiVersionHeaderTest {
  private static final String ORIGIN = "https://app.example.org";
  private static final AtomicBoolean STORE_UP = new AtomicBoolean(true);
  private static TestServer server;
  private static String version;

  @BeforeAll
  static void start() throws IOException {
    try (InputStream in = DocumentResource.class.getResourceAsStream(DocumentResource.DOCUMENT)) {
      version = new ObjectMapper().readTree(in).at("/info/version").asText();
    }
    server =
        TestServer.withoutContract(
            FullApi.builder(
                    new InMemoryStores(),
                    ApiConfig.defaults(TestServer.KEYS)
                        .withCorsOrigins(List.of(ORIGIN))
                        .withMaxBodyBytes(10_000))
                .health(() -> new StoreHealth.Status(STORE_UP.get(), "memory"))
                .resource(new SampleResource())
                .resource(
                    routes ->
                        routes.get(
                            "/failures",
                            Access.everyone(),
                            ctx -> {
                              throw new IllegalStateException("a bug");
                            })));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder request = server.request(path);
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return request;
  }

  private static HttpRequest get(String path, String key) {
    return request(path, key).GET().build();
  }

  private static HttpRequest send(String method, String path, String key, String json) {
    return request(path, key)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  @Test
  void theVersionIsTheFullVersionOfTheDocument() {
    // The project version, as SemVer writes it; a development build is a pre-release (-SNAPSHOT).
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    assertThat(server.get("/api/v1/health", null).headers().firstValue("API-Version"))
        .hasValue(version);
  }

  /** A request and the status it is answered with. */
  private record Expected(HttpRequest request, int status) {}

  @Test
  void everyAnswerCarriesTheVersion() {
    String webJarFile =
        server
            .get("/api/v1/docs", null)
            .body()
            .lines()
            .filter(line -> line.contains("/webjars/"))
            .map(
                line ->
                    line.substring(
                        line.indexOf("/webjars/"), line.indexOf('"', line.indexOf("/webjars/"))))
            .findFirst()
            .orElseThrow();
    List<Expected> requests = new ArrayList<>();
    BiConsumer<HttpRequest, Integer> expect =
        (request, status) -> requests.add(new Expected(request, status));
    expect.accept(get("/api/v1/health", null), 200);
    expect.accept(get("/health", null), 200);
    expect.accept(
        request("/api/v1/health", null).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        200);
    expect.accept(get("/api/v1/openapi.json", null), 200);
    expect.accept(get("/api/v1/docs", null), 200);
    expect.accept(get("/api/v1/docs/init.js", null), 200);
    expect.accept(get(webJarFile, null), 200);
    expect.accept(get("/", null), 200);
    expect.accept(get("/workshop/app.js", null), 200);
    expect.accept(get("/api/v1/scales", TestServer.COORDINATOR), 200);
    expect.accept(send("POST", "/api/v1/samples", TestServer.COORDINATOR, "{\"name\":\"a\"}"), 201);
    expect.accept(
        request("/api/v1/samples/s1", TestServer.COORDINATOR)
            .header("If-None-Match", "\"1\"")
            .GET()
            .build(),
        304);
    expect.accept(
        send("PUT", "/api/v1/samples/s1", TestServer.COORDINATOR, "{\"name\":\"b\"}"), 428);
    expect.accept(
        ifMatch(
            send("PUT", "/api/v1/samples/s1", TestServer.COORDINATOR, "{\"name\":\"b\"}"), "\"9\""),
        412);
    expect.accept(send("POST", "/api/v1/scales", TestServer.COORDINATOR, "{not json"), 400);
    expect.accept(get("/api/v1/invitations?page=0", TestServer.COORDINATOR), 400);
    expect.accept(get("/api/v1/scales", null), 401);
    expect.accept(get("/api/v1/invitations", TestServer.RESEARCHER), 403);
    expect.accept(get("/api/v1/scales/no-such-scale", TestServer.COORDINATOR), 404);
    expect.accept(get("/api/v1/nothing-here", TestServer.COORDINATOR), 404);
    expect.accept(get("/workshop/nothing.js", null), 404);
    expect.accept(get("/webjars/nothing/1.0/nothing.js", null), 404);
    expect.accept(send("DELETE", "/api/v1/health", null, ""), 405);
    expect.accept(
        send(
            "POST",
            "/api/v1/scales",
            TestServer.COORDINATOR,
            "{\"x\":\"" + "y".repeat(20_000) + "\"}"),
        413);
    expect.accept(
        request("/api/v1/scales", TestServer.COORDINATOR)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("x"))
            .build(),
        415);
    expect.accept(get("/api/v1/failures", null), 500);
    expect.accept(
        request("/api/v1/scales", null)
            .header("Origin", ORIGIN)
            .header("Access-Control-Request-Method", "POST")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build(),
        204);

    List<String> without = new ArrayList<>();
    for (Expected expected : requests) {
      HttpRequest request = expected.request();
      HttpResponse<String> response = server.send(request);
      String name = request.method() + " " + request.uri().getPath();
      assertThat(response.statusCode())
          .as(name + ": " + response.body())
          .isEqualTo(expected.status());
      if (!response.headers().firstValue("API-Version").equals(Optional.of(version))) {
        without.add(name + " (" + expected.status() + ")");
      }
    }

    assertThat(without).as("answers without API-Version: " + version).isEmpty();
  }

  @Test
  void anOptionsRequestThatIsNoPreflightCarriesTheVersion() {
    HttpResponse<String> response =
        server.send(
            request("/api/v1/scales", null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isGreaterThanOrEqualTo(200);
    assertThat(response.headers().firstValue("API-Version")).hasValue(version);
  }

  @Test
  void browsersMayReadTheVersion() {
    HttpResponse<String> response =
        server.send(request("/api/v1/health", null).header("Origin", ORIGIN).GET().build());

    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("API-Version");
  }

  @Test
  void aRequestTheHttpLayerRefusesIsAProblemWithTheVersion() throws IOException {
    Map<String, String> refused =
        Map.of(
            "HTTP/1.1 400",
            "GET /api/v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            "HTTP/1.1 431",
            "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "x".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");

    refused.forEach(
        (status, request) -> {
          String answer = raw(request);
          String lower = answer.toLowerCase(Locale.ROOT);

          assertThat(answer).startsWith(status);
          assertThat(lower)
              .as(answer)
              .contains("\napi-version: " + version.toLowerCase(Locale.ROOT));
          assertThat(lower).as(answer).contains("\ncontent-type: application/problem+json");
          assertThat(lower).as(answer).contains("\nx-content-type-options: nosniff");
          assertThat(answer).contains("\"status\":" + status.substring(9)).doesNotContain("<html");
        });
  }

  @Test
  void theHealthOfADownStoreIsAProblemWithTheStore() {
    STORE_UP.set(false);
    try {
      HttpResponse<String> response = server.get("/api/v1/health", null);

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(response.headers().firstValue("API-Version")).hasValue(version);
      JsonNode problem = TestServer.json(response);
      assertThat(problem.path("status").asInt()).isEqualTo(503);
      assertThat(problem.path("title").asText()).isNotBlank();
      assertThat(problem.path("detail").asText()).isNotBlank();
      assertThat(problem.path("type").asText()).startsWith("urn:cohesion:problem:");
      assertThat(problem.path("store").path("status").asText()).isEqualTo("DOWN");
      assertThat(problem.path("store").path("kind").asText()).isEqualTo("memory");
    } finally {
      STORE_UP.set(true);
    }
  }

  @Test
  void theOperationsThatDocument400AnswerIt() {
    String badId = "-not-an-id";
    List<HttpRequest> requests =
        List.of(
            ifMatch(send("DELETE", "/api/v1/scales/" + badId, TestServer.COORDINATOR, "")),
            ifMatch(send("DELETE", "/api/v1/wish-maps/" + badId, TestServer.COORDINATOR, "")),
            ifMatch(send("DELETE", "/api/v1/measurements/" + badId, TestServer.COORDINATOR, "")),
            get("/api/v1/wish-maps/" + badId + "/responses", TestServer.COORDINATOR),
            get("/api/v1/measurements/" + badId + "/responses", TestServer.COORDINATOR),
            get("/api/v1/invitations?pageSize=501", TestServer.COORDINATOR),
            ifMatch(
                send(
                    "POST",
                    "/api/v1/parked-topics/" + badId + "/raises",
                    TestServer.COORDINATOR,
                    "")));

    for (HttpRequest request : requests) {
      HttpResponse<String> response = server.send(request);

      assertThat(response.statusCode()).as(request.method() + " " + request.uri()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }
  }

  private static HttpRequest ifMatch(HttpRequest request) {
    return ifMatch(request, "\"1\"");
  }

  private static HttpRequest ifMatch(HttpRequest request, String etag) {
    return HttpRequest.newBuilder(request, (name, value) -> true).header("If-Match", etag).build();
  }

  /** Sends {@code request} as it is, past the checks of an HTTP client, and reads the answer. */
  private static String raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", server.api().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
