package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The smallest group a release may describe, {@code kMin}, with the disclosure policy's rule for
 * one partition that covers its wave (docs/privacy.md): no published group describes fewer than
 * {@code kMin} respondents, and no suppressed group can be recovered by subtracting published
 * groups from the total.
 *
 * <p>First every group with {@code n < kMin} is suppressed. Then, while the suppressed groups of
 * the partition together hold between 1 and {@code kMin − 1} respondents, the smallest group still
 * published is suppressed as well (ties: the first in the given order). Groups of size zero are not
 * groups and are never suppressed or counted.
 *
 * @param kMin the smallest group that may be published, at least 1
 */
@API(status = STABLE, since = "0.1.0")
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
   * Which groups of one partition to suppress: the disclosure policy's closed form for a partition
   * that covers its wave ({@link DisclosurePolicy#cutPartition}), so this rule and the policy can
   * never disagree.
   *
   * @param sizes the size of each group, in the order used to break ties (usually by key)
   * @return for each group, whether it is suppressed
   */
  public boolean[] suppressed(int[] sizes) {
    int wave = 0;
    for (int g = 0; g < sizes.length; g++) {
      if (sizes[g] < 0) {
        throw new IllegalArgumentException("group " + g + " has a negative size " + sizes[g]);
      }
      wave += sizes[g];
    }
    boolean[] cut = DisclosurePolicy.defaults().cutPartition(wave, sizes, kMin);
    return Arrays.copyOfRange(cut, 1, cut.length);
  }

  /** {@link #suppressed(int[])} for a list of sizes. */
  public boolean[] suppressed(List<Integer> sizes) {
    return suppressed(sizes.stream().mapToInt(Integer::intValue).toArray());
  }
}
