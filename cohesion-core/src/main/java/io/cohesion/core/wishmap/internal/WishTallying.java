package io.cohesion.core.wishmap.internal;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import io.cohesion.core.privacy.GroupCells;
import io.cohesion.core.wishmap.Value;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishTallies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Counts coded wishes under the disclosure rule (docs/privacy.md#wishes). Per value, the cells are
 * the respondents with a wish coded to it in the whole state and in each group. They are weighed
 * together with the count cells every state of the wave releases (the state and each declared
 * group), so that a tally whose complement in its group is small ("all but two of the group") is
 * withheld as surely as a small tally, and with the same value's cells of every earlier state, so
 * that the respondents a later state added cannot be told apart by the change of a tally.
 */
final class WishTallying {
  private WishTallying() {}

  /**
   * One respondent as the tallies see them.
   *
   * @param id the stored response id
   * @param segments the response's segments
   * @param values the values any of its wishes is coded to
   */
  record Respondent(long id, Map<String, String> segments, Set<String> values) {
    Respondent {
      segments = Map.copyOf(segments);
      values = Set.copyOf(values);
    }
  }

  /**
   * The tallies of the last of {@code states} over {@code respondents}.
   *
   * @param respondents every respondent any state may hold, ascending by id
   * @param states the response ids of each state, oldest first; the last is released
   * @param uncoded for an audience holding the raw data, how many wishes are not coded yet
   */
  static WishTallies tally(
      WishMap map,
      List<Respondent> respondents,
      List<long[]> states,
      DisclosurePolicy policy,
      Audience audience,
      OptionalInt uncoded) {
    requireNonNull(map, "map");
    int n = respondents.size();
    long[] ids = respondents.stream().mapToLong(Respondent::id).toArray();
    int cut = audience.cutK();
    Map<String, List<String>> declared = new HashMap<>();
    map.declarations().forEach(d -> declared.put(d.column(), d.codes()));
    List<String> columns = map.declaredSegments();

    List<State> cells = new ArrayList<>();
    for (long[] state : states) {
      int[] members =
          Arrays.stream(state)
              .mapToInt(id -> Arrays.binarySearch(ids, id))
              .filter(p -> p >= 0)
              .toArray();
      List<GroupCells.Group> groups =
          GroupCells.of(columns, members, p -> respondents.get(p).segments(), declared);
      List<int[]> counts = new ArrayList<>();
      counts.add(members);
      groups.forEach(g -> counts.add(g.members()));
      boolean[] hidden = policy.hidden(counts, new boolean[counts.size()], n, cut);
      if (hidden[0] || members.length == 0) {
        Arrays.fill(hidden, true);
      }
      cells.add(new State(groups, counts, hidden));
    }
    State last = cells.get(cells.size() - 1);
    if (last.hidden()[0]) {
      return WishTallies.withheld(
          last.counts().get(0).length < audience.k()
              ? "the wish map has fewer than " + audience.k() + " respondents"
              : "releasing the wish map would single out fewer than "
                  + audience.k()
                  + " respondents");
    }
    List<WishTallies.ValueTally> tallies = new ArrayList<>();
    for (Value value : map.values()) {
      boolean[] coded = new boolean[n];
      for (int p = 0; p < n; p++) {
        coded[p] = respondents.get(p).values().contains(value.code());
      }
      List<int[]> earlier = new ArrayList<>();
      for (int s = 0; s < cells.size(); s++) {
        State state = cells.get(s);
        earlier.addAll(state.released());
        if (s < cells.size() - 1) {
          // Cautious: every earlier tally cell of a released group counts as released.
          for (int[] cell : state.released()) {
            earlier.add(narrow(cell, coded));
          }
        }
      }
      List<int[]> candidate = new ArrayList<>();
      for (int[] cell : last.counts()) {
        candidate.add(narrow(cell, coded));
      }
      boolean[] hidden =
          policy
              .cut(earlier, candidate, last.hidden().clone(), n, cut)
              .orElseGet(
                  () -> {
                    boolean[] all = new boolean[candidate.size()];
                    Arrays.fill(all, true);
                    return all;
                  });
      for (int c = 0; c < candidate.size(); c++) {
        int size = candidate.get(c).length;
        hidden[c] |= size > 0 && size < audience.k();
      }
      List<WishTallies.SegmentTally> segments = new ArrayList<>();
      for (int g = 0; g < last.groups().size(); g++) {
        GroupCells.Group group = last.groups().get(g);
        segments.add(
            new WishTallies.SegmentTally(
                group.column(), group.key(), count(hidden[1 + g], candidate.get(1 + g))));
      }
      tallies.add(
          new WishTallies.ValueTally(value.code(), count(hidden[0], candidate.get(0)), segments));
    }
    return new WishTallies(
        OptionalInt.of(last.counts().get(0).length), tallies, Optional.empty(), uncoded);
  }

  private static OptionalInt count(boolean hidden, int[] cell) {
    return hidden ? OptionalInt.empty() : OptionalInt.of(cell.length);
  }

  private static int[] narrow(int[] cell, boolean[] coded) {
    return Arrays.stream(cell).filter(p -> coded[p]).toArray();
  }

  /** One state's count cells (the state, then each group) and which of them it releases. */
  private record State(List<GroupCells.Group> groups, List<int[]> counts, boolean[] hidden) {
    List<int[]> released() {
      List<int[]> shown = new ArrayList<>();
      for (int c = 0; c < counts.size(); c++) {
        if (!hidden[c] && counts.get(c).length > 0) {
          shown.add(counts.get(c));
        }
      }
      return shown;
    }
  }
}
