package io.cohesion.benchmarks;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.redthread.RedThread;
import io.cohesion.core.redthread.RedThreadAnalysis;
import io.cohesion.core.redthread.RedThreadOptions;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.ValueCatalogue;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The red thread of a large wish map (docs/scoring.md#53-red-thread): every per-value figure,
 * Kendall's W and the seeded bootstrap of {@code pTopK} with B resamples, overall and for one
 * segment column. The responses are generated once per fork from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RedThreadBenchmark {

  @Param("10000")
  int respondents;

  @Param("1000")
  int bootstrap;

  private WishMap map;
  private List<WishMapResponse> responses;
  private RedThreadOptions options;

  @Setup(Level.Trial)
  public void generate() {
    List<Value> values = ValueCatalogue.defaults().select(ValueCatalogue.DEFAULT_CODES);
    map =
        new WishMap(
            new WishMapId("benchmark"),
            values,
            new ResponseRange(1, 5),
            Optional.of(new ResponseRange(1, 5)),
            3,
            List.of("household"),
            Mobilisation.none());
    responses = generate(map, respondents, 20241128L);
    options =
        RedThreadOptions.defaults()
            .withBootstrap(bootstrap)
            .withSegmentColumns(List.of("household"));
  }

  @Benchmark
  public RedThread analyse() {
    return RedThreadAnalysis.analyse(map, responses, options);
  }

  /** Responses whose importance leans towards the first values, with a few missing answers. */
  static List<WishMapResponse> generate(WishMap map, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] households = {"young_parents", "families", "seniors", "singles"};
    String[] networks = {"speelweek", "sportclub", "dorpshuis", "ijsclub"};
    List<Value> values = map.values();
    List<WishMapResponse> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      Map<String, Double> importance = new HashMap<>();
      Map<String, Double> satisfaction = new HashMap<>();
      for (int v = 0; v < values.size(); v++) {
        if (random.nextInt(20) == 0) {
          continue; // about 5% missing
        }
        int lean = v < 4 ? 1 : 0;
        importance.put(values.get(v).code(), (double) Math.min(5, 1 + random.nextInt(5) + lean));
        satisfaction.put(values.get(v).code(), (double) (1 + random.nextInt(5)));
      }
      Set<String> top = new LinkedHashSet<>();
      while (top.size() < 3) {
        top.add(values.get(random.nextInt(random.nextBoolean() ? 5 : values.size())).code());
      }
      Set<String> taken = new LinkedHashSet<>();
      for (String network : networks) {
        if (random.nextInt(3) == 0) {
          taken.add(network);
        }
      }
      out.add(
          new WishMapResponse(
              new Pseudonym("r" + r),
              importance,
              satisfaction,
              List.copyOf(top),
              Map.of("household", households[random.nextInt(households.length)]),
              taken,
              OptionalInt.of(1 + random.nextInt(5)),
              List.of()));
    }
    return out;
  }
}
