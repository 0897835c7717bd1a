package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.ValidationException;
import io.cohesion.core.privacy.internal.RowSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * The one disclosure policy every release of figures goes through (docs/privacy.md).
 *
 * <p>It holds the <em>floor</em>: the smallest {@code k} a bound audience can ask for, set by
 * whoever runs the server or embeds the library, never by a request. And it holds <em>the
 * rule</em>: for one kind of figure, the released cells (each the set of respondents a figure is
 * computed over) are the rows of a 0/1 matrix over the respondents; the {@code k − 1} largest
 * leverages of that matrix must sum to less than 1. If any combination of released figures — a
 * difference, a sum over partitions, two states, mixed signs — depended on fewer than {@code k}
 * respondents only, their leverages would sum to at least 1, so the rule rules out every such
 * combination at once.
 *
 * <p>When a state is cut, the <em>remedy</em> first suppresses its cells of fewer than {@code k}
 * respondents (each singles out its members by itself, so none can stay); then, while the rule
 * fails, it suppresses the smallest released cell of that state whose suppression lowers the sum
 * (ties by declaration order). When no single suppression can lower it — every released cell is a
 * combination of others, as when a partition covers the whole wave — the first pair that does is
 * suppressed (smallest combined size, then declaration order). If nothing lowers it, the state is
 * not cut. The remedy is deterministic: the same cells always give the same answer.
 */
@API(status = STABLE, since = "0.1.0")
public final class DisclosurePolicy {

  /** The floor when configuration gives none. */
  public static final int DEFAULT_FLOOR = 5;

  /** The sum of the {@code k − 1} largest leverages must stay below {@code 1 − TOLERANCE}. */
  public static final double TOLERANCE = 1e-9;

  private final int floor;
  private final boolean leverageRule;

  /**
   * A policy with {@code floor} as the smallest {@code k} of a bound audience.
   *
   * @param floor at least 1
   */
  public DisclosurePolicy(int floor) {
    this(floor, true);
  }

  /** A policy whose leverage rule can be switched off, for tests that show the rule matters. */
  DisclosurePolicy(int floor, boolean leverageRule) {
    if (floor < 1) {
      throw new IllegalArgumentException("the floor k must be at least 1, got " + floor);
    }
    this.floor = floor;
    this.leverageRule = leverageRule;
  }

  /** The policy with {@link #DEFAULT_FLOOR}. */
  public static DisclosurePolicy defaults() {
    return new DisclosurePolicy(DEFAULT_FLOOR);
  }

  /** The smallest {@code k} a bound audience may use. */
  public int floor() {
    return floor;
  }

  /** A bound audience at the floor. */
  public Audience.Bound bound() {
    return new Audience.Bound(floor, floor);
  }

  /**
   * A bound audience that asked for {@code requested} (the floor when empty).
   *
   * @throws ValidationException on field {@code kMin} when the request asks for less than the floor
   */
  public Audience.Bound bound(OptionalInt requested) {
    return new Audience.Bound(floor, requestedK(requested));
  }

  /**
   * An audience that reads the raw responses anyway (a server's coordinator): live figures, but cut
   * with the floor like every other release of the server; {@code requested} may only raise it.
   *
   * @throws ValidationException on field {@code kMin} when the request asks for less than the floor
   */
  public Audience.RawData rawData(OptionalInt requested) {
    return new Audience.RawData(floor, requestedK(requested));
  }

  private int requestedK(OptionalInt requested) {
    int k = requested.orElse(floor);
    if (k < floor) {
      throw ValidationException.of(
          "kMin",
          "must be at least "
              + floor
              + ", the smallest group this server releases; got "
              + k
              + " (ask for a larger kMin to hide more)");
    }
    return k;
  }

  /**
   * The sum of the {@code k − 1} largest leverages of {@code cells} over respondents {@code 0 …
   * respondents − 1}.
   */
  public static double exposure(List<int[]> cells, int respondents, int k) {
    return RowSpace.of(cells, respondents).largestSum(k - 1);
  }

  /** Whether releasing {@code cells} together keeps to the rule for {@code k}. */
  public boolean allows(List<int[]> cells, int respondents, int k) {
    if (!leverageRule) {
      return cells.stream().allMatch(c -> c.length == 0 || c.length >= k);
    }
    return exposure(cells, respondents, k) < 1 - TOLERANCE;
  }

