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
   * Which cells of each month are shown to {@code audience}.
   *
   * @param months each month's cells, oldest first, in declaration order
   * @param respondents the number of positions the cells are over
   */
  static List<boolean[]> shown(
      DisclosurePolicy policy, List<List<int[]>> months, int respondents, Audience audience) {
    List<int[]> earlier = new ArrayList<>();
    List<boolean[]> shown = new ArrayList<>();
    for (List<int[]> cells : months) {
      boolean[] hidden =
          policy
              .cut(earlier, cells, new boolean[cells.size()], respondents, audience.cutK())
              .orElseGet(
                  () -> {
                    boolean[] all = new boolean[cells.size()];
                    Arrays.fill(all, true);
                    return all;
                  });
      boolean[] visible = new boolean[cells.size()];
      for (int c = 0; c < cells.size(); c++) {
        if (!hidden[c]) {
          earlier.add(cells.get(c));
        }
        int size = cells.get(c).length;
        // A larger k only hides more of what the month released.
        visible[c] = !hidden[c] && (size == 0 || size >= audience.k());
      }
      shown.add(visible);
    }
    return shown;
  }
}
