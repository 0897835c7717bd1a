package io.cohesion.benchmarks;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A load generator for the REST API on loopback: closed-loop workers (one platform thread each, one
 * request in flight per worker) send requests for a fixed time and record every latency; the
 * percentiles come from the sorted latencies of the measured window, after a warm-up that is not
 * counted.
 *
 * <p>Two scenarios run against {@code cohesion serve}, each beside a bare Javalin handler that this
 * program starts itself in the same process and measures the same way, so that the overhead of the
 * stack (routing, access check, JSON, validation, store) is a ratio on the same machine at the same
 * time:
 *
 * <ul>
 *   <li><b>submit</b>: single wish map responses as JSON, each with its own {@code
 *       Idempotency-Key}; the bare handler reads the body and answers 201 with a small JSON
 *       document.
 *   <li><b>red thread</b>: {@code GET …/red-thread} of a wish map with 10,000 responses (imported
 *       as CSV before the measurement); the bare handler answers the same document from memory.
 *   <li><b>cached</b>: the same read with a researcher key once the wish map is closed, so that the
 *       server releases the red thread of the state the close cut and keeps it in its cache; the
 *       set-up times the first researcher read (the one that computes the state's figures). The
 *       coordinator key reads live figures, which are never cached.
 *   <li><b>first</b>: the researcher's read of the closed wish map with a new bootstrap seed on
 *       every request, on one worker, so that every read misses the cache and computes the released
 *       red thread again: the first read of a new release state on a warmed-up server.
 * </ul>
 *
 * <p>Options (all optional): {@code --url http://127.0.0.1:8080}, {@code --key KEY} (a coordinator
 * key, default {@value #DEFAULT_KEY}), {@code --workers 16}, {@code --read-workers 2}, {@code
 * --warmup 5} and {@code --seconds 15} (per measurement), {@code --rounds 3} (the table gives the
 * median of the rounds), {@code --responses 10000}, {@code --bootstrap 1000} (of the red thread),
 * {@code --scenarios submit,read} (any of {@code submit}, {@code read}, {@code cached} and {@code
 * first}), {@code --researcher-key KEY} (a researcher key for {@code cached}, default {@value
 * #DEFAULT_RESEARCHER_KEY}). Every request loop is bounded by its time; the program stops by
 * itself.
 *
 * <p>{@code --url} may name several servers, separated by commas ({@code --url
 * http://127.0.0.1:18080,http://127.0.0.1:18081}): nodes of one database behind no load balancer.
 * The set-up (wish maps, import, close) goes to the first; worker {@code w} of every measurement
 * sends its requests to server {@code w} modulo their number, so the workers are spread evenly over
 * them.
 */
public final class RestLoad {
  /** The coordinator key the documented command gives the server. */
  public static final String DEFAULT_KEY = "load-coordinator-key-0123456789";

  /** The researcher key the documented command for the cached read gives the server. */
  public static final String DEFAULT_RESEARCHER_KEY = "load-researcher-key-0123456789";

  private static final String API = "/api/v1";

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Options options;
  private final String run;

  private RestLoad(Options options) {
    this.options = options;
    this.run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  }

  /** What to run, from the command line. */
  record Options(
      URI base,
      String key,
      int workers,
      int readWorkers,
      Duration warmup,
      Duration measure,
      int rounds,
      int responses,
      int bootstrap,
      List<String> scenarios,
      String researcherKey,
      List<URI> servers) {

    /** The server worker {@code worker} sends its requests to. */
    URI server(int worker) {
      return servers.get(worker % servers.size());
    }

    static Options parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--") || i + 1 >= args.length) {
          throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
        }
        given.put(args[i].substring(2), args[++i]);
      }
      List<URI> servers =
          Arrays.stream(given.getOrDefault("url", "http://127.0.0.1:8080").split(","))
              .map(String::strip)
              .map(URI::create)
              .toList();
      Options options =
          new Options(
              servers.get(0),
              given.getOrDefault("key", DEFAULT_KEY),
              Integer.parseInt(given.getOrDefault("workers", "16")),
              Integer.parseInt(given.getOrDefault("read-workers", "2")),
              Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "5"))),
              Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "15"))),
              Integer.parseInt(given.getOrDefault("rounds", "3")),
              Integer.parseInt(given.getOrDefault("responses", "10000")),
              Integer.parseInt(given.getOrDefault("bootstrap", "1000")),
              List.of(given.getOrDefault("scenarios", "submit,read").split(",")),
              given.getOrDefault("researcher-key", DEFAULT_RESEARCHER_KEY),
              servers);
      for (String name : given.keySet()) {
        if (!List.of(
                "url",
                "key",
                "workers",
                "read-workers",
                "warmup",
                "seconds",
                "rounds",
                "responses",
                "bootstrap",
                "scenarios",
                "researcher-key")
            .contains(name)) {
          throw new IllegalArgumentException("unknown option --" + name);
        }
      }
      for (URI server : servers) {
        String host = server.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
          // A load test is for a server on this machine only.
          throw new IllegalArgumentException("--url must be a loopback address, got " + host);
        }
      }
      if (!List.of("submit", "read", "cached", "first").containsAll(options.scenarios())) {
        throw new IllegalArgumentException(
            "--scenarios lists some of submit, read, cached and first, separated by commas");
      }
      return options;
    }
  }

  /** One measurement: every latency of the window, sorted, and the requests that failed. */
  record Result(String name, int workers, double seconds, long[] sortedNanos, long failures) {
    double perSecond() {
      return sortedNanos.length / seconds;
    }

    /** The latency at quantile {@code q} in milliseconds (nearest rank). */
    double millis(double q) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(q * sortedNanos.length);
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
  }

  /** Builds the {@code seq}-th request of worker {@code worker}. */
  @FunctionalInterface
  interface Requests {
    HttpRequest next(int worker, long seq);
  }

  /** Runs the scenarios and prints the table; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    // The bare server's own log lines would only interleave with the figures.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    new RestLoad(options).runAll();
  }

  private void runAll() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "REST load on %s: %d workers (reads: %d), %ds warm-up + %ds per measurement, %d rounds,"
            + " %d processors, load average %.2f at start%n",
        options.servers().stream().map(URI::toString).collect(Collectors.joining(", ")),
        options.workers(),
        options.readWorkers(),
        options.warmup().toSeconds(),
        options.measure().toSeconds(),
        options.rounds(),
        Runtime.getRuntime().availableProcessors(),
        loadAverage());

    String submitMap = "load-submit-" + run;
    String threadMap = "load-thread-" + run;
    createWishMap(submitMap);
    createWishMap(threadMap);
    String redThreadPath =
        API + "/wish-maps/" + threadMap + "/red-thread?bootstrap=" + options.bootstrap();
    byte[] redThread = new byte[0];
    boolean first = options.scenarios().contains("first");
    boolean cached = options.scenarios().contains("cached") || first;
    if (options.scenarios().contains("read") || cached) {
      importResponses(threadMap, options.responses());
    }
    byte[] released = new byte[0];
    if (cached) {
      closeWishMap(threadMap);
      long asked = System.nanoTime();
      HttpResponse<byte[]> document =
          send(get(options.base().resolve(redThreadPath), options.researcherKey()));
      expect(document, 200, "the released red thread");
      long firstRead = System.nanoTime() - asked;
      asked = System.nanoTime();
      expect(
          send(get(options.base().resolve(redThreadPath), options.researcherKey())),
          200,
          "the released red thread, again");
      System.out.printf(
          Locale.ROOT,
          "Set-up: wish map closed; a researcher's first read of the released red thread took"
              + " %.0f ms (%d bytes), the second %.1f ms%n",
          firstRead / 1e6,
          document.body().length,
          (System.nanoTime() - asked) / 1e6);
      released = document.body();
    }
    if (options.scenarios().contains("read")) {
      long asked = System.nanoTime();
      HttpResponse<byte[]> document = send(get(options.base().resolve(redThreadPath)));
      expect(document, 200, "the red thread");
      System.out.printf(
          Locale.ROOT,
          "Set-up: %d responses imported; the first red thread took %.0f ms (%d bytes)%n",
          options.responses(),
          (System.nanoTime() - asked) / 1e6,
          document.body().length);
      redThread = document.body();
    }
    byte[] document = redThread;
    byte[] releasedDocument = released;
    AtomicLong bareIds = new AtomicLong();
    Javalin bare =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(
                      "/submit",
                      ctx -> {
                        ctx.bodyAsBytes();
                        ctx.status(201)
                            .contentType("application/json")
                            .result(
                                "{\"id\":"
                                    + bareIds.incrementAndGet()
                                    + ",\"wishMapId\":\"bare\"}");
                      });
                  config.routes.get(
                      "/red-thread", ctx -> ctx.contentType("application/json").result(document));
                  config.routes.get(
                      "/released-red-thread",
                      ctx -> ctx.contentType("application/json").result(releasedDocument));
                })
            .start("127.0.0.1", 0);
    URI bareBase = URI.create("http://127.0.0.1:" + bare.port());
    try {
      Map<String, List<Result>> rounds = new LinkedHashMap<>();
      for (int round = 1; round <= options.rounds(); round++) {
        int r = round;
        List<Result> results = new ArrayList<>();
        if (options.scenarios().contains("submit")) {
          results.add(
              measure(
                  "submit, bare Javalin",
                  options.workers(),
                  201,
                  (w, s) -> post(bareBase.resolve("/submit"), responseJson(r, w, s), null)));
          results.add(
              measure(
                  "submit, cohesion serve",
                  options.workers(),
                  201,
                  (w, s) ->
                      post(
                          options.server(w).resolve(API + "/wish-maps/" + submitMap + "/responses"),
                          responseJson(r, w, s),
                          "r" + r + "-w" + w + "-" + s)));
        }
        if (options.scenarios().contains("read")) {
          results.add(
              measure(
                  "red thread, bare Javalin",
                  options.readWorkers(),
                  200,
                  (w, s) -> get(bareBase.resolve("/red-thread"))));
          results.add(
              measure(
                  "red thread "
                      + options.responses()
                      + " (bootstrap "
                      + options.bootstrap()
                      + "), serve",
                  options.readWorkers(),
                  200,
                  (w, s) -> get(options.server(w).resolve(redThreadPath))));
        }
        if (options.scenarios().contains("cached")) {
          results.add(
              measure(
                  "released red thread, bare Javalin",
                  options.readWorkers(),
                  200,
                  (w, s) -> get(bareBase.resolve("/released-red-thread"))));
          results.add(
              measure(
                  "released red thread, researcher",
                  options.readWorkers(),
                  200,
                  (w, s) ->
                      get(options.server(w).resolve(redThreadPath), options.researcherKey())));
        }
        if (first) {
          AtomicLong seeds = new AtomicLong(1_000_000L * round);
          results.add(
              measure(
                  "released red thread, researcher, new seed",
                  1,
                  200,
                  (w, s) ->
                      get(
                          options
                              .base()
                              .resolve(redThreadPath + "&seed=" + seeds.incrementAndGet()),
                          options.researcherKey())));
        }
        for (Result result : results) {
          rounds.computeIfAbsent(result.name(), k -> new ArrayList<>()).add(result);
          print("round " + round, result);
        }
      }
      System.out.printf(Locale.ROOT, "%nMedian of %d rounds%n", options.rounds());
      System.out.printf(
          Locale.ROOT,
          "%-36s %7s %10s %9s %9s %9s %9s %8s%n",
          "scenario",
          "workers",
          "req/s",
          "p50 ms",
          "p90 ms",
          "p99 ms",
          "max ms",
          "failed");
      Map<String, double[]> medians = new LinkedHashMap<>();
      for (Map.Entry<String, List<Result>> entry : rounds.entrySet()) {
        List<Result> all = entry.getValue();
        double[] m = {
          median(all, Result::perSecond),
          median(all, x -> x.millis(0.50)),
          median(all, x -> x.millis(0.90)),
          median(all, x -> x.millis(0.99)),
          median(all, x -> x.millis(1.0)),
          median(all, x -> x.failures())
        };
        medians.put(entry.getKey(), m);
        System.out.printf(
            Locale.ROOT,
            "%-36s %7d %10.1f %9.2f %9.2f %9.2f %9.1f %8.0f%n",
            entry.getKey(),
            all.get(0).workers(),
            m[0],
            m[1],
            m[2],
            m[3],
            m[4],
            m[5]);
      }
      List<double[]> ordered = new ArrayList<>(medians.values());
      for (int pair = 0; pair + 1 < ordered.size(); pair += 2) {
        double[] bareFigures = ordered.get(pair);
        double[] stack = ordered.get(pair + 1);
        System.out.printf(
            Locale.ROOT,
            "Overhead of the stack, %s: throughput %.3f of bare, p50 %.1fx, p99 %.1fx%n",
            new ArrayList<>(medians.keySet()).get(pair + 1),
            stack[0] / bareFigures[0],
            stack[1] / bareFigures[1],
            stack[3] / bareFigures[3]);
      }
      System.out.printf(Locale.ROOT, "Load average at the end: %.2f%n", loadAverage());
    } finally {
      bare.stop();
    }
  }

  /**
   * Runs {@code workers} closed loops for warm-up plus measurement. Every request that starts in
   * the measurement window is counted, also when it ends after it (a red thread may take longer
   * than the window); the rate is those requests over the time from the window's start to the later
   * of its end and the last answer.
   */
  private Result measure(String name, int workers, int expected, Requests requests)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + options.warmup().toNanos();
    long measureTo = measureFrom + options.measure().toNanos();
    long[][] latencies = new long[workers][];
    int[] counts = new int[workers];
    AtomicLong failures = new AtomicLong();
    AtomicLong lastAnswer = new AtomicLong(measureTo);
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                for (long seq = 0; ; seq++) {
                  HttpRequest request = requests.next(worker, seq);
                  long sent = System.nanoTime();
                  if (sent >= measureTo) {
                    break;
                  }
                  int status;
                  String failure = null;
                  try {
                    HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    status = response.statusCode();
                    if (status != expected) {
                      failure = status + " " + new String(response.body(), StandardCharsets.UTF_8);
                    }
                  } catch (IOException e) {
                    failure = e.toString();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                  }
                  long received = System.nanoTime();
                  if (sent >= measureFrom) {
                    lastAnswer.accumulateAndGet(received, Math::max);
                    if (failure != null) {
                      failures.incrementAndGet();
                      firstFailure.compareAndSet(null, failure);
                    } else {
                      if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                      }
                      mine[n++] = received - sent;
                    }
                  }
                }
                latencies[worker] = mine;
                counts[worker] = n;
              },
              "load-" + name + "-" + w);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int w = 0; w < workers; w++) {
      System.arraycopy(latencies[w], 0, all, at, counts[w]);
      at += counts[w];
    }
    Arrays.sort(all);
    if (firstFailure.get() != null) {
      String text = firstFailure.get();
      System.out.printf(
          Locale.ROOT,
          "  %s: %d failed, the first: %s%n",
          name,
          failures.get(),
          text.substring(0, Math.min(300, text.length())));
    }
    return new Result(name, workers, (lastAnswer.get() - measureFrom) / 1e9, all, failures.get());
  }

  private static void print(String label, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %-36s %3d workers %9.1f req/s  p50 %7.2f  p90 %7.2f  p99 %7.2f  max %8.1f ms"
            + "  (%d requests, %d failed)%n",
        label,
        r.name(),
        r.workers(),
        r.perSecond(),
        r.millis(0.50),
        r.millis(0.90),
        r.millis(0.99),
        r.millis(1.0),
        r.sortedNanos().length,
        r.failures());
  }

  private static double median(List<Result> results, ToDoubleFunction<Result> figure) {
    double[] values = results.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** A new respondent's wish map response; the answers vary with the worker and sequence. */
  private static String responseJson(int round, int worker, long seq) {
    int a = (int) ((seq + worker) % 5) + 1;
    int b = (int) ((seq * 7 + worker) % 5) + 1;
    return String.format(
        Locale.ROOT,
        "{\"respondent\":\"r%d-w%d-%d\",\"importance\":{\"contact\":%d,\"youth\":%d,\"green\":%d},"
            + "\"satisfaction\":{\"contact\":%d,\"green\":%d},\"topChoices\":[\"green\"],"
            + "\"segments\":{\"household\":\"%s\"},\"networks\":[\"play-week\"],\"willingness\":%d}",
        round,
        worker,
        seq,
        a,
        b,
        6 - a,
        b,
        a,
        seq % 3 == 0 ? "young_parents" : "elderly",
        a);
  }

  private void createWishMap(String id) {
    String json =
        "{\"id\":\""
            + id
            + "\",\"values\":[{\"code\":\"contact\"},{\"code\":\"youth\"},{\"code\":\"green\"},"
            + "{\"code\":\"energy\"},{\"code\":\"safety\"},{\"code\":\"culture\"}],"
            + "\"importanceScale\":{\"min\":1,\"max\":5},\"satisfactionScale\":{\"min\":1,\"max\":5},"
            + "\"topChoices\":3,\"segments\":[{\"column\":\"household\",\"values\":["
            + "{\"code\":\"young_parents\"},{\"code\":\"elderly\"},{\"code\":\"students\"},"
            + "{\"code\":\"families\"}]}]}";
    expect(send(post(options.base().resolve(API + "/wish-maps"), json, null)), 201, "wish map");
  }

  /** Imports {@code count} responses with a fixed seed, as CSV in batches of 5,000 rows. */
  private void importResponses(String map, int count) {
    String[] codes = {"contact", "youth", "green", "energy", "safety", "culture"};
    String[] households = {"young_parents", "elderly", "students", "families"};
    SplittableRandom random = new SplittableRandom(20240917L);
    StringBuilder header = new StringBuilder("respondent");
    for (String code : codes) {
      header.append(",imp.").append(code);
    }
    for (String code : codes) {
      header.append(",sat.").append(code);
    }
    header.append(",top1,top2,top3,household,networks,willingness\n");
    for (int from = 0; from < count; from += 5_000) {
      StringBuilder csv = new StringBuilder(header);
      for (int i = from; i < Math.min(count, from + 5_000); i++) {
        csv.append("t").append(i);
        for (int c = 0; c < 2 * codes.length; c++) {
          // Roughly one answer in twenty is missing.
          csv.append(',');
          if (random.nextInt(20) != 0) {
            csv.append(1 + random.nextInt(5));
          }
        }
        int first = random.nextInt(codes.length);
        int second = (first + 1 + random.nextInt(codes.length - 1)) % codes.length;
        csv.append(',').append(codes[first]).append(',').append(codes[second]).append(',');
        csv.append(',').append(households[random.nextInt(households.length)]);
        csv.append(',').append(random.nextInt(3) == 0 ? "play-week;choir" : "play-week");
        csv.append(',').append(1 + random.nextInt(5)).append('\n');
      }
      HttpRequest request =
          HttpRequest.newBuilder(options.base().resolve(API + "/wish-maps/" + map + "/responses"))
              .timeout(Duration.ofMinutes(5))
              .header("Authorization", "Bearer " + options.key())
              .header("Content-Type", "text/csv")
              .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
              .build();
      expect(send(request), 201, "CSV import");
    }
  }

  private HttpRequest post(URI uri, String json, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + options.key())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.build();
  }

  private HttpRequest get(URI uri) {
    return get(uri, options.key());
  }

  private static HttpRequest get(URI uri, String key) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + key)
        .GET()
        .build();
  }

  /**
   * Closes the wish map with the coordinator key, which cuts a release state of every response
   * imported so far.
   */
  private void closeWishMap(String map) {
    URI status = options.base().resolve(API + "/wish-maps/" + map + "/status");
    HttpResponse<byte[]> current = send(get(status));
    expect(current, 200, "the wish map's status");
    String etag =
        current
            .headers()
            .firstValue("ETag")
            .orElseThrow(() -> new IllegalStateException("the status has no ETag"));
    HttpRequest close =
        HttpRequest.newBuilder(status)
            .timeout(Duration.ofMinutes(2))
            .header("Authorization", "Bearer " + options.key())
            .header("Content-Type", "application/json")
            .header("If-Match", etag)
            .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"closed\"}"))
            .build();
    HttpResponse<byte[]> closed = send(close);
    expect(closed, 200, "closing the wish map");
    if (!new String(closed.body(), StandardCharsets.UTF_8).contains("\"sequence\"")) {
      throw new IllegalStateException(
          "closing the wish map cut no release state: "
              + new String(closed.body(), StandardCharsets.UTF_8));
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(HttpResponse<byte[]> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          what
              + ": expected "
              + status
              + ", got "
              + response.statusCode()
              + " "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