  /**
   * Cuts a state for one kind of figure: which of its cells to suppress so that, together with the
   * cells released by earlier states, the rule holds.
   *
   * @param earlier cells of the same kind released by earlier states (over the same respondent
   *     positions)
   * @param candidate the state's cells in declaration order
   * @param suppressed cells of the state already suppressed for another reason (for example because
   *     their group's count is suppressed); not changed
   * @param respondents the number of respondent positions
   * @param k the state's {@code k}
   * @return which candidate cells are suppressed, or empty when no remedy makes the rule hold (the
   *     state is not cut)
   */
  public Optional<boolean[]> cut(
      List<int[]> earlier, List<int[]> candidate, boolean[] suppressed, int respondents, int k) {
    if (suppressed.length != candidate.size()) {
      throw new IllegalArgumentException(
          "one flag per candidate cell: " + suppressed.length + " flags, " + candidate.size());
    }
    boolean[] hidden = suppressed.clone();
    // A released cell of fewer than k singles its members out by itself: whatever else is
    // suppressed, it never stays, so it goes first.
    for (int c = 0; c < hidden.length; c++) {
      hidden[c] |= candidate.get(c).length > 0 && candidate.get(c).length < k;
    }
    if (!leverageRule) {
      return Optional.of(hidden);
    }
    // The earlier cells are the same in every trial: their row space is built once.
    RowSpace.Extension space = RowSpace.extension(earlier, candidate, respondents);
    RowSpace.State state = space.at(hidden);
    double sum = state.largestSum(k - 1);
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < candidate.size(); c++) {
      order.add(c);
    }
    order.sort(
        Comparator.<Integer>comparingInt(c -> candidate.get(c).length).thenComparingInt(c -> c));
    while (sum >= 1 - TOLERANCE) {
      OptionalDouble lowered = lowerBy(singles(candidate, hidden, order), state, hidden, k, sum);
      if (lowered.isEmpty()) {
        lowered = lowerBy(pairs(candidate, hidden, order), state, hidden, k, sum);
      }
      if (lowered.isEmpty()) {
        return Optional.empty();
      }
      sum = lowered.getAsDouble();
      state = space.at(hidden);
    }
    return Optional.of(hidden);
  }

  /**
   * Suppresses the first of {@code steps} (each one or more candidate cells) whose suppression
   * lowers the sum, and returns the lowered sum; changes nothing when none does.
   */
  private static OptionalDouble lowerBy(
      List<int[]> steps, RowSpace.State state, boolean[] hidden, int k, double sum) {
    for (int[] step : steps) {
      for (int c : step) {
        hidden[c] = true;
      }
      double without = state.largestSumWithout(step, k - 1);
      if (without < sum - TOLERANCE) {
        return OptionalDouble.of(without);
      }
      for (int c : step) {
        hidden[c] = false;
      }
    }
    return OptionalDouble.empty();
  }

  /** Every released cell on its own, smallest first (ties by declaration order). */
  private static List<int[]> singles(List<int[]> candidate, boolean[] hidden, List<Integer> order) {
    List<int[]> singles = new ArrayList<>();
    for (int c : order) {
      if (!hidden[c] && candidate.get(c).length > 0) {
        singles.add(new int[] {c});
      }
    }
    return singles;
  }

  /**
   * When every released cell is a combination of the others (a partition that covers the wave, a
   * network equal to a group), no single suppression changes the row space. Then pairs are tried,
   * by combined size and then declaration order.
   */
  private static List<int[]> pairs(List<int[]> candidate, boolean[] hidden, List<Integer> order) {
    List<int[]> singles = singles(candidate, hidden, order);
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < singles.size(); a++) {
      for (int b = a + 1; b < singles.size(); b++) {
        int x = singles.get(a)[0];
        int y = singles.get(b)[0];
        pairs.add(new int[] {Math.min(x, y), Math.max(x, y)});
      }
    }
    pairs.sort(
        Comparator.<int[]>comparingInt(p -> candidate.get(p[0]).length + candidate.get(p[1]).length)
            .thenComparingInt(p -> p[0])
            .thenComparingInt(p -> p[1]));
    return pairs;
  }

  /**
   * Which cells of a release on its own (no earlier state) are hidden: the remedy's answer, or
   * every cell when no remedy makes the rule hold — a kind of figure that cannot be released safely
   * is not released at all.
   */
  public boolean[] hidden(List<int[]> cells, boolean[] preset, int respondents, int k) {
    return cut(List.of(), cells, preset, respondents, k)
        .orElseGet(
            () -> {
              boolean[] all = new boolean[cells.size()];
              Arrays.fill(all, true);
              return all;
            });
  }

  /**
   * {@link #cut} for the commonest case, worked out in closed form: the wave and the groups of one
   * partition, with no earlier state. Released groups (all of at least {@code k}) give their
   * members leverage 1/size; when the wave is released, the hidden groups and the respondents in no
   * group share leverage 1/(their number). The rule therefore fails exactly when that number lies
   * between 1 and {@code k − 1}, and the remedy hides the smallest released group (ties: the first)
   * until it does not. This is what scoring a million respondents in 13,000 neighbourhoods can
   * afford; a property test holds it equal to the general remedy.
   *
   * @param wave the size of the wave's cell
   * @param groups the size of each group's cell, in declaration order; together at most {@code
   *     wave}
   * @return whether the wave (position 0) and each group (position 1 + g) is suppressed
   */
  public boolean[] cutPartition(int wave, int[] groups, int k) {
    boolean[] hidden = new boolean[1 + groups.length];
    long grouped = 0;
    for (int size : groups) {
      grouped += size;
    }
    if (grouped > wave) {
      throw new IllegalArgumentException(
          "groups of " + grouped + " respondents in a wave of " + wave);
    }
    hidden[0] = wave > 0 && wave < k;
    long outside = wave - grouped;
    for (int g = 0; g < groups.length; g++) {
      if (groups[g] > 0 && (groups[g] < k || hidden[0])) {
        hidden[1 + g] = true;
        outside += groups[g];
      }
    }
    if (!leverageRule || hidden[0]) {
      return hidden;
    }
    while (outside > 0 && outside < k) {
      int smallest = -1;
      for (int g = 0; g < groups.length; g++) {
        if (!hidden[1 + g] && groups[g] > 0 && (smallest < 0 || groups[g] < groups[smallest])) {
          smallest = g;
        }
      }
      if (smallest < 0) {
        break; // no group is left to show; the wave alone singles out no one
      }
      hidden[1 + smallest] = true;
      outside += groups[smallest];
    }
    return hidden;
  }

  @Override
  public String toString() {
    return "DisclosurePolicy[floor=" + floor + (leverageRule ? "" : ", leverage rule off") + "]";
  }
}
