package io.cohesion.persistence.bench;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import io.cohesion.persistence.StoreConfig;
import io.cohesion.persistence.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures bulk import and read-back of wish map responses: not a test, a command.
 *
 * <pre>
 * java -cp "$(cat cp.txt):target/classes:target/test-classes" \
 *   io.cohesion.persistence.bench.ImportBenchmark sqlite|postgres [rows] [hex] [second]
 * </pre>
 *
 * <p>The responses are generated up front (seeded), so the figures are the store's: encoding,
 * inserting (batches on SQLite, COPY on PostgreSQL), indexing and committing, then reading back and
 * decoding every response. PostgreSQL runs at 127.0.0.1:5432, database {@code test}, in a schema of
 * its own that is dropped afterwards.
 *
 * <p>With {@code second} the same respondents first answer another wave, untimed, so that the
 * import measured goes into a table that already holds a million rows and their indexes, as every
 * import but a store's first does. The system property {@code bench.url} adds parameters to the
 * JDBC URL of PostgreSQL, for example {@code &options=-c%20max_parallel_maintenance_workers=0} so
 * that an index is built by the connection's own server process, whose CPU time is counted, rather
 * than with parallel workers, whose time is not.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String store = args.length > 0 ? args[0] : "sqlite";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    WishMap map = wishMap();
    List<String> flags = List.of(args).subList(Math.min(2, args.length), args.length);
    boolean hex = flags.contains("hex");
    boolean second = flags.contains("second");
    List<WishMapResponse> responses = responses(map, rows, new SplittableRandom(20240501), hex);
    System.out.printf(
        Locale.ROOT,
        "generated %,d responses, pseudonyms %s%n",
        rows,
        hex ? "of 64 random hex digits" : "r0, r1, ...");
    if (second) {
      System.out.println("imported into a second wave; the same respondents answered a first");
    }

    // Generating a million responses leaves the collector work to do (old objects with references
    // to young ones, promoted in bulk); a full collection now keeps that out of the import's time.
    System.gc();

    Path dir = Files.createTempDirectory("cohesion-bench-");
    String schema = "bench_" + Long.toHexString(System.nanoTime());
    String url = "jdbc:postgresql://127.0.0.1:5432/test";
    StoreConfig config =
        store.equals("postgres")
            ? new StoreConfig.Postgres(
                url + "?ApplicationName=" + APPLICATION + System.getProperty("bench.url", ""),
                Optional.of("postgres"),
                Optional.empty(),
                Optional.of(schema))
            : new StoreConfig.Sqlite(dir);
    try (Stores stores = Stores.open(config)) {
      stores.wishMaps().create(map);
      if (second) {
        WishMap first = earlierWave(map);
        stores.wishMaps().create(first);
        stores.wishMapResponses().importAll(first.id(), responses);
        System.gc();
      }

      boolean postgres = store.equals("postgres");
      double server = postgres ? serverCpu(url) : 0;
      String wal = postgres ? walPosition(url) : null;
      long cpu = processCpu();
      long start = System.nanoTime();
      long imported = stores.wishMapResponses().importAll(map.id(), responses);
      double importSeconds = (System.nanoTime() - start) / 1e9;
      double importCpu = (processCpu() - cpu) / 1e9;
      double importServer = postgres ? serverCpu(url) - server : 0;
      server = postgres ? serverCpu(url) : 0;
      cpu = processCpu();

      start = System.nanoTime();
      AtomicLong read = new AtomicLong();
      stores.wishMapResponses().forEach(map.id(), r -> read.incrementAndGet());
      double readSeconds = (System.nanoTime() - start) / 1e9;
      double readCpu = (processCpu() - cpu) / 1e9;
      double readServer = postgres ? serverCpu(url) - server : 0;

      start = System.nanoTime();
      int segment =
          stores.wishMapResponses().responses(map.id(), "household", "young_parents").size();
      double segmentSeconds = (System.nanoTime() - start) / 1e9;

      System.out.printf(
          Locale.ROOT,
          "%s: imported %,d in %.2f s = %,.0f rows/s; read back %,d in %.2f s = %,.0f rows/s;"
              + " one segment (%,d) in %.2f s = %,.0f rows/s%n",
          store,
          imported,
          importSeconds,
          imported / importSeconds,
          read.get(),
          readSeconds,
          read.get() / readSeconds,
          segment,
          segmentSeconds,
          segment / segmentSeconds);
      System.out.printf(
          Locale.ROOT,
          "CPU time of this process (all threads, the SQLite writer's too): import %.2f s, read %.2f s; load average %.1f on %d"
              + " cores%n",
          importCpu,
          readCpu,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
      if (postgres) {
        System.out.printf(
            Locale.ROOT,
            "CPU time of the PostgreSQL backends: import %.2f s, read %.2f s%n",
            importServer,
            readServer);
        System.out.println(postgresSizes(url, schema, wal));
      }
    } finally {
      if (store.equals("postgres")) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * The CPU nanoseconds this process has used so far: all its threads, since SQLite writes run on a
   * writer thread of the store rather than the calling one. Garbage collection counts too.
   */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static final String APPLICATION = "cohesion-benchmark";

  /**
   * The CPU seconds the server processes of this benchmark's connections have used so far, from
   * /proc (the server runs on this machine): the server's share of the work, which the load of
   * other programs does not inflate as it does the wall clock.
   */
  private static double serverCpu(String url) throws Exception {
    List<Long> pids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE application_name = '"
                    + APPLICATION
                    + "'")) {
      while (rs.next()) {
        pids.add(rs.getLong(1));
      }
    }
    long ticks = 0;
    for (long pid : pids) {
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      if (Files.isReadable(stat)) {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      }
    }
    return ticks / 100.0; // USER_HZ
  }

  private static String walPosition(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * What the import left on the server: the write-ahead log written since {@code wal} (all of the
   * server's, so other work on it counts too) and the size of each table and index of the schema.
   */
  private static String postgresSizes(String url, String schema, String wal) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      try (var rs =
          s.executeQuery(
              "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + wal + "'::pg_lsn)::bigint")) {
        rs.next();
        out.append(
            String.format(
                Locale.ROOT,
                "WAL written since the import began: %,d MB; tables with their TOAST, and indexes:",
                rs.getLong(1) >> 20));
      }
      try (var rs =
          s.executeQuery(
              "SELECT c.relname, CASE c.relkind WHEN 'r' THEN pg_table_size(c.oid)"
                  + " ELSE pg_relation_size(c.oid) END AS size FROM pg_class c"
                  + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '"
                  + schema
                  + "' AND c.relname LIKE 'wish_map_%' AND c.relkind IN ('r', 'i')"
                  + " ORDER BY size DESC LIMIT 6")) {
        while (rs.next()) {
          out.append(
              String.format(Locale.ROOT, "%n  %s: %,d MB", rs.getString(1), rs.getLong(2) >> 20));
        }
      }
    }
    return out.toString();
  }

  /** A wave like {@code map} under another id, answered before it. */
  private static WishMap earlierWave(WishMap map) {
    return map.withId(new WishMapId(map.id().value() + "-earlier"));
  }

  public static WishMap wishMap() {
    List<Value> values = new ArrayList<>();
    for (String code :
        List.of(
            "contact",
            "care",
            "safety",
            "greenery",
            "health",
            "fun",
            "youth",
            "affordable",
            "sustainability",
            "facilities")) {
      values.add(Value.of(code));
    }
    return new WishMap(
        new WishMapId("benchmark"),
        values,
        new ResponseRange(1, 5),
        Optional.of(new ResponseRange(1, 5)),
        3,
        List.of("household", "street"),
        Mobilisation.none());
  }

  /** Realistic rows: ten values rated twice, three top choices, two segments, a network or two. */
  public static List<WishMapResponse> responses(
      WishMap map, int rows, SplittableRandom random, boolean hex) {
    // Hex pseudonyms look like the HMAC-SHA256 ones of invitations, in random order; their own
    // random source leaves the answers the same as with short ones.
    SplittableRandom names = new SplittableRandom(20240502);
    List<String> households = List.of("young_parents", "elderly", "singles", "families", "other");
    List<WishMapResponse> responses = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      Map<String, Double> importance = new HashMap<>();
      Map<String, Double> satisfaction = new HashMap<>();
      for (Value value : map.values()) {
        importance.put(value.code(), (double) (1 + random.nextInt(5)));
        satisfaction.put(value.code(), (double) (1 + random.nextInt(5)));
      }
      List<String> top = new ArrayList<>();
      while (top.size() < 3) {
        String code = map.values().get(random.nextInt(map.values().size())).code();
        if (!top.contains(code)) {
          top.add(code);
        }
      }
      responses.add(
          new WishMapResponse(
              new Pseudonym(
                  hex
                      ? HexFormat.of().toHexDigits(names.nextLong())
                          + HexFormat.of().toHexDigits(names.nextLong())
                          + HexFormat.of().toHexDigits(names.nextLong())
                          + HexFormat.of().toHexDigits(names.nextLong())
                      : "r" + i),
              importance,
              satisfaction,
              top,
              Map.of(
                  "household",
                  households.get(random.nextInt(households.size())),
                  "street",
                  "street-" + random.nextInt(40)),
              random.nextBoolean() ? Set.of("play-week") : Set.of("play-week", "football-club"),
              OptionalInt.of(1 + random.nextInt(5)),
              List.of()));
    }
    return responses;
  }
}
