package io.cohesion.core.privacy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row space of a 0/1 matrix of cells (rows) over respondents (columns), and each respondent's
 * leverage in it: the squared norm of the respondent's column in an orthonormal basis of the row
 * space (the diagonal of the projection onto it). See docs/privacy.md#the-rule.
 *
 * <p>Respondents who belong to exactly the same cells have identical columns; they share one column
 * weighted by the square root of their count, which keeps the matrix as small as the number of
 * distinct memberships. The shared column's leverage is {@code count} times each member's.
 *
 * <p>The basis comes from modified Gram–Schmidt with one full re-orthogonalisation per row ("twice
 * is enough", Giraud et al. 2005), which keeps the basis orthonormal to machine precision for the
 * 0/1 matrices met here. A row whose remainder after projection is below {@link #RANK_TOLERANCE} of
 * its own norm lies in the span of the earlier rows and adds nothing.
 */
public final class RowSpace {
  /** Relative size under which a row's remainder counts as zero (it is a combination of others). */
  public static final double RANK_TOLERANCE = 1e-10;

  private final int[] classOf;
  private final int[] classSize;
  private final double[] classLeverage;
  private final int rank;

  private RowSpace(int[] classOf, int[] classSize, double[] classLeverage, int rank) {
    this.classOf = classOf;
    this.classSize = classSize;
    this.classLeverage = classLeverage;
    this.rank = rank;
  }

  /**
   * The row space of {@code cells} over respondents {@code 0 … respondents − 1}.
   *
   * @param cells each cell's members (respondent positions, without repeats)
   * @param respondents the number of respondents (columns)
   */
  public static RowSpace of(List<int[]> cells, int respondents) {
    int[] classOf = new int[respondents];
    int[] classSize = memberships(cells, respondents, classOf);
    int classes = classSize.length;
    double[] weight = new double[classes];
    for (int c = 0; c < classes; c++) {
      weight[c] = Math.sqrt(classSize[c]);
    }
    List<double[]> basis = new ArrayList<>();
    for (int[] cell : cells) {
      double[] row = new double[classes];
      for (int member : cell) {
        row[classOf[member]] = weight[classOf[member]];
      }
      double norm = norm(row);
      if (norm == 0) {
        continue;
      }
      for (int pass = 0; pass < 2; pass++) {
        for (double[] q : basis) {
          double dot = dot(q, row);
          for (int c = 0; c < classes; c++) {
            row[c] -= dot * q[c];
          }
        }
      }
      double rest = norm(row);
      if (rest > RANK_TOLERANCE * norm) {
        for (int c = 0; c < classes; c++) {
          row[c] /= rest;
        }
        basis.add(row);
      }
    }
    double[] leverage = new double[classes];
    for (double[] q : basis) {
      for (int c = 0; c < classes; c++) {
        leverage[c] += q[c] * q[c];
      }
    }
    // A class in no cell has column 0 and leverage 0; it was given class −1 below.
    return new RowSpace(classOf, classSize, leverage, basis.size());
  }

  /**
   * Groups respondents by the set of cells they belong to; respondents in no cell get class −1.
   * Returns the size of each class.
   */
  private static int[] memberships(List<int[]> cells, int respondents, int[] classOf) {
    // Each respondent's cells, as a growing list of cell indices (cells are visited in order).
    int[][] of = new int[respondents][];
    int[] count = new int[respondents];
    for (int i = 0; i < cells.size(); i++) {
      for (int member : cells.get(i)) {
        if (member < 0 || member >= respondents) {
          throw new IllegalArgumentException(
              "cell " + i + " names respondent " + member + " of " + respondents);
        }
        int[] list = of[member];
        if (list == null) {
          list = of[member] = new int[4];
        } else if (count[member] == list.length) {
          list = of[member] = Arrays.copyOf(list, list.length * 2);
        }
        list[count[member]++] = i;
      }
    }
    Map<Signature, Integer> classes = new HashMap<>();
    int[] sizes = new int[8];
    for (int r = 0; r < respondents; r++) {
      if (count[r] == 0) {
        classOf[r] = -1;
        continue;
      }
      Signature signature = new Signature(Arrays.copyOf(of[r], count[r]));
      Integer c = classes.get(signature);
      if (c == null) {
        c = classes.size();
        classes.put(signature, c);
        if (c == sizes.length) {
          sizes = Arrays.copyOf(sizes, sizes.length * 2);
        }
      }
      classOf[r] = c;
      sizes[c]++;
    }
    return Arrays.copyOf(sizes, classes.size());
  }

  /** The dimension of the row space. */
  public int rank() {
    return rank;
  }

  /** The leverage of one respondent (0 for a respondent in no cell). */
  public double leverage(int respondent) {
    int c = classOf[respondent];
    return c < 0 ? 0 : classLeverage[c] / classSize[c];
  }

  /** Every respondent's leverage, by position. */
  public double[] leverages() {
    double[] all = new double[classOf.length];
    for (int r = 0; r < all.length; r++) {
      all[r] = leverage(r);
    }
    return all;
  }

  /**
   * The sum of the {@code count} largest leverages: if some combination of the cells depends on a
   * set of at most {@code count} respondents only, this sum is at least 1.
   */
  public double largestSum(int count) {
    if (count <= 0) {
      return 0;
    }
    int classes = classSize.length;
    Integer[] order = new Integer[classes];
    double[] each = new double[classes];
    for (int c = 0; c < classes; c++) {
      order[c] = c;
      each[c] = classLeverage[c] / classSize[c];
    }
    Arrays.sort(order, (a, b) -> Double.compare(each[b], each[a]));
    double sum = 0;
    int left = count;
    for (int i = 0; i < classes && left > 0; i++) {
      int c = order[i];
      int take = Math.min(left, classSize[c]);
      sum += take * each[c];
      left -= take;
    }
    return sum;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** The cells one respondent belongs to, compared by content. */
  private record Signature(int[] cells) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Signature s && Arrays.equals(cells, s.cells);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
      return Arrays.toString(cells);
    }
  }
}
