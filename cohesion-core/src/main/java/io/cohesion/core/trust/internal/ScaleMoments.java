package io.cohesion.core.trust.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Person scores, the covariance matrix of the complete rows and per-group sums of squares of one
 * answer matrix, in two passes over the data.
 *
 * <p>The first pass computes person scores and plain sums; the second sums squares and cross
 * products of deviations from the first pass's means, and adds the usual correction {@code (Σd)²/n}
 * for the rounding left in those means (the "corrected two-pass" algorithm of Chan, Golub &amp;
 * LeVeque 1983). Rows are cut into fixed blocks whose partial sums are added in block order, so the
 * result is the same on any number of cores; blocks run in parallel when there are several.
 */
public final class ScaleMoments {

  /** Rows per block; fixed so that results do not depend on the machine. */
  static final int BLOCK_ROWS = 1 << 15;

  /** Person score per row, NaN where the respondent has none. */
  public final double[] scores;

  /** Rows with every item answered. */
  public final int complete;

  /** Item means over the complete rows. */
  public final double[] itemMeans;

  /** The k × k sample covariance matrix (n − 1) of the complete rows, row-major. */
  public final double[] covariance;

  /** Rows with a person score. */
  public final int scored;

  /** Mean of the person scores. */
  public final double scoreMean;

  /** Sum of squared deviations of the person scores from their mean. */
  public final double scoreSquares;

  /** Person scores per group. */
  public final int[] groupCounts;

  /** Mean person score per group, NaN for an empty group. */
  public final double[] groupMeans;

  /** Sum of squared deviations from the group mean, per group. */
  public final double[] groupSquares;

  private final int k;

  private ScaleMoments(double[] scores, int k, int groups) {
    this.scores = scores;
    this.k = k;
    this.itemMeans = new double[k];
    this.covariance = new double[k * k];
    this.groupCounts = new int[groups];
    this.groupMeans = new double[groups];
    this.groupSquares = new double[groups];
    this.complete = 0;
    this.scored = 0;
    this.scoreMean = Double.NaN;
    this.scoreSquares = Double.NaN;
  }

  private ScaleMoments(
      double[] scores,
      int k,
      int complete,
      double[] itemMeans,
      double[] covariance,
      int scored,
      double scoreMean,
      double scoreSquares,
      int[] groupCounts,
      double[] groupMeans,
      double[] groupSquares) {
    this.scores = scores;
    this.k = k;
    this.complete = complete;
    this.itemMeans = itemMeans;
    this.covariance = covariance;
    this.scored = scored;
    this.scoreMean = scoreMean;
    this.scoreSquares = scoreSquares;
    this.groupCounts = groupCounts;
    this.groupMeans = groupMeans;
    this.groupSquares = groupSquares;
  }

  /** The number of items. */
  public int items() {
    return k;
  }

