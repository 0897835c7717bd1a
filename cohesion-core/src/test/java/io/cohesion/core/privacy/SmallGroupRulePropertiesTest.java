package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** What the small-group rule promises, for random partitions (docs/privacy.md). */
class SmallGroupRulePropertiesTest {

  @Property
  void everyPublishedGroupHasAtLeastKMinRespondents(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 40) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 12) int kMin) {
    int[] n = toArray(sizes);
    boolean[] suppressed = new SmallGroupRule(kMin).suppressed(n);

    for (int g = 0; g < n.length; g++) {
      if (!suppressed[g] && n[g] > 0) {
        assertThat(n[g]).as("published group %d", g).isGreaterThanOrEqualTo(kMin);
      }
    }
  }

  @Property
  void suppressedGroupsTogetherHoldAtLeastKMinRespondents(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 40) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 12) int kMin) {
    int[] n = toArray(sizes);
    boolean[] suppressed = new SmallGroupRule(kMin).suppressed(n);

    int total = Arrays.stream(n).sum();
    int hidden = 0;
    int hiddenGroups = 0;
    for (int g = 0; g < n.length; g++) {
      if (suppressed[g]) {
        hidden += n[g];
        hiddenGroups++;
      }
    }
    if (total >= kMin) {
      // total − published = hidden: that difference never describes fewer than kMin people
      assertThat(hiddenGroups == 0 || hidden >= kMin).as("hidden %d of %s", hidden, sizes).isTrue();
    } else {
      // everyone together is fewer than kMin: nothing per group may be shown
      for (int g = 0; g < n.length; g++) {
        assertThat(suppressed[g] || n[g] == 0).isTrue();
      }
    }
  }

  @Property
  void aSuppressedGroupNeverStandsAloneBesidePublishedGroups(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 40) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 12) int kMin) {
    int[] n = toArray(sizes);
    boolean[] suppressed = new SmallGroupRule(kMin).suppressed(n);

    long hiddenGroups = 0;
    long published = 0;
    for (int g = 0; g < n.length; g++) {
      if (suppressed[g]) {
        hiddenGroups++;
      } else if (n[g] > 0) {
        published++;
      }
    }
    // One hidden group next to published ones would be total minus the published groups.
    assertThat(hiddenGroups == 1 && published > 0).isFalse();
  }

  @Property
  void emptyGroupsAreNeverSuppressed(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 40) Integer> sizes,
      @ForAll @IntRange(min = 1, max = 12) int kMin) {
    int[] n = toArray(sizes);
    boolean[] suppressed = new SmallGroupRule(kMin).suppressed(n);

    for (int g = 0; g < n.length; g++) {
      if (n[g] == 0) {
        assertThat(suppressed[g]).isFalse();
      }
    }
  }

  private static int[] toArray(List<Integer> sizes) {
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }
}
