package io.cohesion.core.engagement.internal;

import io.cohesion.core.privacy.Audience;
import io.cohesion.core.privacy.DisclosurePolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a series of monthly releases for a bound audience: each month's cells under the rule
 * together with every cell released for the months before it, oldest first, so that comparing two
 * months singles out no one either. The months are those that are over, and what a month counts is
 * fixed by the day things were recorded, so a month's cut never changes once made.
 */
final class MonthlyCuts {
  private MonthlyCuts() {}

  /** The last day of every month from that of {@code first} to the month before {@code today}. */
  static List<LocalDate> monthEnds(LocalDate first, LocalDate today) {
    List<LocalDate> ends = new ArrayList<>();
    YearMonth last = YearMonth.from(today).minusMonths(1);
    for (YearMonth month = YearMonth.from(first);
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      ends.add(month.atEndOfMonth());
    }
    return ends;
  }

  /**
   * Which cells of each month are shown to {@code audience}, every month cut in order.
   *
   * @param months each month's cells, oldest first, in declaration order
   * @param respondents the number of positions the cells are over
   */
  static List<boolean[]> shown(
      DisclosurePolicy policy, List<List<int[]>> months, int respondents, Audience audience) {
    List<boolean[]> hidden = hidden(policy, months, List.of(), respondents, audience.cutK());
    List<boolean[]> shown = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      shown.add(shown(months.get(m), hidden.get(m), audience));
    }
    return shown;
  }

  /**
   * Which cells of each month are suppressed by the cut, oldest first: the first {@code
   * alreadyCut.size()} months as given (each month is cut once), the others cut in order.
   *
   * @param months each month's cells, oldest first, in declaration order
   * @param alreadyCut the suppressed cells of the first months, as cut before
   * @param respondents the number of positions the cells are over
   * @param k the {@code k} the months are cut with
   */
  static List<boolean[]> hidden(
      DisclosurePolicy policy,
      List<List<int[]>> months,
      List<boolean[]> alreadyCut,
      int respondents,
      int k) {
    List<int[]> earlier = new ArrayList<>();
    List<boolean[]> hidden = new ArrayList<>();
    for (int m = 0; m < months.size(); m++) {
      List<int[]> cells = months.get(m);
      boolean[] cut =
          m < alreadyCut.size()
              ? alreadyCut.get(m)
              : policy
                  .cut(earlier, cells, new boolean[cells.size()], respondents, k)
                  .orElseGet(
                      () -> {
                        boolean[] all = new boolean[cells.size()];
                        Arrays.fill(all, true);
                        return all;
                      });
      for (int c = 0; c < cells.size(); c++) {
        if (!cut[c]) {
          earlier.add(cells.get(c));
        }
      }
      hidden.add(cut);
    }
    return hidden;
  }

  /** Which cells of a month that was cut as {@code hidden} are shown to {@code audience}. */
  static boolean[] shown(List<int[]> cells, boolean[] hidden, Audience audience) {
    boolean[] visible = new boolean[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      int size = cells.get(c).length;
      // A larger k only hides more of what the month released.
      visible[c] = !hidden[c] && (size == 0 || size >= audience.k());
    }
    return visible;
  }
}
