package io.cohesion.rest;

import static io.cohesion.rest.TestServer.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two API servers over one PostgreSQL schema, as when a site runs several nodes behind a load
 * balancer: concurrent submissions through both are stored once each, a replay on the other node
 * returns the first answer, and of two updates naming the same version exactly one wins.
 *
 * <p>PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres}, in a schema of its
 * own that is dropped afterwards. Without PostgreSQL the test is skipped, except in CI ({@code
 * CI=true}), where it fails.
 */
class TwoServersPostgresIT {
  private static final int THREADS = 8;

  private static PostgresSchema schema;
  private static Stores storesA;
  private static Stores storesB;
  private static TestServer a;
  private static TestServer b;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    schema = PostgresSchema.create("rest");
    StoreConfig.Postgres config = schema.config();
    // One after the other, so that the first migrates the schema and the second finds it ready.
    storesA = Stores.open(config);
    storesB = Stores.open(config);
    a = TestServer.start(builder(storesA));
    b = TestServer.start(builder(storesB));
    pool = Executors.newFixedThreadPool(THREADS);

    created(
        a,
        "/api/v1/scales",
        "{\"id\":\"trust\",\"response\":{\"min\":1,\"max\":5},"
            + "\"items\":[{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\",\"reverse\":true}]}");
    created(
        b,
        "/api/v1/wish-maps",
        "{\"id\":\"nb\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},"
            + "{\"code\":\"green\"}],\"importanceScale\":{\"min\":1,\"max\":5},"
            + "\"topChoices\":2,\"segments\":[{\"column\":\"household\",\"values\":["
            + "{\"code\":\"young\"},{\"code\":\"old\"}]}]}");
    created(b, "/api/v1/neighbourhoods", MethodResourcesTest.NEIGHBOURHOOD);
    created(
        a,
        "/api/v1/measurements",
        "{\"id\":\"before\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\","
            + "\"wave\":\"before\",\"opened\":\"2024-05-01\"}");
  }

  @AfterAll
  static void stop() {
    if (schema == null) {
      return;
    }
    pool.shutdownNow();
    a.close();
    b.close();
    storesA.close();
    storesB.close();
    schema.close();
  }

  private static CohesionApi.Builder builder(Stores stores) {
    // Both nodes share the pseudonym secret, as nodes of one site must.
    return FullApi.builder(stores).health(StoreHealth.alwaysUp("postgresql"));
  }

  private static void created(TestServer server, String path, String json) {
    HttpResponse<String> response = server.postJson(path, COORDINATOR, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static HttpResponse<String> submit(
      TestServer server, String path, String idempotencyKey, String json) {
    return server.send(
        server
            .request(path)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + COORDINATOR)
            .header("Idempotency-Key", idempotencyKey)
            .build());
  }

  private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    List<T> results = new ArrayList<>();
    for (Future<T> future : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
      results.add(future.get());
    }
    return results;
  }

  private static long totalResponses(TestServer server, String path) {
    HttpResponse<String> page = server.get(path + "?page=1&pageSize=1", COORDINATOR);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return TestServer.json(page).path("totalItems").asLong();
  }

  @Test
  void concurrentSubmissionsThroughBothAreStoredOnceAndReplaysReturnTheFirstAnswer()
      throws Exception {
    int respondents = 60;
    String path = "/api/v1/measurements/before/responses";
    // Each respondent is sent through both nodes at once with one key: a replay racing the first.
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<Map.Entry<Integer, HttpResponse<String>>>> tasks = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      int respondent = r;
      String key = "race-" + r;
      String body =
          String.format(
              Locale.ROOT,
              "{\"respondent\":\"p-%d\",\"answers\":{\"SC1\":%d,\"SC2\":%d}}",
              r,
              1 + r % 5,
              1 + (r / 5) % 5);
      for (TestServer node : List.of(a, b)) {
        tasks.add(
            () -> {
              go.await();
              return Map.entry(respondent, submit(node, path, key, body));
            });
      }
    }
    go.countDown();
    List<Map.Entry<Integer, HttpResponse<String>>> answers = all(tasks);

    Map<Integer, Set<String>> bodiesByRespondent = new HashMap<>();
    Set<Long> ids = new HashSet<>();
    for (Map.Entry<Integer, HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.getValue();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      bodiesByRespondent
          .computeIfAbsent(answer.getKey(), k -> new HashSet<>())
          .add(response.body());
      ids.add(TestServer.json(response).path("id").asLong());
    }
    // Both nodes gave each respondent the same answer: the same stored id.
    assertThat(bodiesByRespondent).hasSize(respondents);
    assertThat(bodiesByRespondent.values()).allSatisfy(set -> assertThat(set).hasSize(1));
    assertThat(ids).hasSize(respondents);
    assertThat(totalResponses(a, path)).isEqualTo(respondents);
    assertThat(totalResponses(b, path)).isEqualTo(respondents);

    // Later replays on either node return the first answer and store nothing; the same key with
    // other answers is refused on either node.
    for (int r = 0; r < respondents; r += 7) {
      String first = bodiesByRespondent.get(r).iterator().next();
      String body =
          String.format(
              Locale.ROOT,
              "{\"respondent\":\"p-%d\",\"answers\":{\"SC1\":%d,\"SC2\":%d}}",
              r,
              1 + r % 5,
              1 + (r / 5) % 5);
      String changed =
          "{\"respondent\":\"p-" + r + "\",\"answers\":{\"SC1\":5,\"SC2\":5,\"SC3\":5}}";
      for (TestServer node : List.of(b, a)) {
        HttpResponse<String> replay = submit(node, path, "race-" + r, body);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first);
        HttpResponse<String> reused = submit(node, path, "race-" + r, changed);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
      }
    }
    // The same respondent under another key is a second answer: refused on either node.
    HttpResponse<String> again =
        submit(b, path, "other-key", "{\"respondent\":\"p-3\",\"answers\":{\"SC1\":2}}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(totalResponses(b, path)).isEqualTo(respondents);
  }

  @Test
  void wishMapSubmissionsSplitOverBothNodesAreAllStoredOnce() throws Exception {
    int respondents = 80;
    String path = "/api/v1/wish-maps/nb/responses";
    List<Callable<Map.Entry<Integer, HttpResponse<String>>>> tasks = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      int respondent = r;
      TestServer first = r % 2 == 0 ? a : b;
      TestServer other = first == a ? b : a;
      String key = "wm-" + r;
      String body =
          String.format(
              Locale.ROOT,
              "{\"respondent\":\"hh-%d\",\"importance\":{\"contact\":%d,\"green\":%d},"
                  + "\"topChoices\":[\"green\"],\"segments\":{\"household\":\"%s\"}}",
              r,
              1 + r % 5,
              5 - r % 5,
              r % 3 == 0 ? "young" : "old");
      tasks.add(() -> Map.entry(respondent, submit(first, path, key, body)));
      if (r % 4 == 0) {
        // Some are sent twice: the second on the other node, possibly before the first commits.
        tasks.add(() -> Map.entry(respondent, submit(other, path, key, body)));
      }
    }
    List<Map.Entry<Integer, HttpResponse<String>>> answers = all(tasks);

    Map<Integer, Set<Long>> idsByRespondent = new HashMap<>();
    for (Map.Entry<Integer, HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.getValue();
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      idsByRespondent
          .computeIfAbsent(answer.getKey(), k -> new HashSet<>())
          .add(TestServer.json(response).path("id").asLong());
    }
    assertThat(idsByRespondent).hasSize(respondents);
    assertThat(idsByRespondent.values()).allSatisfy(set -> assertThat(set).hasSize(1));
    assertThat(idsByRespondent.values().stream().flatMap(Set::stream).distinct().count())
        .isEqualTo(respondents);
    assertThat(totalResponses(a, path)).isEqualTo(respondents);
    assertThat(totalResponses(b, path)).isEqualTo(respondents);
  }

  @Test
  void ofTwoUpdatesNamingTheSameVersionThroughBothNodesExactlyOneWins() throws Exception {
    String path = "/api/v1/scales/trust";
    for (int round = 0; round < 5; round++) {
      HttpResponse<String> current = a.get(path, COORDINATOR);
      assertThat(current.statusCode()).isEqualTo(200);
      String etag = current.headers().firstValue("ETag").orElseThrow();
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      for (TestServer node : List.of(a, b)) {
        int minAnswered = node == a ? 2 : 3;
        String body =
            "{\"id\":\"trust\",\"response\":{\"min\":1,\"max\":5},\"minAnswered\":"
                + minAnswered
                + ",\"items\":[{\"id\":\"SC1\"},{\"id\":\"SC2\"},{\"id\":\"SC3\",\"reverse\":true}]}";
        tasks.add(
            () -> {
              go.await();
              return node.send(
                  node.request(path)
                      .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + COORDINATOR)
                      .header("If-Match", etag)
                      .build());
            });
      }
      go.countDown();
      List<HttpResponse<String>> answers = all(tasks);

      List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
      assertThat(statuses).as("round %d: %s", round, answers).containsExactly(200, 412);
      HttpResponse<String> winner =
          answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
      // Both nodes now read the winner's version and content.
      JsonNode won = TestServer.json(winner);
      for (TestServer node : List.of(a, b)) {
        HttpResponse<String> read = node.get(path, COORDINATOR);
        assertThat(read.headers().firstValue("ETag"))
            .isEqualTo(winner.headers().firstValue("ETag"));
        assertThat(TestServer.json(read)).isEqualTo(won);
      }
    }
  }

  @Test
  void ofTwoDeletesNamingTheSameVersionThroughBothNodesExactlyOneWins() throws Exception {
    for (int round = 0; round < 8; round++) {
      String id = "gone-" + round;
      created(
          b,
          "/api/v1/measurements",
          "{\"id\":\""
              + id
              + "\",\"scale\":\"trust\",\"neighbourhood\":\"nij-beets\","
              + "\"wave\":\"after\",\"opened\":\"2025-05-01\"}");
      String path = "/api/v1/measurements/" + id;
      String etag = a.get(path, COORDINATOR).headers().firstValue("ETag").orElseThrow();
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      for (TestServer node : List.of(a, b)) {
        tasks.add(
            () -> {
              go.await();
              return node.send(
                  node.request(path)
                      .DELETE()
                      .header("Authorization", "Bearer " + COORDINATOR)
                      .header("If-Match", etag)
                      .build());
            });
      }
      go.countDown();
      List<Integer> statuses = all(tasks).stream().map(HttpResponse::statusCode).sorted().toList();

      // The loser saw the stale version (412) or found the resource already gone (404).
      assertThat(statuses.get(0)).as("round %d: %s", round, statuses).isEqualTo(204);
      assertThat(statuses.get(1)).as("round %d: %s", round, statuses).isIn(404, 412);
      assertThat(a.get(path, COORDINATOR).statusCode()).isEqualTo(404);
      assertThat(b.get(path, COORDINATOR).statusCode()).isEqualTo(404);
    }
  }
}
