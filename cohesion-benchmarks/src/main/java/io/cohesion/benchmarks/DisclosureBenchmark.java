package io.cohesion.benchmarks;

import io.cohesion.core.privacy.DisclosurePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The leverage rule of the disclosure policy on one large wave: {@link DisclosurePolicy#exposure}
 * and the policy's {@link DisclosurePolicy#cut} of the same cells with nothing released before. The
 * cells are the wave, three partitions of it (5, 8 and 12 groups) and network-like cells of random
 * members; they are generated once per fork from a fixed seed. The figures are in
 * docs/performance.md#disclosure-policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DisclosureBenchmark {

  @Param("10000")
  int respondents;

  /** Network-like cells on top of the wave and its 5 + 8 + 12 groups: 60 cells in all. */
  @Param("34")
  int networks;

  /**
   * 5 is the default floor, under which these cells keep to the rule; at 20 they do not: two
   * networks are smaller than k, and the remedy suppresses one more cell, each trial one more
   * exposure.
   */
  @Param({"5", "20"})
  int k;

  private List<int[]> cells;
  private final DisclosurePolicy policy = DisclosurePolicy.defaults();

  @Setup(Level.Trial)
  public void generate() {
    cells = cells(respondents, networks, 20250301L);
  }

  /**
   * The wave, partitions of it into 5, 8 and 12 groups of uneven sizes, and {@code networks} cells
   * of 10 to 400 random members each.
   */
  static List<int[]> cells(int respondents, int networks, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> cells = new ArrayList<>();
    int[] wave = new int[respondents];
    for (int r = 0; r < respondents; r++) {
      wave[r] = r;
    }
    cells.add(wave);
    for (int groups : new int[] {5, 8, 12}) {
      cells.addAll(partition(respondents, groups, random));
    }
    for (int n = 0; n < networks; n++) {
      cells.add(sample(respondents, random.nextInt(10, 401), random));
    }
    return List.copyOf(cells);
  }

  /** Each respondent in one of {@code groups} groups, group g drawn with weight g + 1. */
  private static List<int[]> partition(int respondents, int groups, SplittableRandom random) {
    int total = groups * (groups + 1) / 2;
    List<List<Integer>> members = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      members.add(new ArrayList<>());
    }
    for (int r = 0; r < respondents; r++) {
      int draw = random.nextInt(total);
      int g = 0;
      while (draw >= g + 1) {
        draw -= g + 1;
        g++;
      }
      members.get(g).add(r);
    }
    List<int[]> cells = new ArrayList<>();
    for (List<Integer> group : members) {
      cells.add(group.stream().mapToInt(Integer::intValue).toArray());
    }
    return cells;
  }

  /** {@code size} distinct respondents drawn at random, in increasing order. */
  private static int[] sample(int respondents, int size, SplittableRandom random) {
    boolean[] chosen = new boolean[respondents];
    int left = size;
    while (left > 0) {
      int r = random.nextInt(respondents);
      if (!chosen[r]) {
        chosen[r] = true;
        left--;
      }
    }
    int[] members = new int[size];
    int i = 0;
    for (int r = 0; r < respondents; r++) {
      if (chosen[r]) {
        members[i++] = r;
      }
    }
    return members;
  }

  @Benchmark
  public double exposure() {
    return DisclosurePolicy.exposure(cells, respondents, k);
  }

  @Benchmark
  public Optional<boolean[]> cut() {
    return policy.cut(List.of(), cells, new boolean[cells.size()], respondents, k);
  }
}
