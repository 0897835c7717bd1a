package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The disclosure rules a later release state of a wave must pass, beyond the floor of k changed
 * respondents (docs/privacy.md#later-states):
 *
 * <ol>
 *   <li><em>no group cell the last state showed is hidden by the new one</em>: the last state's
 *       released groups and the candidate's are decided by the same policy, and a group released
 *       before but suppressed now refuses the state;
 *   <li><em>the rule holds over all states together</em>: the released count cells of every earlier
 *       state (the wave and each group of each column), computed over its responses that still
 *       exist, and those of the candidate are rows of one matrix over one index of respondents, and
 *       its k − 1 largest leverages must sum to less than 1. A state whose difference to an earlier
 *       one isolates fewer than k respondents is refused;
 *   <li><em>so it does for each per-value kind</em> ({@link WaveGroups#answered()}: each value's
 *       importance, satisfaction and urgency, the top choices, each item): every state's count
 *       cells narrowed to those who answered, as that state's remedy releases them, weighed
 *       together. Five late respondents of whom one answered a value would otherwise release that
 *       one answer as the difference of the value's figures between two states.
 * </ol>
 *
 * <p>Erased responses are absent from the earlier states' cells: their answers are gone, and
 * counting them as known is the cautious reading. A first state is always accepted here; the
 * policy's remedy decides what of it is released.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class StateRules implements StateAcceptance {
  private final DisclosurePolicy policy;
  private final Function<WaveId, WaveGroups> groups;

  /**
   * The rules of {@code policy} (at its floor), over the groups {@code groups} reads for a wave.
   *
   * @param groups reads a wave's responses now, as {@link WaveGroups#read} does
   */
  public StateRules(DisclosurePolicy policy, Function<WaveId, WaveGroups> groups) {
    this.policy = requireNonNull(policy, "policy");
    this.groups = requireNonNull(groups, "groups");
  }

  @Override
  public StateVerdict judge(List<ReleaseState> previous, ReleaseState candidate) {
    requireNonNull(candidate, "candidate");
    if (previous.isEmpty()) {
      return StateVerdict.accepted();
    }
    WaveGroups now = requireNonNull(groups.apply(candidate.wave()), "groups of the wave");
    int k = policy.floor();
    int n = now.ids().length;
    List<Cells> earlier = new ArrayList<>();
    for (ReleaseState state : previous) {
      earlier.add(cells(now, state.respondents(), k));
    }
    Cells last = earlier.get(earlier.size() - 1);
    Cells next = cells(now, candidate.respondents(), k);
    ReleaseState lastState = previous.get(previous.size() - 1);

    for (int c = 0; c < last.labels.size(); c++) {
      if (last.hidden[c]) {
        continue;
      }
      int at = next.labels.indexOf(last.labels.get(c));
      if (at >= 0 && next.hidden[at]) {
        return StateVerdict.refused(
            "state "
                + candidate.sequence()
                + " would hide "
                + last.labels.get(c)
                + ", which state "
                + lastState.sequence()
                + " showed: state "
                + lastState.sequence()
                + " stays released");
      }
    }

    List<int[]> rows = new ArrayList<>();
    earlier.forEach(e -> rows.addAll(e.released()));
    rows.addAll(next.released());
    if (!policy.allows(rows, n, k)) {
      return StateVerdict.refused(
          String.format(
              Locale.ROOT,
              "state %d together with states 1–%d would single out fewer than %d respondents (the"
                  + " %d largest leverages sum to %.3f, at least 1): state %d stays released until"
                  + " more answers are added or erased",
              candidate.sequence(),
              lastState.sequence(),
              k,
              k - 1,
              DisclosurePolicy.exposure(rows, n, k),
              lastState.sequence()));
    }
    for (Map.Entry<String, int[]> kind : now.answered().entrySet()) {
      boolean[] answered = new boolean[n];
      for (int position : kind.getValue()) {
        answered[position] = true;
      }
      List<int[]> perValue = new ArrayList<>();
      earlier.forEach(e -> perValue.addAll(e.released(answered, policy, n, k)));
      perValue.addAll(next.released(answered, policy, n, k));
      if (!policy.allows(perValue, n, k)) {
        return StateVerdict.refused(
            String.format(
                Locale.ROOT,
                "state %d together with states 1–%d would single out fewer than %d respondents in"
                    + " the figures of %s (the %d largest leverages sum to %.3f, at least 1): state"
                    + " %d stays released until more answers are added or erased",
                candidate.sequence(),
                lastState.sequence(),
                k,
                kind.getKey(),
                k - 1,
                DisclosurePolicy.exposure(perValue, n, k),
                lastState.sequence()));
      }
    }
    return StateVerdict.accepted();
  }

  /**
   * The count cells of one state over the positions of {@code now} (the wave first, then each
   * column's groups in {@link KeyOrder}), and which of them the policy hides when the state is cut
   * on its own.
   */
  private Cells cells(WaveGroups now, long[] respondents, int k) {
    int[] members =
        Arrays.stream(respondents).mapToInt(now::positionOf).filter(p -> p >= 0).toArray();
    List<String> labels = new ArrayList<>();
    List<int[]> cells = new ArrayList<>();
    labels.add("the wave");
    cells.add(members);
    for (GroupCells.Group group :
        GroupCells.of(now.columns(), members, p -> now.keys().get(p), now.declared())) {
      labels.add("group " + group.column() + " = " + group.key());
      cells.add(group.members());
    }
    boolean[] hidden = policy.hidden(cells, new boolean[cells.size()], now.ids().length, k);
    if (hidden[0] || members.length == 0) {
      Arrays.fill(hidden, true); // a withheld wave withholds every group
    }
    return new Cells(labels, cells, hidden);
  }

  /** One state's count cells, their labels and which are hidden. */
  private record Cells(List<String> labels, List<int[]> cells, boolean[] hidden) {
    /**
     * The cells of one per-value kind this state releases: each count cell narrowed to those who
     * answered, cut by the policy's remedy with the hidden count cells hidden beforehand. The
     * release of a value may hide more (a group's value is shown only when all its kinds are), so
     * these are at least the released ones: weighing them is the cautious side.
     */
    List<int[]> released(boolean[] answered, DisclosurePolicy policy, int n, int k) {
      List<int[]> narrowed = new ArrayList<>(cells.size());
      for (int[] cell : cells) {
        narrowed.add(Arrays.stream(cell).filter(p -> answered[p]).toArray());
      }
      boolean[] cut = policy.hidden(narrowed, hidden.clone(), n, k);
      List<int[]> shown = new ArrayList<>();
      for (int c = 0; c < narrowed.size(); c++) {
        if (!cut[c] && narrowed.get(c).length > 0) {
          shown.add(narrowed.get(c));
        }
      }
      return shown;
    }

    List<int[]> released() {
      List<int[]> shown = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        if (!hidden[c]) {
          shown.add(cells.get(c));
        }
      }
      return shown;
    }
  }

  @Override
  public String toString() {
    return "StateRules[" + policy + "]";
  }
}
