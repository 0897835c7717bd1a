package io.cohesion.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallGroupRuleTest {

  private final SmallGroupRule rule = new SmallGroupRule(5);

  @Test
  void publishesEveryGroupWhenAllAreLargeEnough() {
    assertThat(rule.suppressed(new int[] {5, 12, 7})).containsExactly(false, false, false);
  }

  @Test
  void suppressesASmallGroupAndTheSmallestOtherSoTheTotalRevealsNothing() {
    // 3 < 5 is suppressed; alone it could be recovered from the total, so the 6 goes too.
    assertThat(rule.suppressed(new int[] {20, 3, 6, 9})).containsExactly(false, true, true, false);
  }

  @Test
  void twoSmallGroupsThatTogetherReachKMinNeedNoComplement() {
    assertThat(rule.suppressed(new int[] {2, 3, 10})).containsExactly(true, true, false);
  }

  @Test
  void keepsSuppressingUntilTheHiddenTotalReachesKMin() {
    // 1 is hidden; the next smallest (2? no: 2 < 5 is hidden already) -> 1 + 2 = 3 < 5, then 6.
    assertThat(rule.suppressed(new int[] {1, 2, 6, 7})).containsExactly(true, true, true, false);
  }

  @Test
  void tiesGoToTheFirstGroupInOrder() {
    assertThat(rule.suppressed(new int[] {4, 8, 8})).containsExactly(true, true, false);
  }

  @Test
  void emptyGroupsAreIgnored() {
    assertThat(rule.suppressed(new int[] {0, 9, 9})).containsExactly(false, false, false);
  }

  @Test
  void suppressesEverythingWhenNothingElseHidesASmallGroup() {
    assertThat(rule.suppressed(new int[] {2})).containsExactly(true);
  }

  @Test
  void kMinOfOnePublishesEverything() {
    assertThat(new SmallGroupRule(1).suppressed(new int[] {1, 1})).containsExactly(false, false);
  }

  @Test
  void rejectsAKMinBelowOne() {
    assertThatThrownBy(() -> new SmallGroupRule(0))
        .hasMessageContaining("kMin")
        .hasMessageContaining("0");
  }

  @Test
  void rejectsNegativeSizes() {
    assertThatThrownBy(() -> rule.suppressed(new int[] {3, -1})).hasMessageContaining("-1");
  }
}
