package io.cohesion.core.redthread.internal;

/**
 * The rank order of SPEC §5.3: urgency descending (undefined urgency last), then Borda points
 * descending, then value code ascending.
 */
final class Ranking {
  private final int[] codeOrder;

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
  }

  /** Fills {@code order} with value indices, most urgent first. */
  void order(double[] urgency, long[] borda, int[] order) {
    for (int v = 0; v < order.length; v++) {
      int p = v;
      while (p > 0 && before(v, order[p - 1], urgency, borda)) {
        order[p] = order[p - 1];
        p--;
      }
      order[p] = v;
    }
  }

  private boolean before(int v, int w, double[] urgency, long[] borda) {
    double uv = urgency[v];
    double uw = urgency[w];
    boolean nv = Double.isNaN(uv);
    boolean nw = Double.isNaN(uw);
    if (nv != nw) {
      return nw;
    }
    if (!nv && uv != uw) {
      return uv > uw;
    }
    if (borda[v] != borda[w]) {
      return borda[v] > borda[w];
    }
    return codeOrder[v] < codeOrder[w];
  }
}
