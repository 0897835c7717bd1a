package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy's cut builds the earlier cells' row space once and reuses it across the remedy's
 * trials; this holds its answer equal to the remedy written out plainly, each trial computing the
 * exposure of all released cells from scratch, on funnel-like monthly states (a whole made of
 * disjoint parts, nested phases, earlier months released before).
 */
class CutAgainstReferenceTest {
  private final DisclosurePolicy policy = new DisclosurePolicy(5);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void theCutEqualsThePlainRemedyOverMonths(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int respondents = 60 + random.nextInt(120);
    int parts = 2 + random.nextInt(5);
    int[] part = new int[respondents];
    int[] reached = new int[respondents];
    Arrays.fill(reached, -1);
    for (int r = 0; r < respondents; r++) {
      part[r] = random.nextInt(parts);
    }
    List<int[]> earlier = new ArrayList<>();
    for (int month = 0; month < 6; month++) {
      for (int r = 0; r < respondents; r++) {
        if (reached[r] < 3 && random.nextInt(4) == 0) {
          reached[r]++;
        }
      }
      List<int[]> cells = new ArrayList<>();
      for (int p = 0; p < 4; p++) {
        cells.add(members(reached, part, p, -1));
      }
      for (int g = 0; g < parts; g++) {
        for (int p = 0; p < 4; p++) {
          cells.add(members(reached, part, p, g));
        }
      }
      for (int k : new int[] {2, 5, 9}) {
        boolean[] preset = new boolean[cells.size()];
        Optional<boolean[]> fast = policy.cut(earlier, cells, preset, respondents, k);
        Optional<boolean[]> plain = reference(earlier, cells, respondents, k);
        assertThat(fast.isPresent()).isEqualTo(plain.isPresent());
        fast.ifPresent(f -> assertThat(f).containsExactly(plain.get()));
      }
      boolean[] hidden =
          policy.cut(earlier, cells, new boolean[cells.size()], respondents, 5).orElseThrow();
      for (int c = 0; c < cells.size(); c++) {
        if (!hidden[c]) {
          earlier.add(cells.get(c));
        }
      }
    }
  }

  private static int[] members(int[] reached, int[] part, int phase, int group) {
    List<Integer> members = new ArrayList<>();
    for (int r = 0; r < reached.length; r++) {
      if (reached[r] >= phase && (group < 0 || part[r] == group)) {
        members.add(r);
      }
    }
    return members.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The remedy as documented, with the exposure of every trial computed from all its cells. */
  private static Optional<boolean[]> reference(
      List<int[]> earlier, List<int[]> candidate, int respondents, int k) {
    boolean[] hidden = new boolean[candidate.size()];
    for (int c = 0; c < hidden.length; c++) {
      hidden[c] = candidate.get(c).length > 0 && candidate.get(c).length < k;
    }
    double sum = exposure(earlier, candidate, hidden, respondents, k);
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < candidate.size(); c++) {
      order.add(c);
    }
    order.sort(
        Comparator.<Integer>comparingInt(c -> candidate.get(c).length).thenComparingInt(c -> c));
    while (sum >= 1 - DisclosurePolicy.TOLERANCE) {
      List<int[]> singles = new ArrayList<>();
      for (int c : order) {
        if (!hidden[c] && candidate.get(c).length > 0) {
          singles.add(new int[] {c});
        }
      }
      List<int[]> pairs = new ArrayList<>();
      for (int a = 0; a < singles.size(); a++) {
        for (int b = a + 1; b < singles.size(); b++) {
          int x = singles.get(a)[0];
          int y = singles.get(b)[0];
          pairs.add(new int[] {Math.min(x, y), Math.max(x, y)});
        }
      }
      pairs.sort(
          Comparator.<int[]>comparingInt(
                  p -> candidate.get(p[0]).length + candidate.get(p[1]).length)
              .thenComparingInt(p -> p[0])
              .thenComparingInt(p -> p[1]));
      double lowered = Double.NaN;
      for (List<int[]> steps : List.of(singles, pairs)) {
        for (int[] step : steps) {
          for (int c : step) {
            hidden[c] = true;
          }
          double without = exposure(earlier, candidate, hidden, respondents, k);
          if (without < sum - DisclosurePolicy.TOLERANCE) {
            lowered = without;
            break;
          }
          for (int c : step) {
            hidden[c] = false;
          }
        }
        if (!Double.isNaN(lowered)) {
          break;
        }
      }
      if (Double.isNaN(lowered)) {
        return Optional.empty();
      }
      sum = lowered;
    }
    return Optional.of(hidden);
  }

  private static double exposure(
      List<int[]> earlier, List<int[]> candidate, boolean[] hidden, int respondents, int k) {
    List<int[]> rows = new ArrayList<>(earlier);
    for (int c = 0; c < candidate.size(); c++) {
      if (!hidden[c]) {
        rows.add(candidate.get(c));
      }
    }
    return DisclosurePolicy.exposure(rows, respondents, k);
  }
}
