package io.cohesion.rest;

import static io.cohesion.rest.TestServer.AMBASSADOR;
import static io.cohesion.rest.TestServer.COORDINATOR;
import static io.cohesion.rest.TestServer.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.engagement.AmbassadorId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {
  private TestServer server;
  private SampleResource samples;

  @BeforeEach
  void start() {
    samples = new SampleResource();
    server =
        TestServer.withoutContract(
            FullApi.empty(
                    ApiConfig.defaults(TestServer.KEYS).withResidentSubmissionsPerMinute(3),
                    Clock.fixed(Instant.parse("2026-03-01T10:00:30Z"), ZoneOffset.UTC))
                .resource(samples));
    server.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"first\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void withoutAKeyItIs401WithAChallenge() {
    HttpResponse<String> response = server.get("/api/v1/samples", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void anUnknownKeyIs401() {
    HttpResponse<String> response = server.get("/api/v1/samples", "not-a-known-key-at-all");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
        .contains("invalid_token");
    assertThat(response.body()).doesNotContain("not-a-known-key-at-all");
  }

  @Test
  void anotherSchemeIs401() {
    HttpResponse<String> response =
        server.send(
            server
                .request("/api/v1/samples")
                .header("Authorization", "Basic " + COORDINATOR)
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aRoleThatMayNotIs403() {
    HttpResponse<String> response =
        server.postJson("/api/v1/samples", RESEARCHER, "{\"name\":\"by a researcher\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("researcher");
    assertThat(samples.store).hasSize(1);
  }

  @Test
  void aRoleThatMayIsLetThrough() {
    assertThat(server.get("/api/v1/samples", RESEARCHER).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/samples", COORDINATOR).statusCode()).isEqualTo(200);
    assertThat(server.get("/api/v1/samples", AMBASSADOR).statusCode()).isEqualTo(403);
  }

  @Test
  void residentsMaySubmitWithoutAKeyButAreRateLimitedPerAddress() {
    for (int i = 0; i < 3; i++) {
      assertThat(
              server
                  .postJson("/api/v1/samples/s1/submissions", null, "{\"name\":\"r\"}")
                  .statusCode())
          .isEqualTo(201);
    }

    HttpResponse<String> limited =
        server.postJson("/api/v1/samples/s1/submissions", null, "{\"name\":\"r\"}");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(samples.submitted).hasSize(3);
    // Callers with a key are not counted against residents.
    assertThat(
            server
                .postJson("/api/v1/samples/s1/submissions", AMBASSADOR, "{\"name\":\"a\"}")
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void failedAuthenticationsFromOneAddressAreLimitedWithoutLockingOutOthers() throws IOException {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:30Z"));
    try (TestServer limited =
        TestServer.withoutContract(
            FullApi.empty(
                    ApiConfig.defaults(TestServer.KEYS).withFailedAuthenticationsPerMinute(3),
                    clock)
                .resource(new SampleResource()))) {
      for (int i = 0; i < 3; i++) {
        assertThat(limited.get("/api/v1/samples", "wrong-key-000000000" + i).statusCode())
            .isEqualTo(401);
      }

      HttpResponse<String> refused = limited.get("/api/v1/samples", "wrong-key-0000000009");
      // Once over the limit, a right key from that address is refused too: else the limit would
      // still tell a guesser which key is right.
      HttpResponse<String> rightKeyThere = limited.get("/api/v1/samples", COORDINATOR);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(TestServer.json(refused).path("detail").asText())
          .contains("failed authentications");
      assertThat(rightKeyThere.statusCode()).isEqualTo(429);
      // Another address keeps its own count: its right key works, its wrong key is a 401.
      assertThat(statusFrom("127.0.0.2", limited.api().port(), COORDINATOR)).isEqualTo(200);
      assertThat(statusFrom("127.0.0.2", limited.api().port(), "wrong-key-0000000010"))
          .isEqualTo(401);
      // The next minute starts a new count.
      clock.advance(Duration.ofSeconds(30));
      assertThat(limited.get("/api/v1/samples", COORDINATOR).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aHundredWrongKeysMeetA429UnderTheDefaultLimit() {
    int refused = 0;
    for (int i = 0; i < 100; i++) {
      if (server.get("/api/v1/samples", "wrong-key-" + (1_000_000_000L + i)).statusCode() == 429) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(100 - ApiConfig.DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE);
  }

  @Test
  void behindATrustedProxyEachResidentHasALimitOfTheirOwnAndOthersHeadersAreIgnored()
      throws IOException {
    try (TestServer proxied = behindTheProxyAt127001(3)) {
      int port = proxied.api().port();
      // The proxy at 127.0.0.1 forwards a first resident's submissions ...
      for (int i = 0; i < 3; i++) {
        assertThat(submitFrom("127.0.0.1", port, "203.0.113.1")).isEqualTo(201);
      }
      assertThat(submitFrom("127.0.0.1", port, "203.0.113.1")).isEqualTo(429);
      // ... and a second resident's, who has a count of their own.
      assertThat(submitFrom("127.0.0.1", port, "203.0.113.2")).isEqualTo(201);
      // What the first resident writes into the header themselves is left of what the proxy
      // appended, and is not read.
      assertThat(submitFrom("127.0.0.1", port, "198.51.100.9, 203.0.113.1")).isEqualTo(429);
      // A peer that is not a trusted proxy is counted under its own address, whatever it sends.
      for (int i = 0; i < 3; i++) {
        assertThat(submitFrom("127.0.0.2", port, "198.51.100." + i)).isEqualTo(201);
      }
      assertThat(submitFrom("127.0.0.2", port, "198.51.100.7")).isEqualTo(429);
      assertThat(submitFrom("127.0.0.2", port, null)).isEqualTo(429);
      // The same address is one count, whether it comes directly or through the proxy.
      assertThat(submitFrom("127.0.0.1", port, "127.0.0.2")).isEqualTo(429);
    }
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64Network() throws IOException {
    try (TestServer proxied = behindTheProxyAt127001(3)) {
      int port = proxied.api().port();
      // Changing the last 64 bits of its own address gives a client no new count ...
      for (int i = 1; i <= 3; i++) {
        assertThat(submitFrom("127.0.0.1", port, "2001:db8:0:7::" + i)).isEqualTo(201);
      }
      assertThat(submitFrom("127.0.0.1", port, "2001:db8:0:7:ffff:1:2:3")).isEqualTo(429);
      // ... while another /64 has a count of its own.
      assertThat(submitFrom("127.0.0.1", port, "2001:db8:0:8::1")).isEqualTo(201);
    }
  }

  @Test
  void behindATrustedProxyOneClientsWrongKeysDoNotLockOutTheOthers() throws IOException {
    try (TestServer proxied =
        TestServer.withoutContract(
            FullApi.empty(
                    ApiConfig.defaults(TestServer.KEYS)
                        .withFailedAuthenticationsPerMinute(3)
                        .withTrustedProxies(List.of("127.0.0.0/8")),
                    Clock.fixed(Instant.parse("2026-03-01T10:00:30Z"), ZoneOffset.UTC))
                .resource(new SampleResource()))) {
      int port = proxied.api().port();
      for (int i = 0; i < 3; i++) {
        assertThat(statusFrom("127.0.0.2", port, "wrong-key-000000000" + i, "198.51.100.1"))
            .isEqualTo(401);
      }
      assertThat(statusFrom("127.0.0.2", port, COORDINATOR, "198.51.100.1")).isEqualTo(429);
      // Another client behind the same proxy, and behind another trusted one, is let in.
      assertThat(statusFrom("127.0.0.2", port, COORDINATOR, "198.51.100.2")).isEqualTo(200);
      assertThat(statusFrom("127.0.0.3", port, COORDINATOR, "198.51.100.2")).isEqualTo(200);
      // The proxies themselves were not counted.
      assertThat(statusFrom("127.0.0.2", port, COORDINATOR, null)).isEqualTo(200);
      // The same client through another trusted proxy has the same count.
      assertThat(statusFrom("127.0.0.3", port, COORDINATOR, "198.51.100.1")).isEqualTo(429);
    }
  }

  @Test
  void aTrustedProxyThatIsNotAnAddressIsRefused() {
    ApiConfig config = ApiConfig.defaults(TestServer.KEYS);

    assertThatThrownBy(() -> config.withTrustedProxies(List.of("proxy.example.org")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.example.org");
    assertThatThrownBy(() -> config.withTrustedProxies(List.of("0.0.0.0/0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trusts every address");
    assertThat(config.trustedProxies()).isEmpty();
    assertThat(config.withTrustedProxies(List.of(" 10.0.0.0/8", "fd00::/8 ")).trustedProxies())
        .containsExactly("10.0.0.0/8", "fd00::/8");
  }

  /**
   * A server with a sample to submit to, that trusts the proxy at 127.0.0.1 and takes {@code
   * perMinute} keyless submissions a minute from each client.
   */
  private static TestServer behindTheProxyAt127001(int perMinute) {
    TestServer proxied =
        TestServer.withoutContract(
            FullApi.empty(
                    ApiConfig.defaults(TestServer.KEYS)
                        .withResidentSubmissionsPerMinute(perMinute)
                        .withTrustedProxies(List.of("127.0.0.1")),
                    Clock.fixed(Instant.parse("2026-03-01T10:00:30Z"), ZoneOffset.UTC))
                .resource(new SampleResource()));
    proxied.postJson("/api/v1/samples", COORDINATOR, "{\"name\":\"first\"}");
    return proxied;
  }

  /**
   * The status of a keyless submission of a sample sent from {@code localAddress}, with {@code
   * forwardedFor} as its {@code X-Forwarded-For} unless null.
   */
  private static int submitFrom(String localAddress, int port, String forwardedFor)
      throws IOException {
    String body = "{\"name\":\"r\"}";
    return exchange(
        localAddress,
        port,
        "POST /api/v1/samples/s1/submissions HTTP/1.1\r\n"
            + forwarded(forwardedFor)
            + "Content-Type: application/json\r\nContent-Length: "
            + body.length()
            + "\r\n",
        body);
  }

  private static String forwarded(String forwardedFor) {
    return forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n";
  }

  /** The status of a GET of the samples with {@code key}, sent from {@code localAddress}. */
  private static int statusFrom(String localAddress, int port, String key) throws IOException {
    return statusFrom(localAddress, port, key, null);
  }

  /**
   * The status of a GET of the samples with {@code key}, sent from {@code localAddress} with {@code
   * forwardedFor} as its {@code X-Forwarded-For} unless null.
   */
  private static int statusFrom(String localAddress, int port, String key, String forwardedFor)
      throws IOException {
    return exchange(
        localAddress,
        port,
        "GET /api/v1/samples HTTP/1.1\r\nAuthorization: Bearer "
            + key
            + "\r\n"
            + forwarded(forwardedFor),
        "");
  }

  /**
   * Sends {@code head} (the request line and headers but Host and Connection, each line ended) and
   * {@code body} from {@code localAddress}, and reads the status.
   */
  private static int exchange(String localAddress, int port, String head, String body)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      String request = head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  /** A clock the test moves on, so a rate window passes without waiting. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a test clock stays in UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aBadKeyOnAResidentRouteIsStill401() {
    HttpResponse<String> response =
        server.postJson(
            "/api/v1/samples/s1/submissions", "wrong-key-0123456789", "{\"name\":\"r\"}");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void keysParseFromTheEnvironmentFormat() {
    ApiKeys keys =
        ApiKeys.fromEnvironment(
            Map.of(
                "COHESION_API_KEYS",
                " coordinator-0123456789abcdef=coordinator, research-0123456789abcdef=Researcher "));

    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.roleOf("coordinator-0123456789abcdef")).contains(Role.COORDINATOR);
    assertThat(keys.roleOf("research-0123456789abcdef")).contains(Role.RESEARCHER);
    assertThat(keys.roleOf("research-0123456789abcde")).isEmpty();
    assertThat(ApiKeys.fromEnvironment(Map.of()).size()).isZero();
  }

  @Test
  void keysParseFromAFileWithComments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("keys");
    Files.writeString(
        file,
        "# demo keys\nambassador-0123456789abcdef=ambassador\n\ncoordinator-0123456789ab=coordinator\n");

    ApiKeys keys = ApiKeys.fromFile(file);

    assertThat(keys.roleOf("ambassador-0123456789abcdef")).contains(Role.AMBASSADOR);
    assertThat(keys.roleOf("coordinator-0123456789ab")).contains(Role.COORDINATOR);
  }

  @Test
  void anAmbassadorsKeyMayNameItsAmbassador() {
    ApiKeys keys =
        ApiKeys.parse(
            "ambassador-0123456789abcdef=ambassador: amb-1\nhelper-0123456789abcdef=ambassador");

    assertThat(keys.grantOf("ambassador-0123456789abcdef"))
        .contains(ApiKeys.Grant.ambassador(new AmbassadorId("amb-1")));
    assertThat(keys.roleOf("ambassador-0123456789abcdef")).contains(Role.AMBASSADOR);
    assertThat(keys.grantOf("helper-0123456789abcdef")).contains(ApiKeys.Grant.of(Role.AMBASSADOR));
    assertThatThrownBy(() -> ApiKeys.parse("coordinator-0123456789abcdef=coordinator:amb-1"))
        .hasMessageContaining("key entry 1")
        .hasMessageContaining("only an ambassador's key names an ambassador")
        .hasMessageNotContaining("coordinator-0123456789abcdef");
    assertThatThrownBy(() -> ApiKeys.parse("ambassador-0123456789abcdef=ambassador:"))
        .hasMessageContaining("key entry 1 names an invalid ambassador id");
  }

  @Test
  void badKeyConfigurationIsRefusedWithoutEchoingTheKey() {
    assertThatThrownBy(() -> ApiKeys.parse("coordinator-0123456789abcdef=admin"))
        .hasMessageContaining("unknown role 'admin'")
        .hasMessageNotContaining("coordinator-0123456789abcdef");
    assertThatThrownBy(() -> ApiKeys.parse("short=coordinator"))
        .hasMessageContaining("at least 16")
        .hasMessageNotContaining("short=");
    assertThatThrownBy(() -> ApiKeys.parse("coordinator-0123456789abcdef"))
        .hasMessageContaining("token=role");
    assertThatThrownBy(
            () ->
                ApiKeys.parse(
                    "coordinator-0123456789abcdef=coordinator,coordinator-0123456789abcdef=researcher"))
        .hasMessageContaining("repeats");
  }

  @Test
  void keysAreNeverPrinted() {
    assertThat(TestServer.KEYS.toString()).doesNotContain(COORDINATOR).contains("3 keys");
  }

  @Test
  void corsAnswersOnlyConfiguredOrigins() {
    try (TestServer cors =
        TestServer.withoutContract(
            FullApi.empty(
                    ApiConfig.defaults(TestServer.KEYS)
                        .withCorsOrigins(java.util.List.of("https://app.example.org")))
                .resource(new SampleResource()))) {
      HttpResponse<String> allowed =
          cors.send(
              cors.request("/api/v1/health")
                  .header("Origin", "https://app.example.org")
                  .GET()
                  .build());
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://app.example.org");

      HttpResponse<String> other =
          cors.send(
              cors.request("/api/v1/health")
                  .header("Origin", "https://evil.example")
                  .GET()
                  .build());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

      HttpResponse<String> preflight =
          cors.send(
              cors.request("/api/v1/samples")
                  .header("Origin", "https://app.example.org")
                  .header("Access-Control-Request-Method", "POST")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
          .contains("Authorization")
          .contains("Idempotency-Key");
    }
  }
}
