package io.cohesion.core.redthread.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

  private final Ranking ranking = new Ranking(new String[] {"a", "b", "c"});
  private final int[] order = new int[3];

  @Test
  void urgenciesEqualBeforeRoundingTieAndBordaDecides() {
    // 0.1 + 0.2 and 0.3 are the same mean of 0-10 answers summed in another order
    double[] urgency = {0.1 + 0.2, 0.3, 0.1};
    assertThat(urgency[0]).isNotEqualTo(urgency[1]);

    ranking.order(urgency, new long[] {4, 9, 20}, order);

    assertThat(order).containsExactly(1, 0, 2);
  }

  @Test
  void tiedUrgencyAndBordaGoByCode() {
    ranking.order(new double[] {0.5, 0.5 + 1e-15, 0.5}, new long[] {3, 3, 3}, order);

    assertThat(order).containsExactly(0, 1, 2);
  }

  @Test
  void distinctUrgenciesRankByUrgencyWhateverTheBorda() {
    ranking.order(new double[] {0.25, 0.2500001, Double.NaN}, new long[] {9, 0, 50}, order);

    assertThat(order).containsExactly(1, 0, 2);
  }

  @Test
  void undefinedUrgencyComesLastAndTiesAmongItself() {
    ranking.order(new double[] {Double.NaN, Double.NaN, 0}, new long[] {1, 2, 0}, order);

    assertThat(order).containsExactly(2, 1, 0);
  }
}
