package io.cohesion.core.redthread.internal;

import io.cohesion.core.scoring.spi.UrgencyStrategy;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The resamples behind {@code pTopK} (docs/scoring.md#53-red-thread): B times, n respondents drawn
 * with replacement, each resample kept as the number of times each respondent was drawn, and the
 * values ranked by the weighted urgency and Borda points; per value, the number of resamples that
 * put it in the top K.
 *
 * <p>The draws are those of {@code java.util.SplittableRandom(seed).nextInt(n)}, resample after
 * resample, whichever thread draws them ({@link Draws}), so the counts are the same on one thread
 * or many. With the built-in aggregate (the mean), the weighted means are sums in respondent order,
 * exactly as {@link UrgencyStrategy#aggregate} adds them, and the resamples are split over the
 * common fork-join pool in chunks; a strategy with an aggregate of its own is called on the calling
 * thread only, one resample after another, since nothing says it may be called from several threads
 * at once.
 */
public final class Bootstrap {
  /** About this many respondent-value cells are weighed per parallel task. */
  private static final long CELLS_PER_TASK = 1L << 22;

  /** Values weighed together in one pass over the respondents. */
  private static final int LANES = 8;

  private Bootstrap() {}

  /**
   * Per value (wish-map order), the number of resamples in which it ranks within the top {@code
   * min(topChoices, k)}; withheld values take no part in the ranking and get 0.
   *
   * @param parallel whether the resamples may run on several threads (the counts are the same
   *     either way)
   */
  public static int[] topKHits(
      Respondents respondents,
      UrgencyStrategy strategy,
      int bootstrap,
      long seed,
      boolean[] released,
      boolean parallel) {
    long cells = Math.max(1, (long) respondents.n * (respondents.k + respondents.topChoices));
    int perTask = (int) Math.max(1, Math.min(bootstrap, CELLS_PER_TASK / cells));
    return topKHits(
        respondents, strategy, bootstrap, seed, released, parallel ? perTask : bootstrap);
  }

  /**
   * {@link #topKHits(Respondents, UrgencyStrategy, int, long, boolean[], boolean)} in tasks of
   * {@code tasksOf} resamples, on several threads when there are several tasks and the strategy
   * aggregates with the built-in mean.
   */
  static int[] topKHits(
      Respondents respondents,
      UrgencyStrategy strategy,
      int bootstrap,
      long seed,
      boolean[] released,
      int tasksOf) {
    int n = respondents.n;
    int k = respondents.k;
    int[] hits = new int[k];
    if (bootstrap <= 0 || n == 0) {
      return hits;
    }
    Weighing weighing;
    if (!builtInMean(strategy) || !finiteOrMissing(respondents)) {
      weighing = new StrategyWeighing(respondents, strategy, released);
    } else {
      int scale = WholeWeighing.scale(respondents, released);
      weighing =
          scale > 0
              ? new WholeWeighing(respondents, released, scale)
              : new MeanWeighing(respondents, released);
    }
    int perTask = weighing instanceof StrategyWeighing ? bootstrap : tasksOf;
    int tasks = (bootstrap + perTask - 1) / perTask;
    boolean split = tasks > 1;
    int[] firsts = new int[tasks];
    for (int c = 0; c < tasks; c++) {
      firsts[c] = c * perTask;
    }
    long[] starts = Draws.starts(seed, n, n, firsts, split);
    IntStream chunks = IntStream.range(0, tasks);
    int[][] parts =
        (split ? chunks.parallel() : chunks)
            .mapToObj(
                c ->
                    resamples(
                        respondents,
                        weighing,
                        seed,
                        starts[c],
                        Math.min(perTask, bootstrap - firsts[c]),
                        released))
            .toArray(int[][]::new);
    for (int[] part : parts) {
      for (int v = 0; v < k; v++) {
        hits[v] += part[v];
      }
    }
    return hits;
  }

  /**
   * The top-K counts of {@code count} consecutive resamples, the first drawn from {@code start}.
   */
  private static int[] resamples(
      Respondents respondents,
      Weighing weighing,
      long seed,
      long start,
      int count,
      boolean[] released) {
    int n = respondents.n;
    int k = respondents.k;
    int topK = Math.min(respondents.topChoices, k);
    Draws draws = new Draws(seed, n, start);
    Ranking ranking = new Ranking(respondents.codes);
    int[] weights = new int[n];
    double[] urgency = new double[k];
    long[] borda = new long[k];
    int[] order = new int[k];
    int[] hits = new int[k];
    Scratch scratch = weighing.scratch();
    for (int b = 0; b < count; b++) {
      Arrays.fill(weights, 0);
      for (int draw = 0; draw < n; draw++) {
        weights[draws.next()]++;
      }
      weighing.urgency(weights, urgency, scratch);
      weighing.borda(weights, borda);
      for (int v = 0; v < k; v++) {
        if (!released[v]) {
          // withheld values rank last whatever their figures
          urgency[v] = Double.NaN;
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

  /**
   * The power of two whose multiples the released urgencies are, when the built-in mean may sum
   * them as whole numbers; 0 when it sums them as doubles.
   */
  static int wholeScale(Respondents respondents, boolean[] released) {
    return WholeWeighing.scale(respondents, released);
  }

  /** Whether {@code strategy} aggregates with the interface's own mean. */
  static boolean builtInMean(UrgencyStrategy strategy) {
    try {
      return strategy
              .getClass()
              .getMethod("aggregate", double[].class, int[].class)
              .getDeclaringClass()
          == UrgencyStrategy.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Whether every respondent urgency is a number or missing: an infinite one would make a weight of
   * 0 count (0 × ∞ is NaN), so the mean's shortcut does not apply.
   */
  private static boolean finiteOrMissing(Respondents respondents) {
    for (double[] column : respondents.urgency) {
      for (double u : column) {
        if (Double.isInfinite(u)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The respondents (positions) whose urgency is missing. */
  private static int[] missingOf(double[] urgencies) {
    int absent = 0;
    for (double u : urgencies) {
      if (Double.isNaN(u)) {
        absent++;
      }
    }
    int[] missing = new int[absent];
    int a = 0;
    for (int i = 0; i < urgencies.length; i++) {
      if (Double.isNaN(urgencies[i])) {
        missing[a++] = i;
      }
    }
    return missing;
  }

  /** How many of a resample's n draws count for a value that {@code missing} did not answer. */
  private static long counted(int n, int[] missing, int[] weights) {
    long count = n;
    for (int i : missing) {
      count -= weights[i];
    }
    return count;
  }

  /** Per-thread working memory of a {@link Weighing}. */
  private static final class Scratch {
    final double[] sums;

    Scratch(int size) {
      sums = new double[size];
    }
  }

  /** How a resample's weights become urgencies and Borda points; shared by the threads. */
  private abstract static class Weighing {
    /** The choices given, grouped by value: value v's are {@code [firstOf[v], firstOf[v + 1])}. */
    final int[] firstOf;

    final int[] chosenBy;
    final int[] pointsOf;

    /** The top choices given, as respondent and points, grouped by the value chosen. */
    Weighing(Respondents respondents) {
      int t = respondents.topChoices;
      int k = respondents.k;
      firstOf = new int[k + 1];
      for (int choice : respondents.top) {
        if (choice >= 0) {
          firstOf[choice + 1]++;
        }
      }
      for (int v = 0; v < k; v++) {
        firstOf[v + 1] += firstOf[v];
      }
      int[] next = Arrays.copyOf(firstOf, k);
      chosenBy = new int[firstOf[k]];
      pointsOf = new int[firstOf[k]];
      for (int i = 0; i < respondents.n; i++) {
        for (int p = 0; p < t; p++) {
          int choice = respondents.top[i * t + p];
          if (choice < 0) {
            break;
          }
          int e = next[choice]++;
          chosenBy[e] = i;
          pointsOf[e] = t - p;
        }
      }
    }

    Scratch scratch() {
      return new Scratch(0);
    }

    abstract void urgency(int[] weights, double[] urgency, Scratch scratch);

    /** Borda points of the resample; whole numbers, so they may be added in any order. */
    final void borda(int[] weights, long[] borda) {
      for (int v = 0; v < borda.length; v++) {
        long points = 0;
        for (int e = firstOf[v]; e < firstOf[v + 1]; e++) {
          points += (long) weights[chosenBy[e]] * pointsOf[e];
        }
        borda[v] = points;
      }
    }
  }

  /** A strategy's own aggregate, called per released value. */
  private static final class StrategyWeighing extends Weighing {
    private final Respondents respondents;
    private final UrgencyStrategy strategy;
    private final boolean[] released;

    StrategyWeighing(Respondents respondents, UrgencyStrategy strategy, boolean[] released) {
      super(respondents);
      this.respondents = respondents;
      this.strategy = strategy;
      this.released = released;
    }

    @Override
    void urgency(int[] weights, double[] urgency, Scratch scratch) {
      for (int v = 0; v < urgency.length; v++) {
        urgency[v] = released[v] ? strategy.aggregate(respondents.urgency[v], weights) : Double.NaN;
      }
    }
  }

  /**
   * The built-in mean, {@code Σ w·u / Σ w} over the respondents who count for a value. A missing
   * urgency is stored as 0 and its weight left out of the count: adding {@code w × 0} to a sum
   * leaves it exactly as it was, so each sum is the one {@link UrgencyStrategy#aggregate} forms,
   * term for term in respondent order, without a branch per respondent. {@value #LANES} values are
   * summed side by side, each in its own accumulator, so that the additions overlap; the count of a
   * value is n less the weight of the respondents it misses, who are few.
   */
  private static final class MeanWeighing extends Weighing {
    private final int k;
    private final int n;
    private final double[][] columns;
    private final int[][] missing;
    private final boolean[] released;

    MeanWeighing(Respondents respondents, boolean[] released) {
      super(respondents);
      this.k = respondents.k;
      this.n = respondents.n;
      this.released = released;
      int padded = (k + LANES - 1) / LANES * LANES;
      double[] zeros = new double[n];
      columns = new double[padded][];
      missing = new int[k][];
      for (int v = 0; v < padded; v++) {
        if (v >= k || !released[v]) {
          columns[v] = zeros;
          continue;
        }
        double[] source = respondents.urgency[v];
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
          column[i] = Double.isNaN(source[i]) ? 0 : source[i];
        }
        columns[v] = column;
        missing[v] = missingOf(source);
      }
    }

    @Override
    Scratch scratch() {
      return new Scratch(columns.length);
    }

    @Override
    void urgency(int[] weights, double[] urgency, Scratch scratch) {
      double[] sums = scratch.sums;
      for (int g = 0; g < columns.length; g += LANES) {
        sum8(weights, g, sums);
      }
      for (int v = 0; v < k; v++) {
        if (!released[v]) {
          urgency[v] = Double.NaN;
          continue;
        }
        long count = counted(n, missing[v], weights);
        urgency[v] = count == 0 ? Double.NaN : sums[v] / count;
      }
    }

    private void sum8(int[] weights, int g, double[] sums) {
      double[] c0 = columns[g];
      double[] c1 = columns[g + 1];
      double[] c2 = columns[g + 2];
      double[] c3 = columns[g + 3];
      double[] c4 = columns[g + 4];
      double[] c5 = columns[g + 5];
      double[] c6 = columns[g + 6];
      double[] c7 = columns[g + 7];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double s4 = 0;
      double s5 = 0;
      double s6 = 0;
      double s7 = 0;
      for (int i = 0; i < n; i++) {
        double w = weights[i];
        s0 += w * c0[i];
        s1 += w * c1[i];
        s2 += w * c2[i];
        s3 += w * c3[i];
        s4 += w * c4[i];
        s5 += w * c5[i];
        s6 += w * c6[i];
        s7 += w * c7[i];
      }
      sums[g] = s0;
      sums[g + 1] = s1;
      sums[g + 2] = s2;
      sums[g + 3] = s3;
      sums[g + 4] = s4;
      sums[g + 5] = s5;
      sums[g + 6] = s6;
      sums[g + 7] = s7;
    }
  }

  /**
   * The built-in mean when every urgency is a whole number of {@code 1/scale}, {@code scale} a
   * power of two: the urgencies of answers on scales of 2, 3, 5 or 9 points rescaled to {@code [0,
   * 1]}, and their products. Each term {@code w × u} and each partial sum of {@link MeanWeighing}
   * is then a multiple of {@code 1/scale} small enough to be held exactly in a double, so that sum
   * has no rounding and equals the whole-number sum of {@code w × (u × scale)} divided by {@code
   * scale}. That sum is formed in {@code int}s, in any order, which the compiler can do several
   * respondents at a time; the urgencies are the same to the last bit.
   */
  private static final class WholeWeighing extends Weighing {
    /** The largest scale tried: beyond it the urgencies are not sums of a few binary digits. */
    private static final int MAX_SCALE = 1 << 16;

    private final int k;
    private final int n;
    private final int scale;
    private final int[][] columns;
    private final int[][] missing;
    private final boolean[] released;

    WholeWeighing(Respondents respondents, boolean[] released, int scale) {
      super(respondents);
      this.k = respondents.k;
      this.n = respondents.n;
      this.scale = scale;
      this.released = released;
      columns = new int[k][];
      missing = new int[k][];
      for (int v = 0; v < k; v++) {
        if (!released[v]) {
          continue;
        }
        double[] source = respondents.urgency[v];
        int[] column = new int[n];
        for (int i = 0; i < n; i++) {
          column[i] = Double.isNaN(source[i]) ? 0 : (int) (source[i] * scale);
        }
        columns[v] = column;
        missing[v] = missingOf(source);
      }
    }

    /**
     * The smallest power of two that makes every released urgency a whole number, when the sums of
     * a resample (at most n times the largest of those numbers) fit in an {@code int}; 0 when there
     * is none.
     */
    static int scale(Respondents respondents, boolean[] released) {
      double largest = 0;
      for (int v = 0; v < respondents.k; v++) {
        if (!released[v]) {
          continue;
        }
        for (double u : respondents.urgency[v]) {
          if (!Double.isNaN(u)) {
            largest = Math.max(largest, Math.abs(u));
          }
        }
      }
      for (int scale = 1; scale <= MAX_SCALE; scale <<= 1) {
        if (largest * scale * respondents.n >= Integer.MAX_VALUE) {
          return 0;
        }
        if (whole(respondents, released, scale)) {
          return scale;
        }
      }
      return 0;
    }

    private static boolean whole(Respondents respondents, boolean[] released, int scale) {
      for (int v = 0; v < respondents.k; v++) {
        if (!released[v]) {
          continue;
        }
        for (double u : respondents.urgency[v]) {
          // a missing urgency (NaN) is left out of the sums
          double scaled = u * scale;
          if (!Double.isNaN(u) && scaled != Math.rint(scaled)) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    void urgency(int[] weights, double[] urgency, Scratch scratch) {
      for (int v = 0; v < k; v++) {
        if (!released[v]) {
          urgency[v] = Double.NaN;
          continue;
        }
        long count = counted(n, missing[v], weights);
        urgency[v] = count == 0 ? Double.NaN : dot(weights, columns[v]) / (double) scale / count;
      }
    }

    private int dot(int[] weights, int[] column) {
      int sum = 0;
      for (int i = 0; i < n; i++) {
        sum += weights[i] * column[i];
      }
      return sum;
    }
  }
}
