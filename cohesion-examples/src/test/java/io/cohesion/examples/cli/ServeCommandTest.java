package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private final StringWriter out = new StringWriter();

  private ServeCommand parse(String... args) {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    line.parseArgs(args);
    return command;
  }

  private static HttpResponse<String> get(int port, String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void demoServesTheApiOnSqliteAndPrintsAKeyPerRole(@TempDir Path dir) throws Exception {
    ServeCommand command = parse("--port", "0", "--data-dir", dir.toString(), "--demo");

    try (ServeCommand.Running running = command.start(Map.of())) {
      HttpResponse<String> health = get(running.port(), "/api/v1/health", null);
      String coordinator =
          out.toString()
              .lines()
              .filter(line -> line.strip().startsWith("coordinator"))
              .map(line -> line.strip().split("\\s+")[1])
              .findFirst()
              .orElseThrow();

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("sqlite").contains("UP");
      assertThat(get(running.port(), "/api/v1/scales", coordinator).statusCode()).isEqualTo(200);
      assertThat(get(running.port(), "/api/v1/scales", "demo-unknown-key-000").statusCode())
          .isEqualTo(401);
      assertThat(out.toString()).contains("researcher").contains("ambassador");
    }
    assertThat(Files.list(dir)).isNotEmpty();
  }

  private static HttpResponse<String> post(int port, String path, String key, String json)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theWholeMethodIsServedFromTheStore(@TempDir Path dir) throws Exception {
    try (ServeCommand.Running running =
        parse("--port", "0", "--data-dir", dir.toString(), "--demo").start(Map.of())) {
      String coordinator = printedKey("coordinator");
      int port = running.port();

      HttpResponse<String> neighbourhood =
          post(
              port,
              "/api/v1/neighbourhoods",
              coordinator,
              "{\"id\":\"wingerd\",\"name\":\"Wingerd\",\"municipality\":\"Amsterdam\"}");
      HttpResponse<String> building =
          post(
              port,
              "/api/v1/buildings",
              coordinator,
              "{\"id\":\"block-a\",\"neighbourhood\":\"wingerd\",\"name\":\"Block A\","
                  + "\"households\":40,\"stakeholder\":\"tenants\"}");
      HttpResponse<String> coverage =
          get(port, "/api/v1/neighbourhoods/wingerd/coverage", printedKey("researcher"));

      assertThat(neighbourhood.statusCode()).as(neighbourhood.body()).isEqualTo(201);
      assertThat(building.statusCode()).as(building.body()).isEqualTo(201);
      assertThat(coverage.statusCode()).isEqualTo(200);
      assertThat(coverage.body()).contains("\"uncovered\":[\"block-a\"]");
      for (String listing :
          new String[] {
            "/api/v1/initiatives",
            "/api/v1/activities?neighbourhood=wingerd",
            "/api/v1/meetings?neighbourhood=wingerd",
            "/api/v1/parked-topics?neighbourhood=wingerd",
            "/api/v1/benefit-statements?building=block-a",
            "/api/v1/results?neighbourhood=wingerd"
          }) {
        assertThat(get(port, listing, coordinator).statusCode()).as(listing).isEqualTo(200);
      }
    }
  }

  private String printedKey(String role) {
    return out.toString()
        .lines()
        .filter(line -> line.strip().startsWith(role + " "))
        .map(line -> line.strip().split("\\s+")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + role + " key in:\n" + out));
  }

  @Test
  void demoLoadsThePilotsOnceAndPrintsTheWorkshopPageWithAReadOnlyKey(@TempDir Path dir)
      throws Exception {
    String firstMaps;
    String firstMeasurements;
    try (ServeCommand.Running running =
        parse("--port", "0", "--data-dir", dir.toString(), "--demo").start(Map.of())) {
      String researcher = printedKey("researcher");
      HttpResponse<String> maps = get(running.port(), "/api/v1/wish-maps", researcher);
      HttpResponse<String> measurements = get(running.port(), "/api/v1/measurements", researcher);
      firstMaps = maps.body();
      firstMeasurements = measurements.body();

      assertThat(maps.statusCode()).isEqualTo(200);
      assertThat(firstMaps)
          .contains("\"nij-beets-dorpsspiegel-synthetic\"")
          .contains("\"zuiderburen-")
          .contains("\"totalItems\":2");
      assertThat(firstMeasurements)
          .contains("nij-beets-trust-before-synthetic")
          .contains("nij-beets-trust-after-synthetic")
          .contains("zuiderburen-trust-before-synthetic");
      assertThat(out.toString())
          .contains("nij-beets    loaded")
          .contains("zuiderburen  loaded")
          .contains("ketelhuis    loaded")
          .contains("/#key=" + researcher);
      // What the page's other panels read: activity ideas with their fit, the torch's sessions,
      // the contact persons' coverage and the meetings.
      assertThat(
              get(
                      running.port(),
                      "/api/v1/wish-maps/nij-beets-dorpsspiegel-synthetic/activity-fit"
                          + "?neighbourhood=nij-beets",
                      researcher)
                  .body())
          .contains("\"torch-24h\"")
          .contains("\"networkReach\"");
      assertThat(get(running.port(), "/api/v1/activities/torch-24h/sessions", researcher).body())
          .contains("\"sessions\":[{");
      assertThat(get(running.port(), "/api/v1/neighbourhoods/ketelhuis-wg/coverage", researcher))
          .returns(200, HttpResponse::statusCode);
      assertThat(
              get(
                      running.port(),
                      "/api/v1/neighbourhoods/ketelhuis-wg/attendance?kind=information",
                      researcher)
                  .body())
          .contains("\"attendance\":65");
      // KetelhuisWG's initiative is stored with its team: researchers read the advice.
      assertThat(
              get(
                      running.port(),
                      "/api/v1/initiatives/ketelhuis-wg-synthetic/team-advice",
                      researcher)
                  .body())
          .contains("\"size\":6")
          .contains("\"entrepreneur\":1");
      // Its results shown to residents are stored: the nudge counts from the last one.
      assertThat(
              get(running.port(), "/api/v1/neighbourhoods/ketelhuis-wg/result-nudge", researcher)
                  .body())
          .contains("\"lastShown\":\"20");
      // The page's key reads aggregates only.
      assertThat(
              get(
                      running.port(),
                      "/api/v1/wish-maps/nij-beets-dorpsspiegel-synthetic/responses",
                      researcher)
                  .statusCode())
          .isEqualTo(403);
    }

    out.getBuffer().setLength(0);
    try (ServeCommand.Running running =
        parse("--port", "0", "--data-dir", dir.toString(), "--demo").start(Map.of())) {
      String researcher = printedKey("researcher");

      assertThat(out.toString())
          .contains("nij-beets    already in the store")
          .contains("zuiderburen  already in the store")
          .contains("ketelhuis    already in the store")
          .doesNotContain(" loaded");
      assertThat(get(running.port(), "/api/v1/wish-maps", researcher).body()).isEqualTo(firstMaps);
      assertThat(get(running.port(), "/api/v1/measurements", researcher).body())
          .isEqualTo(firstMeasurements);
    }
  }

  @Test
  void withoutDemoAPseudonymSecretIsRequired(@TempDir Path dir) {
    ServeCommand command = parse("--port", "0", "--data-dir", dir.toString());

    assertThatThrownBy(() -> command.start(Map.of()).close())
        .hasMessageContaining("COHESION_PSEUDONYM_SECRET");
  }

  @Test
  void aTrustedProxyThatIsNotAnAddressIsRefusedBeforeTheStoreIsOpened(@TempDir Path dir) {
    Path store = dir.resolve("store");
    ServeCommand command =
        parse(
            "--port",
            "0",
            "--data-dir",
            store.toString(),
            "--trusted-proxy",
            "10.0.0.0/8",
            "--trusted-proxy",
            "proxy.example.org");

    assertThatThrownBy(() -> command.start(Map.of("COHESION_PSEUDONYM_SECRET", "x".repeat(40))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'proxy.example.org'");
    assertThat(store).doesNotExist();
  }

  @Test
  void keysComeFromTheEnvironment(@TempDir Path dir) throws Exception {
    ServeCommand command = parse("--port", "0", "--data-dir", dir.toString());

    try (ServeCommand.Running running =
        command.start(
            Map.of(
                "COHESION_API_KEYS",
                "researcher-key-0123456789=researcher",
                "COHESION_PSEUDONYM_SECRET",
                "x".repeat(40)))) {
      assertThat(get(running.port(), "/api/v1/scales", "researcher-key-0123456789").statusCode())
          .isEqualTo(200);
      assertThat(
              get(running.port(), "/api/v1/invitations", "researcher-key-0123456789").statusCode())
          .isEqualTo(403);
    }
  }
}
