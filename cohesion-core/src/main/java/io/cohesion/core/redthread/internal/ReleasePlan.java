package io.cohesion.core.redthread.internal;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.GroupCells;
import io.cohesion.core.privacy.KeyOrder;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Which cells of a red thread are released to an audience (docs/privacy.md#the-red-thread).
 *
 * <p>Cells, by kind of figure: <em>counts</em> — the wave, every group of every partition
 * considered, and every network's members (a network's count within a group is a figure of the
 * group's cell, released with the group and the network); per value <em>importance</em>,
 * <em>satisfaction</em> and <em>urgency</em> — those of the wave and of each group who answered;
 * <em>top choices</em> — those who named at least one; <em>Kendall's W</em> — those who rated every
 * value. Each kind is cut on its own with the policy's remedy; a cell hidden among the counts hides
 * every figure of that group.
 */
public final class ReleasePlan {
  private static final DisclosurePolicy RULE = DisclosurePolicy.defaults();

  /** One group of one partition, its members (response positions) and what of it is released. */
  public static final class Group {
    final String column;
    final String value;
    final int[] members;
    boolean hidden;
    final boolean[] values;

    Group(String column, String value, int[] members, int valueCount) {
      this.column = column;
      this.value = value;
      this.members = members;
      this.values = new boolean[valueCount];
      Arrays.fill(values, true);
    }

    /** The segment column. */
    public String column() {
      return column;
    }

    /** The segment key. */
    public String value() {
      return value;
    }

    /** Positions of the group's respondents. Do not modify. */
    public int[] members() {
      return members;
    }

    /** Whether the group is withheld as a whole. */
    public boolean hidden() {
      return hidden;
    }

    /** Per value (wish-map order), whether its figures in this group are released. */
    public boolean[] releasedValues() {
      return values.clone();
    }
  }

  /** One network: its members, whether its count is released, and its count in each group. */
  public static final class Network {
    final String name;
    final int[] members;
    boolean hidden;
    final boolean[] hiddenIn;

    Network(String name, int[] members, int groups) {
      this.name = name;
      this.members = members;
      this.hiddenIn = new boolean[groups];
    }

    /** The network's name. */
    public String name() {
      return name;
    }

    /** Positions of the network's members. Do not modify. */
    public int[] members() {
      return members;
    }

    /** Whether the network's count is withheld. */
    public boolean hidden() {
      return hidden;
    }

    /** Whether the network's count within group {@code g} (position in {@link #groups()}). */
    public boolean hiddenIn(int g) {
      return hidden || hiddenIn[g];
    }
  }

  private final boolean waveHidden;
  private final boolean[] waveValues;
  private final boolean kendallReleased;
  private final List<Group> groups;
  private final List<Network> networks;

  private ReleasePlan(
      boolean waveHidden,
      boolean[] waveValues,
      boolean kendallReleased,
      List<Group> groups,
      List<Network> networks) {
    this.waveHidden = waveHidden;
    this.waveValues = waveValues;
    this.kendallReleased = kendallReleased;
    this.groups = groups;
    this.networks = networks;
  }

  /**
   * Decides what of the red thread of {@code responses} is released to {@code audience}.
   *
   * @param columns the partitions considered, in declaration order: for a bound audience every
   *     segment column of the wish map, whatever one request asks for
   * @param networkNames the networks listed, in their order
   * @param declared per column whose values are declared, its codes: groups follow {@link KeyOrder}
   */
  public static ReleasePlan decide(
      List<WishMapResponse> responses,
      Respondents all,
      List<String> columns,
      List<String> networkNames,
      Map<String, List<String>> declared,
      Audience audience) {
    int n = responses.size();
    List<int[]> members = new ArrayList<>(networkNames.size());
    for (String name : networkNames) {
      members.add(positions(n, i -> responses.get(i).networks().contains(name)));
    }
    return decide(
        all,
        GroupCells.of(columns, positions(n, i -> true), i -> responses.get(i).segments(), declared),
        networkNames,
        members,
        audience);
  }

  /**
   * Decides what of the red thread of the respondents {@code all} is released to {@code audience},
   * given their groups and networks.
   *
   * @param cells the groups of every partition considered ({@link GroupCells#of}), partition by
   *     partition, in key order
   * @param networkNames the networks listed, in their order
   * @param networkMembers per listed network the positions of its members, ascending
   */
  public static ReleasePlan decide(
      Respondents all,
      List<GroupCells.Group> cells,
      List<String> networkNames,
      List<int[]> networkMembers,
      Audience audience) {
    int n = all.n;
    int k = audience.cutK();
    int shown = audience.k();
    int values = all.k;
    List<Group> groups = new ArrayList<>();
    for (GroupCells.Group group : cells) {
      groups.add(new Group(group.column(), group.key(), group.members(), values));
    }
    List<Network> networks = new ArrayList<>();
    for (int m = 0; m < networkNames.size(); m++) {
      networks.add(new Network(networkNames.get(m), networkMembers.get(m), groups.size()));
    }

    // counts: the wave, the groups, the networks, each network within each group
    int[] wave = positions(n, i -> true);
    List<int[]> counts = new ArrayList<>();
    counts.add(wave);
    groups.forEach(g -> counts.add(g.members));
    networks.forEach(net -> counts.add(net.members));
    boolean[] countHidden = cut(counts, new boolean[counts.size()], n, k, shown);
    int at = 0;
    boolean waveHidden = countHidden[at++] || (n == 0 && audience.bound());
    for (Group group : groups) {
      group.hidden = waveHidden || countHidden[at++];
    }
    for (Network network : networks) {
      network.hidden = waveHidden || countHidden[at++];
    }
    // A network's count within a group is a figure of that group's cell: it is released with
    // the group (and with the network's own count, which the group counts add up to).
    for (Network network : networks) {
      for (int g = 0; g < groups.size(); g++) {
        network.hiddenIn[g] = groups.get(g).hidden;
      }
    }

    boolean[] waveValues = new boolean[values];
    Arrays.fill(waveValues, !waveHidden);
    boolean[] preset = new boolean[1 + groups.size()];
    preset[0] = waveHidden;
    for (int g = 0; g < groups.size(); g++) {
      preset[g + 1] = groups.get(g).hidden;
      if (groups.get(g).hidden) {
        Arrays.fill(groups.get(g).values, false);
      }
    }
    // top choices: one kind for every value
    boolean[] topHidden =
        cut(cells(wave, groups, i -> all.top[i * all.topChoices] >= 0), preset, n, k, shown);
    for (int v = 0; v < values; v++) {
      final int value = v;
      List<IntPredicate> kinds = new ArrayList<>();
      kinds.add(i -> !Double.isNaN(all.importance[value][i]));
      kinds.add(i -> !Double.isNaN(all.satisfaction[value][i]));
      kinds.add(i -> !Double.isNaN(all.urgency[value][i]));
      boolean[] hidden = topHidden.clone();
      for (IntPredicate answered : kinds) {
        boolean[] kind = cut(cells(wave, groups, answered), preset, n, k, shown);
        for (int c = 0; c < hidden.length; c++) {
          hidden[c] |= kind[c];
        }
      }
      waveValues[v] &= !hidden[0];
      for (int g = 0; g < groups.size(); g++) {
        groups.get(g).values[v] &= !hidden[g + 1];
      }
    }
    int[] complete =
        positions(
            n,
            i -> {
              for (int v = 0; v < values; v++) {
                if (Double.isNaN(all.ratings()[v][i])) {
                  return false;
                }
              }
              return true;
            });
    boolean kendallReleased =
        !waveHidden && !cut(List.of(complete), new boolean[1], n, k, shown)[0];
    return new ReleasePlan(waveHidden, waveValues, kendallReleased, groups, networks);
  }

  /** Cuts one kind; a kind that no remedy rescues releases nothing. */
  private static boolean[] cut(List<int[]> cells, boolean[] preset, int n, int k, int shown) {
    boolean[] hidden = RULE.hidden(cells, preset, n, k);
    for (int c = 0; c < hidden.length; c++) {
      // a larger k asked for hides the state's cells of fewer than that k as well
      hidden[c] |= cells.get(c).length > 0 && cells.get(c).length < shown;
    }
    return hidden;
  }

  private static List<int[]> cells(int[] wave, List<Group> groups, IntPredicate answered) {
    List<int[]> cells = new ArrayList<>(1 + groups.size());
    cells.add(Arrays.stream(wave).filter(answered::test).toArray());
    for (Group group : groups) {
      cells.add(Arrays.stream(group.members).filter(answered::test).toArray());
    }
    return cells;
  }

  private static int[] positions(int n, IntPredicate member) {
    int[] found = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (member.test(i)) {
        found[count++] = i;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Whether the whole wave is withheld. */
  public boolean waveHidden() {
    return waveHidden;
  }

  /** Per value (wish-map order), whether its figures over the wave are released. */
  public boolean[] waveValues() {
    return waveValues.clone();
  }

  /** Whether Kendall's W is released. */
  public boolean kendallReleased() {
    return kendallReleased;
  }

  /** The groups of every partition considered, partition by partition, in key order. */
  public List<Group> groups() {
    return groups;
  }

  /** The networks listed, in the given order. */
  public List<Network> networks() {
    return networks;
  }
}
