package io.cohesion.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A running API on a free loopback port, and a small client for it over real HTTP. */
public final class TestServer implements AutoCloseable {
  /** Keys of every role, long enough for {@link ApiKeys}. */
  public static final String COORDINATOR = "coordinator-key-0123456789";

  public static final String AMBASSADOR = "ambassador-key-0123456789";
  public static final String RESEARCHER = "researcher-key-0123456789";

  public static final ApiKeys KEYS =
      ApiKeys.of(
          Map.of(
              COORDINATOR, Role.COORDINATOR,
              AMBASSADOR, Role.AMBASSADOR,
              RESEARCHER, Role.RESEARCHER));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CohesionApi api;
  private final ResponseContract contract;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public TestServer(CohesionApi.Builder builder) {
    this(builder, ResponseContract.served());
  }

  private TestServer(CohesionApi.Builder builder, ResponseContract contract) {
    this.api = builder.build().start("127.0.0.1", 0);
    this.contract = contract;
  }

  /**
   * Starts {@code builder}'s API; every response it sends is checked against the OpenAPI document
   * ({@link ResponseContract}), so a test fails on an answer the document does not describe.
   */
  public static TestServer start(CohesionApi.Builder builder) {
    return new TestServer(builder);
  }

  /**
   * Starts an API with routes made up for a test ({@link SampleResource}), which the document does
   * not have: its responses are not checked against the document.
   */
  public static TestServer withoutContract(CohesionApi.Builder builder) {
    return new TestServer(builder, null);
  }

  public CohesionApi api() {
    return api;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + api.port() + path);
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  public HttpResponse<String> send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (contract != null) {
      contract.check(response);
    }
    return response;
  }

  public HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder request = request(path).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request.build());
  }

  public HttpResponse<String> post(String path, String key, String contentType, String body) {
    HttpRequest.Builder request =
        request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request.build());
  }

  public HttpResponse<String> postJson(String path, String key, String json) {
    return post(path, key, "application/json", json);
  }

  /**
   * Stores a wish map and uploads {@code csv} as its responses, as a coordinator; each step must
   * answer 201.
   *
   * @param definition the wish map as JSON, with id {@code id}
   */
  public void wishMapWithResponses(String id, String definition, String csv) {
    HttpResponse<String> created = postJson("/api/v1/wish-maps", COORDINATOR, definition);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> imported =
        post("/api/v1/wish-maps/" + id + "/responses", COORDINATOR, "text/csv", csv);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    api.stop();
  }
}
