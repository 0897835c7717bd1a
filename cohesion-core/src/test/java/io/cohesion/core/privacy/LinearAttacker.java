package io.cohesion.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An attacker who holds released cells (each the set of respondents one released figure is computed
 * over) and combines up to {@code maxTerms} of them with coefficients ±1: differences of nested
 * groups, sums of groups inside another, differences between states, mixed combinations across
 * partitions. An attack succeeds when a combination depends on a non-empty set of fewer than {@code
 * k} respondents only: its figure then describes those respondents alone.
 */
public final class LinearAttacker {
  private final int maxTerms;

  public LinearAttacker(int maxTerms) {
    this.maxTerms = maxTerms;
  }

  /** A successful attack: the cells combined, their signs and the respondents singled out. */
  public record Attack(List<Integer> cells, List<Integer> signs, List<Integer> singledOut) {}

  /** The first combination that singles out fewer than {@code k} respondents, if any. */
  public Optional<Attack> attack(List<int[]> released, int respondents, int k) {
    List<int[]> cells = new ArrayList<>();
    for (int[] cell : released) {
      if (cell.length > 0) {
        cells.add(cell);
      }
    }
    int[] sum = new int[respondents];
    return search(cells, respondents, k, 0, new ArrayList<>(), new ArrayList<>(), sum);
  }

  private Optional<Attack> search(
      List<int[]> cells,
      int respondents,
      int k,
      int from,
      List<Integer> chosen,
      List<Integer> signs,
      int[] sum) {
    if (!chosen.isEmpty()) {
      List<Integer> support = new ArrayList<>();
      for (int j = 0; j < respondents && support.size() < k; j++) {
        if (sum[j] != 0) {
          support.add(j);
        }
      }
      if (!support.isEmpty() && support.size() < k) {
        return Optional.of(new Attack(List.copyOf(chosen), List.copyOf(signs), support));
      }
    }
    if (chosen.size() == maxTerms) {
      return Optional.empty();
    }
    for (int c = from; c < cells.size(); c++) {
      for (int sign : new int[] {1, -1}) {
        if (chosen.isEmpty() && sign < 0) {
          continue; // −x singles out what x does
        }
        for (int j : cells.get(c)) {
          sum[j] += sign;
        }
        chosen.add(c);
        signs.add(sign);
        Optional<Attack> found = search(cells, respondents, k, c + 1, chosen, signs, sum);
        chosen.remove(chosen.size() - 1);
        signs.remove(signs.size() - 1);
        for (int j : cells.get(c)) {
          sum[j] -= sign;
        }
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
