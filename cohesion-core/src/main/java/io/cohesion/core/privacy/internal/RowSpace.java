package io.cohesion.core.privacy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
   * The row space of {@code fixed} extended by any subset of {@code candidates}, for trying many
   * subsets against the same fixed rows: the fixed rows are orthogonalised once and each candidate
   * row is reduced against them once, so that a trial only orthogonalises its candidates among
   * themselves. Respondents are grouped by their membership in all the rows, fixed and candidate,
   * which is at least as fine as any subset needs.
   */
  public static Extension extension(List<int[]> fixed, List<int[]> candidates, int respondents) {
    List<int[]> all = new ArrayList<>(fixed.size() + candidates.size());
    all.addAll(fixed);
    all.addAll(candidates);
    int[] classOf = new int[respondents];
    int[] classSize = memberships(all, respondents, classOf);
    int classes = classSize.length;
    double[] weight = new double[classes];
    for (int c = 0; c < classes; c++) {
      weight[c] = Math.sqrt(classSize[c]);
    }
    List<double[]> basis = new ArrayList<>();
    for (int[] cell : fixed) {
      double[] row = row(cell, classOf, weight, classes);
      double norm = norm(row);
      if (norm == 0) {
        continue;
      }
      reduce(row, basis);
      double rest = norm(row);
      if (rest > RANK_TOLERANCE * norm) {
        scale(row, 1 / rest);
        basis.add(row);
      }
    }
    double[] leverage = new double[classes];
    for (double[] q : basis) {
      for (int c = 0; c < classes; c++) {
        leverage[c] += q[c] * q[c];
      }
    }
    double[][] remainders = new double[candidates.size()][];
    double[] norms = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      double[] row = row(candidates.get(i), classOf, weight, classes);
      norms[i] = norm(row);
      if (norms[i] > 0) {
        reduce(row, basis);
      }
      remainders[i] = row;
    }
    return new Extension(classSize, leverage, remainders, norms);
  }

  /**
   * The fixed rows of {@link #extension} and the candidates reduced against them, each subset of
   * candidates giving the largest leverages of the fixed rows with that subset.
   */
  public static final class Extension {
    private final int[] classSize;
    private final double[] fixedLeverage;
    private final double[][] remainders;
    private final double[] norms;

    private Extension(
        int[] classSize, double[] fixedLeverage, double[][] remainders, double[] norms) {
      this.classSize = classSize;
      this.fixedLeverage = fixedLeverage;
      this.remainders = remainders;
      this.norms = norms;
    }

    /**
     * {@link RowSpace#largestSum} of the fixed rows together with the candidates not {@code
     * hidden}, taken in candidate order.
     */
    public double largestSum(boolean[] hidden, int count) {
      return at(hidden).largestSum(count);
    }

    /** Adds candidate {@code i} to {@code basis} and its leverage to {@code leverage}. */
    private void add(int i, List<double[]> basis, double[] leverage) {
      if (norms[i] == 0) {
        return;
      }
      double[] row = remainders[i].clone();
      reduce(row, basis);
      double rest = norm(row);
      if (rest > RANK_TOLERANCE * norms[i]) {
        scale(row, 1 / rest);
        basis.add(row);
        for (int c = 0; c < row.length; c++) {
          leverage[c] += row[c] * row[c];
        }
      }
    }

    /** The fixed rows with the candidates not {@code hidden}, to try hiding more from. */
    public State at(boolean[] hidden) {
      return new State(this, hidden.clone());
    }
  }

  /**
   * One subset of the candidates of an {@link Extension}, taken in candidate order, with what was
   * built before each candidate kept: a trial that hides more candidates starts over from the first
   * of them, doing the very same arithmetic as a computation from scratch.
   */
  public static final class State {
    private final Extension space;
    private final boolean[] hidden;
    private final List<double[]> basis = new ArrayList<>();
    private final int[] basisBefore;
    private final double[][] leverageBefore;
    private final double[] leverage;

    private State(Extension space, boolean[] hidden) {
      this.space = space;
      this.hidden = hidden;
      int candidates = space.remainders.length;
      basisBefore = new int[candidates + 1];
      leverageBefore = new double[candidates + 1][];
      double[] current = space.fixedLeverage.clone();
      for (int i = 0; i < candidates; i++) {
        basisBefore[i] = basis.size();
        leverageBefore[i] = current.clone();
        if (!hidden[i]) {
          space.add(i, basis, current);
        }
      }
      basisBefore[candidates] = basis.size();
      leverageBefore[candidates] = current;
      leverage = current;
    }

    /** The sum of the {@code count} largest leverages of this subset. */
    public double largestSum(int count) {
      return RowSpace.largestSum(space.classSize, leverage, count);
    }

    /** The same sum with the candidates of {@code more} hidden as well. */
    public double largestSumWithout(int[] more, int count) {
      if (count <= 0) {
        return 0;
      }
      int from = hidden.length;
      boolean[] without = hidden.clone();
      for (int c : more) {
        without[c] = true;
        from = Math.min(from, c);
      }
      List<double[]> trial = new ArrayList<>(basis.subList(0, basisBefore[from]));
      double[] current = leverageBefore[from].clone();
      for (int i = from; i < without.length; i++) {
        if (!without[i]) {
          space.add(i, trial, current);
        }
      }
      return RowSpace.largestSum(space.classSize, current, count);
    }
  }

  private static double[] row(int[] cell, int[] classOf, double[] weight, int classes) {
    double[] row = new double[classes];
    for (int member : cell) {
      row[classOf[member]] = weight[classOf[member]];
    }
    return row;
  }

  /** Subtracts from {@code row} its projection on {@code basis}, twice. */
  private static void reduce(double[] row, List<double[]> basis) {
    for (int pass = 0; pass < 2; pass++) {
      for (double[] q : basis) {
        double dot = dot(q, row);
        for (int c = 0; c < row.length; c++) {
          row[c] -= dot * q[c];
        }
      }
    }
  }

  private static void scale(double[] row, double factor) {
    for (int c = 0; c < row.length; c++) {
      row[c] *= factor;
    }
  }

  /**
   * Groups respondents by the set of cells they belong to; respondents in no cell get class −1.
   * Returns the size of each class. Classes are numbered in the order of their first respondent.
   *
   * <p>The groups are found by refining a partition: everyone starts in one group, and each cell
   * splits every group into its members and the others. After the last cell, two respondents share
   * a group exactly when they belong to the same cells, with no set of cells built or hashed.
   */
  static int[] memberships(List<int[]> cells, int respondents, int[] classOf) {
    // group 0 holds those in no cell so far; a cell's members move to a group made for them
    int[] group = new int[respondents];
    int[] splitTo = new int[16];
    int[] splitIn = new int[16];
    splitIn[0] = -1;
    int groups = 1;
    for (int i = 0; i < cells.size(); i++) {
      for (int member : cells.get(i)) {
        if (member < 0 || member >= respondents) {
          throw new IllegalArgumentException(
              "cell " + i + " names respondent " + member + " of " + respondents);
        }
        int from = group[member];
        if (splitIn[from] != i) {
          // the first member of this group in this cell: the group's members in the cell go here
          if (groups == splitTo.length) {
            splitTo = Arrays.copyOf(splitTo, groups * 2);
            splitIn = Arrays.copyOf(splitIn, groups * 2);
          }
          splitIn[groups] = -1;
          splitTo[from] = groups++;
          splitIn[from] = i;
        }
        group[member] = splitTo[from];
      }
    }
    int[] number = new int[groups];
    Arrays.fill(number, -1);
    int[] sizes = new int[8];
    int classes = 0;
    for (int r = 0; r < respondents; r++) {
      int g = group[r];
      if (g == 0) {
        classOf[r] = -1;
        continue;
      }
      if (number[g] < 0) {
        number[g] = classes++;
        if (classes > sizes.length) {
          sizes = Arrays.copyOf(sizes, sizes.length * 2);
        }
      }
      classOf[r] = number[g];
      sizes[number[g]]++;
    }
    return Arrays.copyOf(sizes, classes);
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
    return largestSum(classSize, classLeverage, count);
  }

  private static double largestSum(int[] classSize, double[] classLeverage, int count) {
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
}
