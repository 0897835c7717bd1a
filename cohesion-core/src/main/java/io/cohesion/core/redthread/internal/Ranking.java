package io.cohesion.core.redthread.internal;

/**
 * The rank order of docs/scoring.md#53-red-thread: urgency descending (undefined urgency last),
 * then Borda points descending, then value code ascending.
 *
 * <p>Urgencies that are equal in exact arithmetic can differ in their last bits once they are
 * summed in floating point (answers such as 0.7 on a 0–10 scale are not binary fractions, and the
 * respondents are summed in another order), and a tie must then still go to Borda points. So
 * urgencies closer than {@link #TIE} (relative to their size, at least 1) count as equal: the
 * values are sorted by urgency and each gap of at most {@code TIE} joins a tie class. Means of
 * different answers differ by far more than that.
 */
final class Ranking {
  /** Urgencies this close (relative, at least absolute) are tied. */
  static final double TIE = 1e-12;

  private final int[] codeOrder;
  private final int[] byUrgency;
  private final int[] level;

  /**
   * @param codes the value codes, in wish-map order
   */
  Ranking(String[] codes) {
    int k = codes.length;
    codeOrder = new int[k];
    for (int v = 0; v < k; v++) {
      for (int w = 0; w < k; w++) {
        if (codes[w].compareTo(codes[v]) < 0) {
          codeOrder[v]++;
        }
      }
    }
    byUrgency = new int[k];
    level = new int[k];
  }

  /** Fills {@code order} with value indices, most urgent first. Not thread-safe. */
  void order(double[] urgency, long[] borda, int[] order) {
    tieClasses(urgency);
    for (int v = 0; v < order.length; v++) {
      int p = v;
      while (p > 0 && before(v, order[p - 1], borda)) {
        order[p] = order[p - 1];
        p--;
      }
      order[p] = v;
    }
  }

  /** Numbers the tie classes of urgency, 0 for the most urgent; undefined urgency comes last. */
  private void tieClasses(double[] urgency) {
    int k = byUrgency.length;
    for (int v = 0; v < k; v++) {
      int p = v;
      while (p > 0 && moreUrgent(urgency[v], urgency[byUrgency[p - 1]])) {
        byUrgency[p] = byUrgency[p - 1];
        p--;
      }
      byUrgency[p] = v;
    }
    int current = 0;
    for (int p = 0; p < k; p++) {
      int v = byUrgency[p];
      if (p > 0) {
        double previous = urgency[byUrgency[p - 1]];
        double u = urgency[v];
        boolean tied =
            Double.isNaN(previous)
                ? Double.isNaN(u)
                : !Double.isNaN(u)
                    && previous - u <= TIE * Math.max(1, Math.max(Math.abs(previous), Math.abs(u)));
        if (!tied) {
          current++;
        }
      }
      level[v] = current;
    }
  }

  private static boolean moreUrgent(double u, double than) {
    if (Double.isNaN(u)) {
      return false;
    }
    return Double.isNaN(than) || u > than;
  }

  private boolean before(int v, int w, long[] borda) {
    if (level[v] != level[w]) {
      return level[v] < level[w];
    }
    if (borda[v] != borda[w]) {
      return borda[v] > borda[w];
    }
    return codeOrder[v] < codeOrder[w];
  }
}
