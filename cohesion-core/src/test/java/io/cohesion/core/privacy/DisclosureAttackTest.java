package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ValidationException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The disclosure policy against an attacker who holds every cell a bound caller can obtain — every
 * declared partition, every state after submissions and erasures — and combines them linearly. Each
 * attack must fail against the policy and succeed against the policy with its rule switched off, so
 * the suite can fail.
 */
class DisclosureAttackTest {
  private static final LinearAttacker ATTACKER = new LinearAttacker(4);
  private static final DisclosurePolicy POLICY = DisclosurePolicy.defaults();
  private static final DisclosurePolicy RULE_OFF = new DisclosurePolicy(5, false);

  /** A history of states over respondents 0 … n − 1 with random declared partitions. */
  record History(int respondents, int k, List<int[]> partitions, List<BitSet> states) {}

  @Property(tries = 300)
  void noCombinationOfReleasedCellsSinglesOutFewerThanK(
      @ForAll @IntRange(min = 4, max = 28) int respondents,
      @ForAll @IntRange(min = 2, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 3) int partitions,
      @ForAll @IntRange(min = 1, max = 3) int states,
      @ForAll long seed) {
    History history = history(new Random(seed), respondents, k, partitions, states);

    List<int[]> released = release(POLICY, history);

    assertThat(ATTACKER.attack(released, respondents, k)).isEmpty();
    assertThat(DisclosurePolicy.exposure(released, respondents, k))
        .isLessThan(1 - DisclosurePolicy.TOLERANCE);
  }

  @Test
  void aStreetEqualToAHouseholdGroupPlusOneResidentIsNotBothReleased() {
    // partition 1 (household): young parents are residents 0–4, the rest 5–13;
    // partition 2 (street): Dorpsstraat is residents 0–5, the rest 6–13.
    int[] household = new int[14];
    int[] street = new int[14];
    for (int r = 0; r < 14; r++) {
      household[r] = r < 5 ? 0 : 1;
      street[r] = r < 6 ? 0 : 1;
    }
    History history = new History(14, 5, List.of(household, street), List.of(all(14)));

    assertThat(ATTACKER.attack(release(RULE_OFF, history), 14, 5))
        .as("switched off, X − A gives resident 5")
        .hasValueSatisfying(a -> assertThat(a.singledOut()).containsExactly(5));
    assertThat(ATTACKER.attack(release(POLICY, history), 14, 5)).isEmpty();
  }

  @Test
  void oneSubmissionBetweenTwoStatesIsNotReleased() {
    BitSet before = all(12);
    before.clear(11);
    History history = new History(12, 5, List.of(new int[12]), List.of(before, all(12)));

    assertThat(ATTACKER.attack(release(RULE_OFF, history), 12, 5))
        .as("switched off, N′ − N gives the late resident")
        .hasValueSatisfying(a -> assertThat(a.singledOut()).containsExactly(11));
    assertThat(ATTACKER.attack(release(POLICY, history), 12, 5)).isEmpty();
  }

  @Test
  void aPartitionsRemainderOfOneIsNotReleased() {
    // eleven residents in two groups, one resident without an answer in the column
    int[] column = new int[12];
    for (int r = 0; r < 12; r++) {
      column[r] = r < 6 ? 0 : r < 11 ? 1 : -1;
    }
    History history = new History(12, 5, List.of(column), List.of(all(12)));

    assertThat(ATTACKER.attack(release(RULE_OFF, history), 12, 5))
        .as("switched off, wave − groups gives resident 11")
        .hasValueSatisfying(a -> assertThat(a.singledOut()).containsExactly(11));
    assertThat(ATTACKER.attack(release(POLICY, history), 12, 5)).isEmpty();
  }

