package io.cohesion.core.redthread.internal;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.scoring.spi.UrgencyStrategy;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapColumns;
import io.cohesion.core.wishmap.WishMapResponse;
import java.util.List;
import java.util.Optional;

/**
 * Respondents of one wish map as primitive arrays, value-major ({@code [value][respondent]}), so
 * the bootstrap touches no boxed answer. NaN marks a missing answer; {@code -1} an empty top-choice
 * slot.
 */
public final class Respondents {
  final int n;
  final int k;
  final int topChoices;
  final String[] codes;
  final boolean importanceAsked;
  final double[][] importance;
  final double[][] satisfaction;
  final double[][] urgency;
  final int[] top;

  private Respondents(
      int n,
      int k,
      int topChoices,
      String[] codes,
      boolean importanceAsked,
      double[][] importance,
      double[][] satisfaction,
      double[][] urgency,
      int[] top) {
    this.n = n;
    this.k = k;
    this.topChoices = topChoices;
    this.codes = codes;
    this.importanceAsked = importanceAsked;
    this.importance = importance;
    this.satisfaction = satisfaction;
    this.urgency = urgency;
    this.top = top;
  }

  /** The respondents of {@code responses}, which must be valid for {@code map}. */
  public static Respondents of(
      WishMap map, List<WishMapResponse> responses, UrgencyStrategy strategy) {
    return of(WishMapColumns.of(map, responses), strategy);
  }

  /** The respondents of {@code answers}. */
  public static Respondents of(WishMapColumns answers, UrgencyStrategy strategy) {
    WishMap map = answers.map();
    int n = answers.size();
    int k = map.values().size();
    int t = map.topChoices();
    String[] codes = new String[k];
    for (int v = 0; v < k; v++) {
      codes[v] = map.values().get(v).code();
    }
    double[][] importance = new double[k][n];
    double[][] satisfaction = new double[k][n];
    double[][] urgency = new double[k][n];
    int[] top = new int[n * t];
    Optional<ResponseRange> impScale = map.importanceScale();
    boolean importanceAsked = impScale.isPresent();
    Optional<ResponseRange> satScale = map.satisfactionScale();
    boolean satisfactionAsked = satScale.isPresent();
    for (int v = 0; v < k; v++) {
      double[] imp = importance[v];
      double[] sat = satisfaction[v];
      double[] urg = urgency[v];
      for (int i = 0; i < n; i++) {
        imp[i] = answers.importance(v, i);
        sat[i] = answers.satisfaction(v, i);
        double unitImportance = importanceAsked ? impScale.get().unit(imp[i]) : Double.NaN;
        double unitSatisfaction = satisfactionAsked ? satScale.get().unit(sat[i]) : Double.NaN;
        urg[i] =
            strategy.respondentUrgency(
                unitImportance, unitSatisfaction, importanceAsked, satisfactionAsked);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < t; p++) {
        top[i * t + p] = answers.topChoice(i, p);
      }
    }
    return new Respondents(n, k, t, codes, importanceAsked, importance, satisfaction, urgency, top);
  }

  /** The respondents at {@code indices}, in that order. */
  public Respondents subset(int[] indices) {
    int m = indices.length;
    double[][] imp = new double[k][m];
    double[][] sat = new double[k][m];
    double[][] urg = new double[k][m];
    int[] topSubset = new int[m * topChoices];
    for (int j = 0; j < m; j++) {
      int i = indices[j];
      for (int v = 0; v < k; v++) {
        imp[v][j] = importance[v][i];
        sat[v][j] = satisfaction[v][i];
        urg[v][j] = urgency[v][i];
      }
      System.arraycopy(top, i * topChoices, topSubset, j * topChoices, topChoices);
    }
    return new Respondents(m, k, topChoices, codes, importanceAsked, imp, sat, urg, topSubset);
  }

  /** The number of respondents. */
  public int size() {
    return n;
  }

  /** Importance answers, {@code [value][respondent]}; NaN when missing. Do not modify. */
  public double[][] importance() {
    return importance;
  }

  /**
   * The answers a value's {@code n} counts and Kendall's W ranks: importance, or satisfaction when
   * the map asks no importance (docs/scoring.md#without-importance). Do not modify.
   */
  public double[][] ratings() {
    return importanceAsked ? importance : satisfaction;
  }
}