  /**
   * Computes everything for one answer matrix.
   *
   * @param keyed the answers after reversal, row-major, NaN for missing
   * @param rows the number of rows
   * @param k the number of items
   * @param minAnswered the fewest answers that give a person score with the built-in mean
   * @param givenScores person scores computed elsewhere (another strategy), or {@code null} to use
   *     the mean of the answered items
   * @param groupOf the group number of each row, -1 for none; or {@code null} for no grouping
   * @param groups the number of groups
   */
  public static ScaleMoments compute(
      double[] keyed,
      int rows,
      int k,
      int minAnswered,
      double[] givenScores,
      int[] groupOf,
      int groups) {
    if (rows == 0) {
      return new ScaleMoments(new double[0], k, groups);
    }
    double[] scores = givenScores != null ? givenScores : new double[rows];
    boolean[] completeRow = new boolean[rows];
    int blocks = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;

    FirstPass[] first =
        blocks(blocks)
            .mapToObj(
                b ->
                    firstPass(
                        keyed,
                        rows,
                        k,
                        minAnswered,
                        givenScores != null,
                        scores,
                        completeRow,
                        groupOf,
                        groups,
                        b))
            .toArray(FirstPass[]::new);

    int complete = 0;
    int scored = 0;
    double[] itemSums = new double[k];
    double scoreSum = 0;
    int[] groupCounts = new int[groups];
    double[] groupSums = new double[groups];
    for (FirstPass part : first) {
      complete += part.complete;
      scored += part.scored;
      scoreSum += part.scoreSum;
      for (int j = 0; j < k; j++) {
        itemSums[j] += part.itemSums[j];
      }
      for (int g = 0; g < groups; g++) {
        groupCounts[g] += part.groupCounts[g];
        groupSums[g] += part.groupSums[g];
      }
    }
    double[] itemMeans = new double[k];
    for (int j = 0; j < k; j++) {
      itemMeans[j] = itemSums[j] / complete;
    }
    double scoreMean = scoreSum / scored;
    boolean anyComplete = complete > 0;
    double provisionalMean = scoreMean;
    double[] groupMeans = new double[groups];
    for (int g = 0; g < groups; g++) {
      groupMeans[g] = groupSums[g] / groupCounts[g];
    }

    SecondPass[] second =
        blocks(blocks)
            .mapToObj(
                b ->
                    secondPass(
                        keyed,
                        rows,
                        k,
                        scores,
                        completeRow,
                        anyComplete,
                        itemMeans,
                        provisionalMean,
                        groupOf,
                        groupMeans,
                        b))
            .toArray(SecondPass[]::new);

    double[] products = new double[k * k];
    double[] deviations = new double[k];
    double scoreSquares = 0;
    double scoreDeviation = 0;
    double[] groupSquares = new double[groups];
    double[] groupDeviations = new double[groups];
    for (SecondPass part : second) {
      for (int cell = 0; cell < k * k; cell++) {
        products[cell] += part.products[cell];
      }
      for (int j = 0; j < k; j++) {
        deviations[j] += part.deviations[j];
      }
      scoreSquares += part.scoreSquares;
      scoreDeviation += part.scoreDeviation;
      if (groupOf != null) {
        for (int g = 0; g < groups; g++) {
          groupSquares[g] += part.groupSquares[g];
          groupDeviations[g] += part.groupDeviations[g];
        }
      }
    }

    double[] covariance = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double value =
            (products[i * k + j] - deviations[i] * deviations[j] / complete) / (complete - 1);
        covariance[i * k + j] = value;
        covariance[j * k + i] = value;
      }
    }
    for (int j = 0; j < k; j++) {
      itemMeans[j] += deviations[j] / complete;
    }
    scoreSquares -= scoreDeviation * scoreDeviation / scored;
    scoreMean += scoreDeviation / scored;
    for (int g = 0; g < groups; g++) {
      int n = groupCounts[g];
      if (n > 0) {
        groupSquares[g] -= groupDeviations[g] * groupDeviations[g] / n;
        groupMeans[g] += groupDeviations[g] / n;
      } else {
        groupSquares[g] = Double.NaN;
      }
    }
    return new ScaleMoments(
        scores,
        k,
        complete,
        itemMeans,
        covariance,
        scored,
        scoreMean,
        scoreSquares,
        groupCounts,
        groupMeans,
        groupSquares);
  }

  private static IntStream blocks(int blocks) {
    IntStream stream = IntStream.range(0, blocks);
    return blocks > 1 ? stream.parallel() : stream;
  }

  private static final class FirstPass {
    int complete;
    int scored;
    double scoreSum;
    final double[] itemSums;
    final int[] groupCounts;
    final double[] groupSums;

    FirstPass(int k, int groups) {
      itemSums = new double[k];
      groupCounts = new int[groups];
      groupSums = new double[groups];
    }
  }

  private static FirstPass firstPass(
      double[] keyed,
      int rows,
      int k,
      int minAnswered,
      boolean scoresGiven,
      double[] scores,
      boolean[] completeRow,
      int[] groupOf,
      int groups,
      int block) {
    FirstPass part = new FirstPass(k, groups);
    int from = block * BLOCK_ROWS;
    int to = Math.min(rows, from + BLOCK_ROWS);
    double[] itemSums = part.itemSums;
    for (int row = from; row < to; row++) {
      int offset = row * k;
      int answered = 0;
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double answer = keyed[offset + j];
        if (answer == answer) {
          answered++;
          sum += answer;
        }
      }
      if (answered == k) {
        completeRow[row] = true;
        part.complete++;
        for (int j = 0; j < k; j++) {
          itemSums[j] += keyed[offset + j];
        }
      }
      double score;
      if (scoresGiven) {
        score = scores[row];
      } else {
        score = answered >= minAnswered && answered > 0 ? sum / answered : Double.NaN;
        scores[row] = score;
      }
      if (score == score) {
        part.scored++;
        part.scoreSum += score;
        if (groupOf != null) {
          int group = groupOf[row];
          if (group >= 0) {
            part.groupCounts[group]++;
            part.groupSums[group] += score;
          }
        }
      }
    }
    return part;
  }

  private static final class SecondPass {
    final double[] products;
    final double[] deviations;
    double scoreSquares;
    double scoreDeviation;
    final double[] groupSquares;
    final double[] groupDeviations;

    SecondPass(int k, int groups) {
      products = new double[k * k];
      deviations = new double[k];
      groupSquares = new double[groups];
      groupDeviations = new double[groups];
    }
  }

  private static SecondPass secondPass(
      double[] keyed,
      int rows,
      int k,
      double[] scores,
      boolean[] completeRow,
      boolean anyComplete,
      double[] itemMeans,
      double scoreMean,
      int[] groupOf,
      double[] groupMeans,
      int block) {
    SecondPass part = new SecondPass(k, groupOf == null ? 0 : groupMeans.length);
    int from = block * BLOCK_ROWS;
    int to = Math.min(rows, from + BLOCK_ROWS);
    double[] products = part.products;
    double[] deviations = part.deviations;
    // Complete rows are gathered four at a time so that each cell of the cross-product matrix is
    // loaded and stored once per four rows; unused slots stay zero and add nothing.
    double[] d0 = new double[k];
    double[] d1 = new double[k];
    double[] d2 = new double[k];
    double[] d3 = new double[k];
    double[][] slots = {d0, d1, d2, d3};
    int filled = 0;
    for (int row = from; row < to; row++) {
      if (anyComplete && completeRow[row]) {
        int offset = row * k;
        double[] d = slots[filled];
        for (int j = 0; j < k; j++) {
          double deviation = keyed[offset + j] - itemMeans[j];
          d[j] = deviation;
          deviations[j] += deviation;
        }
        if (++filled == slots.length) {
          addProducts(products, k, d0, d1, d2, d3);
          filled = 0;
        }
      }
      double score = scores[row];
      if (score == score) {
        double deviation = score - scoreMean;
        part.scoreSquares += deviation * deviation;
        part.scoreDeviation += deviation;
        if (groupOf != null) {
          int group = groupOf[row];
          if (group >= 0) {
            double fromGroup = score - groupMeans[group];
            part.groupSquares[group] += fromGroup * fromGroup;
            part.groupDeviations[group] += fromGroup;
          }
        }
      }
    }
    if (filled > 0) {
      for (int slot = filled; slot < slots.length; slot++) {
        Arrays.fill(slots[slot], 0);
      }
      addProducts(products, k, d0, d1, d2, d3);
    }
    return part;
  }

  /** Adds the outer products of four deviation vectors to the upper triangle of products. */
  private static void addProducts(
      double[] products, int k, double[] d0, double[] d1, double[] d2, double[] d3) {
    for (int i = 0; i < k; i++) {
      double a0 = d0[i];
      double a1 = d1[i];
      double a2 = d2[i];
      double a3 = d3[i];
      int base = i * k;
      for (int j = i; j < k; j++) {
        products[base + j] += a0 * d0[j] + a1 * d1[j] + a2 * d2[j] + a3 * d3[j];
      }
    }
  }
}