  @Test
  void theRemedySuppressesTheSmallestCellThatHelpsAndKeepsTheRest() {
    // sizes 6, 6, 2 in one partition of 14: the group of 2 goes, and one more so that the two
    // hidden groups together hold at least k
    int[] column = new int[14];
    for (int r = 0; r < 14; r++) {
      column[r] = r < 6 ? 0 : r < 12 ? 1 : 2;
    }
    List<int[]> cells = cells(column, all(14));

    boolean[] hidden = POLICY.cut(List.of(), cells, new boolean[cells.size()], 14, 5).orElseThrow();

    // cells: wave, group 0, group 1, group 2
    assertThat(hidden).containsExactly(false, true, false, true);
  }

  @Test
  void aStateThatNoSuppressionRescuesIsNotCut() {
    // the earlier state released a wave of 5; the new one differs by one resident and only has
    // its wave cell, whose suppression is the only remedy — it lowers the sum, so the state is cut
    // with the wave hidden; with the earlier cells alone already failing, nothing can help
    List<int[]> earlier = List.of(new int[] {0, 1, 2, 3, 4}, new int[] {0, 1, 2, 3});
    Optional<boolean[]> cut =
        POLICY.cut(earlier, List.of(new int[] {0, 1, 2, 3, 4, 5}), new boolean[1], 6, 5);

    assertThat(cut).isEmpty();
  }

  @Test
  void aVillageOfLargeGroupsIsReleasedWhole() {
    // 360 residents in three declared partitions of groups of 30 or more, everyone answered:
    // nothing singles anyone out, so nothing is suppressed
    Random random = new Random(7);
    List<int[]> columns = new ArrayList<>();
    for (int groups : new int[] {3, 4, 6}) {
      int[] column = new int[360];
      for (int r = 0; r < 360; r++) {
        column[r] = (r * 7 + random.nextInt(1)) % groups;
      }
      columns.add(column);
    }
    History history = new History(360, 5, columns, List.of(all(360)));

    List<int[]> released = release(POLICY, history);

    assertThat(released).hasSize(1 + 3 + 4 + 6);
  }

  @Property(tries = 300)
  void theClosedFormForOnePartitionIsTheGeneralRemedy(
      @ForAll @IntRange(min = 1, max = 40) int respondents,
      @ForAll @IntRange(min = 1, max = 6) int groups,
      @ForAll @IntRange(min = 1, max = 7) int k,
      @ForAll long seed) {
    Random random = new Random(seed);
    int[] column = new int[respondents];
    for (int r = 0; r < respondents; r++) {
      column[r] = random.nextInt(8) == 0 ? -1 : random.nextInt(groups);
    }
    BitSet everyone = all(respondents);
    List<int[]> cells = cells(column, everyone);
    int[] sizes = new int[cells.size() - 1];
    for (int g = 0; g < sizes.length; g++) {
      sizes[g] = cells.get(1 + g).length;
    }

    boolean[] closed = POLICY.cutPartition(respondents, sizes, k);
    List<int[]> released = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      if (!closed[c]) {
        released.add(cells.get(c));
      }
    }

