package io.cohesion.core.privacy;

import java.util.List;

/**
 * The small-group rule of SPEC §5.2: no published aggregate describes fewer than {@code kMin}
 * respondents, and no suppressed group can be recovered by subtracting published groups from the
 * total.
 *
 * <p>First every group with {@code n < kMin} is suppressed. Then, while the suppressed groups of
 * the partition together hold fewer than {@code kMin} respondents, the smallest group still
 * published is suppressed as well (ties: the first in the given order). Groups of size zero are not
 * groups and are never suppressed or counted.
 *
 * @param kMin the smallest group that may be published, at least 1
 */
public record SmallGroupRule(int kMin) {

  /** The default {@code kMin}. */
  public static final int DEFAULT_K_MIN = 5;

  public SmallGroupRule {
    if (kMin < 1) {
      throw new IllegalArgumentException("kMin must be at least 1, got " + kMin);
    }
  }

  /** The rule with {@link #DEFAULT_K_MIN}. */
  public static SmallGroupRule defaults() {
    return new SmallGroupRule(DEFAULT_K_MIN);
  }

  /**
   * Which groups of one partition to suppress.
   *
   * @param sizes the size of each group, in the order used to break ties (usually by key)
   * @return for each group, whether it is suppressed
   */
  public boolean[] suppressed(int[] sizes) {
    boolean[] suppressed = new boolean[sizes.length];
    long hidden = 0;
    int hiddenGroups = 0;
    for (int g = 0; g < sizes.length; g++) {
      if (sizes[g] < 0) {
        throw new IllegalArgumentException("group " + g + " has a negative size " + sizes[g]);
      }
      if (sizes[g] > 0 && sizes[g] < kMin) {
        suppressed[g] = true;
        hidden += sizes[g];
        hiddenGroups++;
      }
    }
    while (hiddenGroups > 0 && hidden < kMin) {
      int smallest = -1;
      for (int g = 0; g < sizes.length; g++) {
        if (!suppressed[g] && sizes[g] > 0 && (smallest < 0 || sizes[g] < sizes[smallest])) {
          smallest = g;
        }
      }
      if (smallest < 0) {
        break; // every group is suppressed already
      }
      suppressed[smallest] = true;
      hidden += sizes[smallest];
      hiddenGroups++;
    }
    return suppressed;
  }

  /** {@link #suppressed(int[])} for a list of sizes. */
  public boolean[] suppressed(List<Integer> sizes) {
    return suppressed(sizes.stream().mapToInt(Integer::intValue).toArray());
  }
}
