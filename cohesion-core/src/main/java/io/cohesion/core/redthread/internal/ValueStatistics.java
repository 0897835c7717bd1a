package io.cohesion.core.redthread.internal;

import io.cohesion.core.redthread.ValueFigures;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-value figures of docs/scoring.md#53-red-thread for one set of respondents, with the
 * bootstrap {@code pTopK}.
 */
public final class ValueStatistics {
  private ValueStatistics() {}

  /**
   * The figures of every value, in rank order.
   *
   * @param respondents the respondents
   * @param strategy aggregates respondent urgencies
   * @param bootstrap the number of resamples B; 0 leaves {@code pTopK} NaN
   * @param seed the seed of the resamples
   */
  public static List<ValueFigures> compute(
      Respondents respondents, UrgencyStrategy strategy, int bootstrap, long seed) {
    boolean[] all = new boolean[respondents.k];
    Arrays.fill(all, true);
    return compute(respondents, strategy, bootstrap, seed, all);
  }

  /**
   * The figures of the released values, in rank order, then the withheld ones as {@link
   * ValueFigures#suppressed(String)}. Withheld values take no part in the ranking or the bootstrap,
   * so the released ranks say nothing about them.
   *
   * @param released per value (wish-map order), whether its figures may be released
   */
  public static List<ValueFigures> compute(
      Respondents respondents,
      UrgencyStrategy strategy,
      int bootstrap,
      long seed,
      boolean[] released) {
    int n = respondents.n;
    int k = respondents.k;
    int t = respondents.topChoices;
    int[] ones = new int[n];
    Arrays.fill(ones, 1);
    double[] urgency = new double[k];
    for (int v = 0; v < k; v++) {
      urgency[v] = released[v] ? strategy.aggregate(respondents.urgency[v], ones) : Double.NaN;
    }
    long[] borda = new long[k];
    addBorda(respondents, ones, borda);
    withhold(borda, released);

    int[] named = new int[k];
    int withTop = 0;
    for (int i = 0; i < n; i++) {
      if (respondents.top[i * t] >= 0) {
        withTop++;
      }
      for (int p = 0; p < t; p++) {
        int choice = respondents.top[i * t + p];
        if (choice >= 0) {
          named[choice]++;
        }
      }
    }

    Ranking ranking = new Ranking(respondents.codes);
    int[] order = new int[k];
    ranking.order(urgency, borda, order);
    double[] pTopK = topKShares(respondents, strategy, bootstrap, seed, released);

    List<ValueFigures> figures = new ArrayList<>(k);
    int rank = 0;
    for (int p = 0; p < k; p++) {
      int v = order[p];
      if (!released[v]) {
        continue;
      }
      rank++;
      double[] imp = respondents.importance[v];
      int answeredImportance = count(imp);
      double mean = mean(imp);
      figures.add(
          new ValueFigures(
              respondents.codes[v],
              count(respondents.ratings()[v]),
              mean,
              sd(imp, mean, answeredImportance),
              mean(respondents.satisfaction[v]),
              urgency[v],
              withTop == 0 ? Double.NaN : (double) named[v] / withTop,
              Math.toIntExact(borda[v]),
              rank,
              pTopK[v]));
    }
    for (int p = 0; p < k; p++) {
      if (!released[order[p]]) {
        figures.add(ValueFigures.suppressed(respondents.codes[order[p]]));
      }
    }
    return figures;
  }

  /**
   * The share of {@code bootstrap} resamples in which each value ranks within the top {@code
   * topChoices} ({@link Bootstrap}).
   */
  private static double[] topKShares(
      Respondents respondents,
      UrgencyStrategy strategy,
      int bootstrap,
      long seed,
      boolean[] released) {
    int k = respondents.k;
    double[] shares = new double[k];
    if (bootstrap == 0 || respondents.n == 0) {
      Arrays.fill(shares, Double.NaN);
      return shares;
    }
    int[] hits = Bootstrap.topKHits(respondents, strategy, bootstrap, seed, released, true);
    for (int v = 0; v < k; v++) {
      shares[v] = released[v] ? (double) hits[v] / bootstrap : Double.NaN;
    }
    return shares;
  }

  /** Withheld values rank last whatever their points, so released ranks do not depend on them. */
  private static void withhold(long[] borda, boolean[] released) {
    for (int v = 0; v < borda.length; v++) {
      if (!released[v]) {
        borda[v] = -1;
      }
    }
  }

  private static void addBorda(Respondents respondents, int[] weights, long[] borda) {
    int t = respondents.topChoices;
    int[] top = respondents.top;
    for (int i = 0; i < respondents.n; i++) {
      int w = weights[i];
      if (w == 0) {
        continue;
      }
      for (int p = 0; p < t; p++) {
        int choice = top[i * t + p];
        if (choice < 0) {
          break;
        }
        borda[choice] += (long) w * (t - p);
      }
    }
  }

  private static int count(double[] answers) {
    int c = 0;
    for (double a : answers) {
      if (!Double.isNaN(a)) {
        c++;
      }
    }
    return c;
  }

  private static double mean(double[] answers) {
    double sum = 0;
    int c = 0;
    for (double a : answers) {
      if (!Double.isNaN(a)) {
        sum += a;
        c++;
      }
    }
    return c == 0 ? Double.NaN : sum / c;
  }

  /** Two-pass sample sd around a known mean, which stays accurate for answers far from 0. */
  private static double sd(double[] answers, double mean, int answered) {
    if (answered < 2) {
      return Double.NaN;
    }
    double squares = 0;
    double drift = 0;
    for (double a : answers) {
      if (!Double.isNaN(a)) {
        double d = a - mean;
        squares += d * d;
        drift += d;
      }
    }
    // the corrected two-pass formula removes the rounding error left in the mean
    return Math.sqrt((squares - drift * drift / answered) / (answered - 1));
  }
}