    // what the closed form releases keeps to the rule and withstands the attacker
    assertThat(DisclosurePolicy.exposure(released, respondents, k))
        .isLessThan(1 - DisclosurePolicy.TOLERANCE);
    assertThat(ATTACKER.attack(released, respondents, k)).isEmpty();
    // and hides no group that the general remedy shows
    POLICY
        .cut(List.of(), cells, new boolean[cells.size()], respondents, k)
        .ifPresent(
            general -> {
              for (int g = 1; g < cells.size(); g++) {
                if (!general[g] && !general[0]) {
                  assertThat(closed[g]).as("group %d of %s", g - 1, sizes).isFalse();
                }
              }
            });
  }

  @Test
  void withoutTheFloorARequestForKOfOneShowsAGroupOfOne() {
    // one resident in a group of their own, 13 in the other
    int[] column = new int[14];
    column[0] = 1;
    History history = new History(14, 1, List.of(column), List.of(all(14)));

    // a policy whose floor a request could lower to 1 cuts the state with k = 1 …
    List<int[]> released = release(new DisclosurePolicy(1), history);

    // … and an attacker held to the real floor of 5 reads resident 0 straight off a cell
    assertThat(ATTACKER.attack(released, 14, 5))
        .hasValueSatisfying(a -> assertThat(a.singledOut()).containsExactly(0));
    assertThat(
            ATTACKER.attack(
                release(POLICY, new History(14, 5, List.of(column), List.of(all(14)))), 14, 5))
        .isEmpty();
  }

  @Test
  void theFloorCannotBeLoweredByARequest() {
    DisclosurePolicy policy = new DisclosurePolicy(5);

    assertThat(policy.bound(OptionalInt.empty()).k()).isEqualTo(5);
    assertThat(policy.bound(OptionalInt.of(8)).k()).isEqualTo(8);
    assertThatThrownBy(() -> policy.bound(OptionalInt.of(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("kMin")
        .hasMessageContaining("at least 5");
    // a coordinator of the server sees live figures, cut with the same floor
    assertThat(policy.rawData(OptionalInt.empty()).cutK()).isEqualTo(5);
    assertThat(policy.rawData(OptionalInt.of(8)).k()).isEqualTo(8);
    assertThat(policy.rawData(OptionalInt.of(8)).cutK()).isEqualTo(5);
    assertThatThrownBy(() -> policy.rawData(OptionalInt.of(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 5");
  }

  // --- the simulation ----------------------------------------------------------------------

  /** Cuts every state in turn with {@code policy}; returns every cell released by any state. */
  static List<int[]> release(DisclosurePolicy policy, History history) {
    List<int[]> released = new ArrayList<>();
    for (BitSet state : history.states()) {
      List<int[]> candidate = new ArrayList<>();
      candidate.add(state.stream().toArray());
      for (int[] partition : history.partitions()) {
        List<int[]> groups = cells(partition, state);
        candidate.addAll(groups.subList(1, groups.size()));
      }
      Optional<boolean[]> cut =
          policy.cut(
              released,
              candidate,
              new boolean[candidate.size()],
              history.respondents(),
              history.k());
      if (cut.isEmpty()) {
        continue; // the state is not cut: the last one stays
      }
      for (int c = 0; c < candidate.size(); c++) {
        if (!cut.get()[c]) {
          released.add(candidate.get(c));
        }
      }
    }
    return released;
  }

  /** The wave cell of {@code state}, then one cell per group of {@code partition} (−1: none). */
  static List<int[]> cells(int[] partition, BitSet state) {
    int groups = 0;
    for (int g : partition) {
      groups = Math.max(groups, g + 1);
    }
    List<int[]> cells = new ArrayList<>();
    cells.add(state.stream().toArray());
    for (int g = 0; g < groups; g++) {
      final int group = g;
      cells.add(state.stream().filter(r -> partition[r] == group).toArray());
    }
    return cells;
  }

  static History history(Random random, int respondents, int k, int partitions, int states) {
    List<int[]> columns = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      int groups = 2 + random.nextInt(4);
      int[] column = new int[respondents];
      for (int r = 0; r < respondents; r++) {
        column[r] = random.nextInt(10) == 0 ? -1 : random.nextInt(groups);
      }
      columns.add(column);
    }
    List<BitSet> history = new ArrayList<>();
    BitSet present = new BitSet();
    for (int r = 0; r < respondents; r++) {
      if (random.nextInt(4) != 0) {
        present.set(r);
      }
    }
    history.add((BitSet) present.clone());
    for (int s = 1; s < states; s++) {
      // late submissions and erasures between closes
      int changes = 1 + random.nextInt(Math.max(1, respondents / 3));
      for (int c = 0; c < changes; c++) {
        present.flip(random.nextInt(respondents));
      }
      history.add((BitSet) present.clone());
    }
    return new History(respondents, k, columns, history);
  }

  private static BitSet all(int n) {
    BitSet all = new BitSet();
    all.set(0, n);
    return all;
  }
}
