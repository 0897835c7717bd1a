package io.cohesion.core.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tiled, chunked and parallel moments against the plain textbook two-pass formulas, on data
 * large enough to span several chunks (the R reference sets fit in one).
 */
class ScaleMomentsTest {

  private static final int K = 6;
  private static final int ROWS = 3 * ScaleMoments.CHUNK_ROWS + 1234;
  private static final int GROUPS = 37;

  private final double[] keyed = new double[ROWS * K];
  private final int[] groupOf = new int[ROWS];

  ScaleMomentsTest() {
    SplittableRandom random = new SplittableRandom(7);
    for (int row = 0; row < ROWS; row++) {
      double trait = random.nextGaussian();
      for (int j = 0; j < K; j++) {
        keyed[row * K + j] =
            random.nextDouble() < 0.03
                ? Double.NaN
                : 1000 + Math.rint(3 + trait + random.nextGaussian()); // far from zero on purpose
      }
      groupOf[row] = random.nextDouble() < 0.05 ? -1 : random.nextInt(GROUPS);
    }
  }

  @Test
  void matchesTheTextbookFormulas() {
    ScaleMoments moments = ScaleMoments.compute(keyed, ROWS, K, 4, null, groupOf, GROUPS);

    // person scores
    double[] scores = new double[ROWS];
    int scored = 0;
    double scoreSum = 0;
    int complete = 0;
    double[] sums = new double[K];
    for (int row = 0; row < ROWS; row++) {
      int answered = 0;
      double sum = 0;
      for (int j = 0; j < K; j++) {
        double x = keyed[row * K + j];
        if (!Double.isNaN(x)) {
          answered++;
          sum += x;
        }
      }
      scores[row] = answered >= 4 ? sum / answered : Double.NaN;
      if (answered >= 4) {
        scored++;
        scoreSum += scores[row];
      }
      if (answered == K) {
        complete++;
        for (int j = 0; j < K; j++) {
          sums[j] += keyed[row * K + j];
        }
      }
    }
    assertThat(moments.scores).containsExactly(scores);
    assertThat(moments.scored).isEqualTo(scored);
    assertThat(moments.complete).isEqualTo(complete);
    double mean = scoreSum / scored;
    assertThat(moments.scoreMean).isCloseTo(mean, within(1e-10));
    double squares = 0;
    for (double s : scores) {
      if (!Double.isNaN(s)) {
        squares += (s - mean) * (s - mean);
      }
    }
    assertThat(moments.scoreSquares).isCloseTo(squares, within(1e-8 * squares));

    // covariance of the complete rows
    double[] means = new double[K];
    for (int j = 0; j < K; j++) {
      means[j] = sums[j] / complete;
      assertThat(moments.itemMeans[j]).isCloseTo(means[j], within(1e-10));
    }
    double[] products = new double[K * K];
    for (int row = 0; row < ROWS; row++) {
      boolean full = true;
      for (int j = 0; j < K; j++) {
        full &= !Double.isNaN(keyed[row * K + j]);
      }
      if (full) {
        for (int i = 0; i < K; i++) {
          for (int j = 0; j < K; j++) {
            products[i * K + j] +=
                (keyed[row * K + i] - means[i]) * (keyed[row * K + j] - means[j]);
          }
        }
      }
    }
    for (int cell = 0; cell < K * K; cell++) {
      assertThat(moments.covariance[cell])
          .as("cell %d", cell)
          .isCloseTo(products[cell] / (complete - 1), within(1e-10));
    }

    // groups
    for (int g = 0; g < GROUPS; g++) {
      int n = 0;
      double sum = 0;
      for (int row = 0; row < ROWS; row++) {
        if (groupOf[row] == g && !Double.isNaN(scores[row])) {
          n++;
          sum += scores[row];
        }
      }
      double groupMean = sum / n;
      double groupSquares = 0;
      for (int row = 0; row < ROWS; row++) {
        if (groupOf[row] == g && !Double.isNaN(scores[row])) {
          groupSquares += (scores[row] - groupMean) * (scores[row] - groupMean);
        }
      }
      assertThat(moments.groupCounts[g]).isEqualTo(n);
      assertThat(moments.groupMeans[g]).isCloseTo(groupMean, within(1e-10));
      assertThat(moments.groupSquares[g]).isCloseTo(groupSquares, within(1e-8));
    }
  }

  @Test
  void givesTheSameBitsOnEveryRun() {
    ScaleMoments first = ScaleMoments.compute(keyed, ROWS, K, 4, null, groupOf, GROUPS);
    for (int run = 0; run < 3; run++) {
      ScaleMoments again = ScaleMoments.compute(keyed, ROWS, K, 4, null, groupOf, GROUPS);
      assertThat(again.covariance).containsExactly(first.covariance);
      assertThat(again.groupSquares).containsExactly(first.groupSquares);
      assertThat(again.scoreSquares).isEqualTo(first.scoreSquares);
    }
  }

  @Test
  void emptyGroupsHaveNoMean() {
    ScaleMoments moments = ScaleMoments.compute(keyed, 10, K, 4, null, groupOf, GROUPS + 1);

    assertThat(moments.groupCounts[GROUPS]).isZero();
    assertThat(moments.groupMeans[GROUPS]).isNaN();
  }
}
