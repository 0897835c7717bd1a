package io.cohesion.benchmarks;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.Text;
import io.cohesion.core.application.Cohesion;
import io.cohesion.core.privacy.Closing;
import io.cohesion.core.privacy.ReleaseWaves;
import io.cohesion.core.privacy.WaveId;
import io.cohesion.core.redthread.AnalysisBudget;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.SegmentColumn;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.ValueCatalogue;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.persistence.Stores;
import io.cohesion.persistence.sqlite.SqliteStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The red thread as a bound reader (a researcher, the workshop page) reads it through the use case,
 * from a closed wish map of generated responses in the in-memory store (docs/performance.md, "The
 * red thread from a cache"). {@code store} is {@code memory} (the default) or {@code sqlite}: a
 * fresh SQLite store in a temporary directory, removed afterwards, which is how a server reads a
 * large wave ({@code -p store=sqlite -p respondents=1000000 -p bootstrap=0}).
 *
 * <ul>
 *   <li>{@code cachedRead}: the same released red thread read again and again, as browsers
 *       refreshing during a workshop do; each read still asks for the wave's status and state, the
 *       wish map and the state's response ids, and checks the budget.
 *   <li>{@code firstRead}: every read with a seed not asked for before, so each misses the cache
 *       and computes the red thread over the state's responses: the cost of the first read after a
 *       close.
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RedThreadCacheBenchmark {
  private static final WishMapId MAP = new WishMapId("benchmark");
  private static final List<String> HOUSEHOLDS =
      List.of("young_parents", "families", "seniors", "singles");

  @Param("10000")
  int respondents;

  @Param("1000")
  int bootstrap;

  /** 0 for the wave alone, 1 to split by the declared household column as well. */
  @Param({"0", "1"})
  int segmentColumns;

  /** {@code memory} or {@code sqlite}. */
  @Param("memory")
  String store = "memory";

  private Path directory;

  private Stores stores;
  private Cohesion cohesion;
  private RedThreadOptions options;
  private final AtomicLong seeds = new AtomicLong(1_000_000L);

  @Setup(Level.Trial)
  public void closeAWishMap() {
    List<Value> values = ValueCatalogue.defaults().select(ValueCatalogue.DEFAULT_CODES);
    WishMap map =
        new WishMap(
            MAP,
            values,
            new ResponseRange(1, 5),
            Optional.of(new ResponseRange(1, 5)),
            3,
            List.of("household"),
            Mobilisation.none(),
            List.of(
                new SegmentColumn(
                    "household",
                    Text.of("household"),
                    HOUSEHOLDS.stream().map(Value::of).toList())));
    stores = open();
    cohesion = Cohesion.using(stores, Clock.systemUTC());
    cohesion.wishMaps().define(map);
    cohesion
        .wishMaps()
        .importResponses(MAP, RedThreadBenchmark.generate(map, respondents, 20241128L));
    ReleaseWaves releases = cohesion.releases();
    WaveId wave = WaveId.wishMap(MAP.value());
    if (!(releases.close(wave, releases.status(wave).version()) instanceof Closing.Cut)) {
      throw new IllegalStateException("the generated wish map cut no release state");
    }
    options =
        RedThreadOptions.defaults()
            .withAudience(cohesion.disclosure().bound())
            .withBootstrap(bootstrap)
            .withSegmentColumns(segmentColumns == 0 ? List.of() : List.of("household"));
    cachedRead();
  }

  private Stores open() {
    switch (store) {
      case "memory" -> {
        return Stores.inMemory();
      }
      case "sqlite" -> {
        try {
          directory = Files.createTempDirectory("red-thread-cache");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return SqliteStores.open(directory);
      }
      default -> throw new IllegalArgumentException("store is memory or sqlite, got " + store);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    stores.close();
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public RedThread cachedRead() {
    return cohesion.wishMapAnalysis().redThread(MAP, options, AnalysisBudget.unlimited());
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RedThread firstRead() {
    return cohesion
        .wishMapAnalysis()
        .redThread(MAP, options.withSeed(seeds.incrementAndGet()), AnalysisBudget.unlimited());
  }
}
