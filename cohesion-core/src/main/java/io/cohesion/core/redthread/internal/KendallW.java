package io.cohesion.core.redthread.internal;

/**
 * Kendall's coefficient of concordance W with tie correction, over the respondents who rated every
 * value: W = 12·S / (m²(k³ − k) − m·ΣT), S = Σ_v (R_v − m(k + 1)/2)², where R_v sums the
 * within-respondent mid-ranks of value v and T = Σ(t³ − t) over each respondent's tie groups.
 */
public final class KendallW {
  private KendallW() {}

  /**
   * W for {@code ratings[value][respondent]}; NaN marks a missing rating.
   *
   * @return W, or NaN when fewer than two respondents rated every value or the denominator is 0
   */
  public static double of(double[][] ratings) {
    int k = ratings.length;
    if (k < 2) {
      return Double.NaN;
    }
    int n = ratings[0].length;
    double[] rankSums = new double[k];
    double[] row = new double[k];
    int[] order = new int[k];
    long m = 0;
    double tieSum = 0;
    for (int i = 0; i < n; i++) {
      boolean complete = true;
      for (int v = 0; v < k && complete; v++) {
        row[v] = ratings[v][i];
        complete = !Double.isNaN(row[v]);
      }
      if (!complete) {
        continue;
      }
      m++;
      sortByRating(row, order);
      int start = 0;
      while (start < k) {
        int end = start + 1;
        while (end < k && row[order[end]] == row[order[start]]) {
          end++;
        }
        // positions start..end-1 share the mid-rank of 1-based ranks start+1..end
        double midRank = (start + 1 + end) / 2.0;
        for (int p = start; p < end; p++) {
          rankSums[order[p]] += midRank;
        }
        long t = end - start;
        tieSum += t * t * t - t;
        start = end;
      }
    }
    if (m < 2) {
      return Double.NaN;
    }
    double expected = m * (k + 1) / 2.0;
    double s = 0;
    for (int v = 0; v < k; v++) {
      double d = rankSums[v] - expected;
      s += d * d;
    }
    double kk = k;
    double denominator = (double) m * m * (kk * kk * kk - kk) - m * tieSum;
    return denominator <= 0 ? Double.NaN : 12 * s / denominator;
  }

  /** Insertion sort of value indices by rating: k is small, and it boxes nothing. */
  private static void sortByRating(double[] row, int[] order) {
    for (int v = 0; v < order.length; v++) {
      int p = v;
      while (p > 0 && row[order[p - 1]] > row[v]) {
        order[p] = order[p - 1];
        p--;
      }
      order[p] = v;
    }
  }
}
