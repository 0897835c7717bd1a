package io.cohesion.core.redthread.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.core.redthread.DefaultUrgency;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.Mobilisation;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resamples split over threads count exactly what one thread counts, resample by resample as
 * the bootstrap was first written (kept below as {@link #reference}), for several sizes, seeds and
 * withheld values.
 */
class BootstrapTest {

  private static final UrgencyStrategy DEFAULT = new DefaultUrgency();

  /** The default urgency with an aggregate of its own (the same mean), which runs on one thread. */
  private static final UrgencyStrategy OWN_AGGREGATE =
      new UrgencyStrategy() {
        @Override
        public String name() {
          return "own";
        }

        @Override
        public String description() {
          return "the mean, written out";
        }

        @Override
        public double respondentUrgency(double importance, double satisfaction, boolean asked) {
          return DEFAULT.respondentUrgency(importance, satisfaction, asked);
        }

        @Override
        public double aggregate(double[] urgencies, int[] weights) {
          double sum = 0;
          long count = 0;
          for (int i = 0; i < urgencies.length; i++) {
            if (weights[i] != 0 && !Double.isNaN(urgencies[i])) {
              sum += weights[i] * urgencies[i];
              count += weights[i];
            }
          }
          return count == 0 ? Double.NaN : sum / count;
        }
      };

  @ParameterizedTest
  @CsvSource({
    "1, 5, 3, 40, 1",
    "2, 5, 1, 40, -3",
    "16, 3, 3, 200, 7",
    "64, 14, 3, 100, 11",
    "101, 14, 3, 300, 12345",
    "999, 9, 2, 120, -77",
    "4096, 14, 3, 64, 5",
    "10000, 14, 3, 200, 20241128",
  })
  void splitOverThreadsCountsWhatOneThreadCounts(
      int n, int values, int topChoices, int bootstrap, long seed) {
    for (int points : new int[] {5, 7}) {
      for (boolean satisfaction : new boolean[] {true, false}) {
        WishMap map = map(values, topChoices, satisfaction, points);
        Respondents respondents = Respondents.of(map, responses(map, n, seed ^ values), DEFAULT);
        for (boolean[] released : releasedSets(values)) {
          // 5 points give urgencies in sixteenths (quarters without satisfaction), summed as
          // whole numbers; 7 points give sixths, summed as doubles
          int scale = Bootstrap.wholeScale(respondents, released);
          if (points == 5) {
            assertThat(16 % scale).as("scale %d divides 16", scale).isZero();
          } else if (n >= 16) {
            assertThat(scale).isZero();
          }
          int[] expected = reference(respondents, DEFAULT, bootstrap, seed, released);
          assertThat(Bootstrap.topKHits(respondents, DEFAULT, bootstrap, seed, released, true))
              .as(
                  "parallel, n=%d, %d points, satisfaction %s, released %s",
                  n, points, satisfaction, Arrays.toString(released))
              .containsExactly(expected);
          assertThat(Bootstrap.topKHits(respondents, DEFAULT, bootstrap, seed, released, false))
              .as("one thread")
              .containsExactly(expected);
          for (int perTask : new int[] {1, 7, bootstrap / 3 + 1}) {
            assertThat(Bootstrap.topKHits(respondents, DEFAULT, bootstrap, seed, released, perTask))
                .as("tasks of %d resamples", perTask)
                .containsExactly(expected);
          }
          assertThat(
                  Bootstrap.topKHits(respondents, OWN_AGGREGATE, bootstrap, seed, released, true))
              .as("a strategy's own aggregate")
              .containsExactly(expected);
        }
      }
    }
  }

  private static List<boolean[]> releasedSets(int values) {
    boolean[] all = new boolean[values];
    Arrays.fill(all, true);
    boolean[] someWithheld = all.clone();
    someWithheld[0] = false;
    someWithheld[values - 1] = false;
    return List.of(all, someWithheld);
  }

  /**
   * The bootstrap as it was first written: one thread, {@link SplittableRandom}, the strategy's
   * aggregate.
   */
  private static int[] reference(
      Respondents r, UrgencyStrategy strategy, int bootstrap, long seed, boolean[] released) {
    int n = r.n;
    int k = r.k;
    int t = r.topChoices;
    int topK = Math.min(t, k);
    Ranking ranking = new Ranking(r.codes);
    SplittableRandom random = new SplittableRandom(seed);
    int[] weights = new int[n];
    double[] urgency = new double[k];
    long[] borda = new long[k];
    int[] order = new int[k];
    int[] hits = new int[k];
    for (int b = 0; b < bootstrap; b++) {
      Arrays.fill(weights, 0);
      for (int draw = 0; draw < n; draw++) {
        weights[random.nextInt(n)]++;
      }
      for (int v = 0; v < k; v++) {
        urgency[v] = released[v] ? strategy.aggregate(r.urgency[v], weights) : Double.NaN;
      }
      Arrays.fill(borda, 0);
      for (int i = 0; i < n; i++) {
        for (int p = 0; p < t && r.top[i * t + p] >= 0; p++) {
          borda[r.top[i * t + p]] += (long) weights[i] * (t - p);
        }
      }
      for (int v = 0; v < k; v++) {
        if (!released[v]) {
          borda[v] = -1;
        }
      }
      ranking.order(urgency, borda, order);
      for (int p = 0; p < topK; p++) {
        hits[order[p]]++;
      }
    }
    return hits;
  }

  private static WishMap map(int values, int topChoices, boolean satisfaction, int points) {
    return new WishMap(
        new WishMapId("wm"),
        IntStream.range(0, values).mapToObj(v -> Value.of("v" + (char) ('a' + v))).toList(),
        new ResponseRange(1, points),
        satisfaction ? Optional.of(new ResponseRange(1, points)) : Optional.empty(),
        topChoices,
        List.of(),
        Mobilisation.none());
  }

  /** Answers with about one in ten missing and up to {@code topChoices} top choices. */
  private static List<WishMapResponse> responses(WishMap map, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> codes = map.values().stream().map(Value::code).toList();
    int points = (int) map.importanceScale().orElseThrow().max();
    List<WishMapResponse> responses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Double> importance = new HashMap<>();
      Map<String, Double> satisfaction = new HashMap<>();
      for (String code : codes) {
        if (random.nextInt(10) != 0) {
          importance.put(code, 1.0 + random.nextInt(points));
        }
        if (map.satisfactionScale().isPresent() && random.nextInt(10) != 0) {
          satisfaction.put(code, 1.0 + random.nextInt(points));
        }
      }
      List<String> top = new ArrayList<>();
      int count = random.nextInt(map.topChoices() + 1);
      while (top.size() < count) {
        String code = codes.get(random.nextInt(codes.size()));
        if (!top.contains(code)) {
          top.add(code);
        }
      }
      responses.add(
          new WishMapResponse(
              new Pseudonym("r" + i),
              importance,
              satisfaction,
              top,
              Map.of(),
              Set.of(),
              OptionalInt.empty(),
              List.of()));
    }
    return responses;
  }
}
