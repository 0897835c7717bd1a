package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cohesion.persistence.memory.InMemoryStores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Sends fuzzed bodies to the running API over real HTTP: whatever the body, the answer is never a
 * 5xx, and every refusal is a problem document without a stack trace.
 *
 * <p>The first byte of an input chooses the route ({@code a} is the first of {@link #TARGETS},
 * {@code b} the second, …); the remaining bytes are the body. The corpus is under {@code
 * HttpFuzzTestInputs/anyRoute/}; {@code mvn verify} replays it.
 */
class HttpFuzzTest {
  /** A route, the media type the body is declared as, and whether a key is sent. */
  record Target(String method, String path, String contentType, boolean withKey) {}

  static final List<Target> TARGETS =
      List.of(
          new Target("POST", "/api/v1/scales", "application/json", true),
          new Target("POST", "/api/v1/wish-maps", "application/json", true),
          new Target("POST", "/api/v1/wish-maps/nb/responses", "application/json", true),
          new Target("POST", "/api/v1/wish-maps/nb/responses", "text/csv", true),
          new Target("POST", "/api/v1/measurements/before/responses", "application/json", true),
          new Target("POST", "/api/v1/measurements/before/responses", "text/csv", true),
          new Target("POST", "/api/v1/measurements", "application/json", true),
          new Target("POST", "/api/v1/invitations", "application/json", true),
          new Target("PUT", "/api/v1/wish-maps/nb", "application/json", true),
          new Target("PUT", "/api/v1/scales/trust", "application/json", true),
          new Target("POST", "/api/v1/wish-maps/nb/responses", "application/json", false),
          new Target("POST", "/api/v1/measurements/before/responses", "text/csv", false));

  private static TestServer server;

  @BeforeAll
  static void start() {
    // Residents are not rate limited here, so that their route is fuzzed rather than refused.
    ApiConfig config =
        ApiConfig.defaults(TestServer.KEYS).withResidentSubmissionsPerMinute(1 << 30);
    server = TestServer.start(FullApi.builder(new InMemoryStores(), config));
    created("/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    created(
        "/api/v1/scales",
        "{\"id\":\"trust\",\"response\":{\"min\":1,\"max\":5},"
            + "\"items\":[{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\",\"reverse\":true}]}");
    created(
        "/api/v1/wish-maps",
        "{\"id\":\"nb\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},"
            + "{\"code\":\"green\"}],\"importanceScale\":{\"min\":1,\"max\":5},"
            + "\"satisfactionScale\":{\"min\":1,\"max\":5},\"topChoices\":2,"
            + "\"segments\":[{\"column\":\"household\",\"values\":[{\"code\":\"young_parents\"},"
            + "{\"code\":\"others\"}]}]}");
    created(
        "/api/v1/measurements",
        "{\"id\":\"before\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\","
            + "\"wave\":\"before\",\"opened\":\"2024-05-01\"}");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void created(String path, String json) {
    HttpResponse<String> response = server.postJson(path, COORDINATOR, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @FuzzTest(maxDuration = "2m")
  void anyRoute(byte[] input) {
    Target target =
        TARGETS.get(input.length == 0 ? 0 : Math.floorMod(input[0] - 'a', TARGETS.size()));
    byte[] body = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    HttpRequest.Builder request =
        server
            .request(target.path())
            .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", target.contentType())
            .header("If-Match", "\"1\"");
    if (target.withKey()) {
      request.header("Authorization", "Bearer " + COORDINATOR);
    }

    HttpResponse<String> response = server.send(request.build());

    assertThat(response.statusCode())
        .as("%s %s answered %s", target.method(), target.path(), response.body())
        .isBetween(200, 499);
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(TestServer.json(response).path("detail").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }
  }
}
