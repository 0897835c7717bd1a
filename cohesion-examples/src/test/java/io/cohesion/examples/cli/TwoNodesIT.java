package io.cohesion.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cohesion.core.application.Cohesion;
import io.cohesion.examples.cli.DemoData.Outcome;
import io.cohesion.examples.scenario.NijBeets;
import io.cohesion.examples.scenario.PilotData;
import io.cohesion.examples.scenario.Zuiderburen;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Two {@code cohesion serve} nodes on one PostgreSQL schema, as behind a load balancer
 * (docs/operations.md#several-nodes): what one node stores or changes, the other answers alike.
 *
 * <p>PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}, in a schema of its
 * own that is dropped afterwards. When it cannot be reached the tests are skipped with a message,
 * except with {@code CI=true}, where they fail.
 */
class TwoNodesIT {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String USER = "postgres";
  private static final String COORDINATOR = "two-nodes-coordinator-0123456789";
  private static final String RESEARCHER = "two-nodes-researcher-0123456789";
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "COHESION_API_KEYS",
          COORDINATOR + "=coordinator," + RESEARCHER + "=researcher",
          "COHESION_PSEUDONYM_SECRET",
          "two-nodes-secret-0123456789abcdef0123456789abcdef");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAP = "two-nodes";

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private String schema;

  @BeforeEach
  void newSchema() throws SQLException {
    try (Connection ignored = DriverManager.getConnection(SERVER, USER, "")) {
      // reachable
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + SERVER + ": " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        fail(message + " (CI=true: the PostgreSQL tests must run)");
      }
      Assumptions.abort(message + "; skipping the PostgreSQL tests");
    }
    schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    sql("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    for (AutoCloseable node : opened) {
      node.close();
    }
    if (schema != null) {
      sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void twoNodesStartedTogetherInDemoModeMigrateOnceAndLoadThePilotsOnce() throws Exception {
    List<ServeCommand.Running> nodes = startTogether("--demo");

    assertThat(nodes).hasSize(2);
    assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(
            count("SELECT count(DISTINCT version) FROM flyway_schema_history WHERE success"));
    try (Stores stores = Stores.open(new StoreConfig.Postgres(url(), none(), none(), none()))) {
      Cohesion cohesion = Cohesion.using(stores, Clock.systemUTC());
      for (PilotData data :
          List.of(
              NijBeets.generate(NijBeets.DEFAULT_SEED),
              Zuiderburen.generate(Zuiderburen.DEFAULT_SEED))) {
        DemoDataTest.assertActivitiesStored(cohesion, data);
        assertThat(
                count(
                    "SELECT count(*) FROM wish_map_response WHERE wish_map_id = '"
                        + data.wishMap().id().value()
                        + "'"))
            .isEqualTo(data.responses().size());
      }
      assertThat(DemoData.load(cohesion, new PrintWriter(new StringWriter())))
          .containsOnly(Outcome.ALREADY_THERE);
    }
  }

  @Test
  void anIdempotencyKeyRepeatedOnTheOtherNodeGetsTheFirstAnswer() throws Exception {
    List<ServeCommand.Running> nodes = startTogether();
    createWishMap(nodes.get(0));

    HttpResponse<String> first =
        submit(nodes.get(0), "{\"respondent\":\"h1\",\"importance\":{\"green\":4}}", "key-1");
    HttpResponse<String> replay =
        submit(nodes.get(1), "{\"respondent\":\"h1\",\"importance\":{\"green\":4}}", "key-1");
    HttpResponse<String> reused =
        submit(nodes.get(1), "{\"respondent\":\"h2\",\"importance\":{\"green\":1}}", "key-1");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(id(replay)).isEqualTo(id(first));
    assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
    // The same key sent to both nodes at the same moment: one submission, one answer.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        String body = "{\"respondent\":\"race-" + i + "\",\"importance\":{\"green\":3}}";
        String key = "race-key-" + i;
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (ServeCommand.Running node : nodes) {
          answers.add(
              pool.submit(
                  () -> {
                    together.await();
                    return submit(node, body, key);
                  }));
        }
        long one = id(answers.get(0).get());
        assertThat(id(answers.get(1).get())).as("key " + key).isEqualTo(one);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("SELECT count(*) FROM wish_map_response")).isEqualTo(21);
  }

  @Test
  void aNodeNeverServesTheReleasedRedThreadOfAStateAnotherNodeReplaced() throws Exception {
    List<ServeCommand.Running> nodes = startTogether();
    ServeCommand.Running one = nodes.get(0);
    ServeCommand.Running two = nodes.get(1);
    createWishMap(one);
    for (int i = 0; i < 30; i++) {
      submit(one, response("a" + i, 1 + i % 5), null);
    }
    setStatus(one, "closed");
    String path = "/api/v1/wish-maps/" + MAP + "/red-thread?bootstrap=20";
    // Read on both nodes, so that each keeps the first state's figures.
    JsonNode before = JSON.readTree(get(one, path, RESEARCHER).body());
    assertThat(get(two, path, RESEARCHER).body()).isEqualTo(get(one, path, RESEARCHER).body());

    setStatus(two, "open");
    for (int i = 0; i < 10; i++) {
      assertThat(submit(two, response("b" + i, 5), null).statusCode()).isEqualTo(201);
    }
    setStatus(two, "closed");
    HttpResponse<String> afterOnOne = get(one, path, RESEARCHER);
    HttpResponse<String> afterOnTwo = get(two, path, RESEARCHER);

    assertThat(afterOnOne.statusCode()).as(afterOnOne.body()).isEqualTo(200);
    assertThat(JSON.readTree(afterOnOne.body())).isNotEqualTo(before);
    assertThat(afterOnOne.body()).isEqualTo(afterOnTwo.body());
  }

  @Test
  void anInvitationIssuedOnOneNodeAnswersOnTheOther() throws Exception {
    List<ServeCommand.Running> nodes = startTogether();
    createWishMap(nodes.get(0));
    HttpResponse<String> issued =
        post(nodes.get(0), "/api/v1/invitations", COORDINATOR, "{\"count\":1}", null);
    String code = JSON.readTree(issued.body()).get("codes").get(0).asText();

    HttpResponse<String> answered =
        post(
            nodes.get(1),
            "/api/v1/wish-maps/" + MAP + "/responses",
            null,
            "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}",
            "resident-try");
    HttpResponse<String> again =
        post(
            nodes.get(0),
            "/api/v1/wish-maps/" + MAP + "/responses",
            null,
            "{\"invitationCode\":\"" + code + "\",\"importance\":{\"green\":5}}",
            "resident-try");

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    assertThat(id(again)).isEqualTo(id(answered));
  }

  @Test
  void aFormRenderedByOneNodeIsTakenByTheOther() throws Exception {
    List<ServeCommand.Running> nodes = startTogether();
    createWishMap(nodes.get(0));
    HttpResponse<String> issued =
        post(nodes.get(0), "/api/v1/invitations", COORDINATOR, "{\"count\":1}", null);
    String code = JSON.readTree(issued.body()).get("codes").get(0).asText().replace("-", "");
    String path = "/form/" + code + "/wish-maps/" + MAP;

    HttpResponse<String> form =
        http.send(HttpRequest.newBuilder(uri(nodes.get(0), path)).build(), ofString());
    String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    java.util.regex.Matcher hidden =
        java.util.regex.Pattern.compile(
                "name=\"token\" value=\"([0-9a-f]+)\"><input type=\"hidden\" name=\"proof\""
                    + " value=\"([0-9a-f]+)\"")
            .matcher(form.body());
    assertThat(hidden.find()).as(form.body()).isTrue();
    HttpResponse<String> sent =
        http.send(
            HttpRequest.newBuilder(uri(nodes.get(1), path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "token=" + hidden.group(1) + "&proof=" + hidden.group(2)))
                .build(),
            ofString());

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(count("SELECT count(*) FROM wish_map_response")).isEqualTo(1);
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  /** Two nodes on the schema, their start-ups (migration, demo data) at the same moment. */
  private List<ServeCommand.Running> startTogether(String... options) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ServeCommand.Running>> starts = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        Callable<ServeCommand.Running> start =
            () -> {
              List<String> args = new ArrayList<>(List.of("--port", "0", "--jdbc-url", url()));
              args.addAll(List.of(options));
              ServeCommand command = new ServeCommand();
              CommandLine line = new CommandLine(command);
              line.setOut(new PrintWriter(new StringWriter(), true));
              line.setErr(new PrintWriter(new StringWriter(), true));
              line.parseArgs(args.toArray(String[]::new));
              together.await();
              return command.start(ENVIRONMENT);
            };
        starts.add(pool.submit(start));
      }
      List<ServeCommand.Running> nodes = new ArrayList<>();
      List<Exception> failures = new ArrayList<>();
      for (Future<ServeCommand.Running> start : starts) {
        try {
          ServeCommand.Running node = start.get();
          opened.add(node);
          nodes.add(node);
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e);
        }
      }
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError("a node did not start: " + failures.get(0));
        failures.forEach(error::addSuppressed);
        throw error;
      }
      return nodes;
    } finally {
      pool.shutdown();
    }
  }

  private String url() {
    return SERVER + "?user=" + USER + "&currentSchema=" + schema;
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private void createWishMap(ServeCommand.Running node) throws Exception {
    HttpResponse<String> created =
        post(
            node,
            "/api/v1/wish-maps",
            COORDINATOR,
            "{\"id\":\""
                + MAP
                + "\",\"values\":[{\"code\":\"contact\"},{\"code\":\"green\"},"
                + "{\"code\":\"youth\"}],\"importanceScale\":{\"min\":1,\"max\":5},"
                + "\"topChoices\":1}",
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static String response(String respondent, int green) {
    return "{\"respondent\":\""
        + respondent
        + "\",\"importance\":{\"contact\":"
        + (6 - green)
        + ",\"green\":"
        + green
        + ",\"youth\":3},\"topChoices\":[\""
        + (green > 3 ? "green" : "contact")
        + "\"]}";
  }

  private HttpResponse<String> submit(ServeCommand.Running node, String json, String key)
      throws Exception {
    return post(node, "/api/v1/wish-maps/" + MAP + "/responses", COORDINATOR, json, key);
  }

  private void setStatus(ServeCommand.Running node, String status) throws Exception {
    String path = "/api/v1/wish-maps/" + MAP + "/status";
    String etag = get(node, path, COORDINATOR).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> changed =
        http.send(
            HttpRequest.newBuilder(uri(node, path))
                .header("Authorization", "Bearer " + COORDINATOR)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(ServeCommand.Running node, String path, String key)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(node, path)).header("Authorization", "Bearer " + key).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      ServeCommand.Running node, String path, String key, String json, String idempotencyKey)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(node, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(ServeCommand.Running node, String path) {
    return URI.create("http://127.0.0.1:" + node.port() + path);
  }

  private static long id(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private long count(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, USER, "");
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
