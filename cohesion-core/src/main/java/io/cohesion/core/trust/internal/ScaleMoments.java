package io.cohesion.core.trust.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Person scores, the covariance matrix of the complete rows and per-group means and sums of squares
 * of one answer matrix, reading every answer from memory once.
 *
 * <p>Rows are taken in tiles small enough to stay in the processor's cache. Within a tile the
 * classical two-pass algorithm runs: sums and means first, then sums of squares and cross products
 * of deviations from those means (with the correction {@code (Σd)²/n} for the rounding left in
 * them). Tiles are then combined with the pairwise update of Chan, Golub &amp; LeVeque (1979):
 * {@code M_AB = M_A + M_B + δδᵀ·n_A·n_B/(n_A + n_B)}, δ the difference of the two means, which is
 * as stable as the two-pass algorithm on the whole data. Per-group figures use Welford's update.
 * Tiles and chunks have fixed sizes and are combined in row order, so the result does not depend on
 * the number of cores; chunks run in parallel when there are several.
 */
public final class ScaleMoments {

  /** Rows per parallel chunk; fixed so that results do not depend on the machine. */
  static final int CHUNK_ROWS = 1 << 15;

  /** Rows per tile: 1,024 rows of 20 items take 160 KB, which stays in a level-2 cache. */
  static final int TILE_ROWS = 1 << 10;

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

  /** Mean of the person scores, NaN when there are none. */
  public final double scoreMean;

  /** Sum of squared deviations of the person scores from their mean. */
  public final double scoreSquares;

  /** Person scores per group. */
  public final int[] groupCounts;

  /** Mean person score per group, NaN for a group without scores. */
  public final double[] groupMeans;

  /** Sum of squared deviations from the group mean, per group. */
  public final double[] groupSquares;

  private final int k;

  private ScaleMoments(double[] scores, int k, Part total) {
    this.scores = scores;
    this.k = k;
    this.complete = total.complete;
    this.itemMeans = total.itemMeans;
    this.covariance = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double value = total.comoments[i * k + j] / (complete - 1);
        covariance[i * k + j] = value;
        covariance[j * k + i] = value;
      }
    }
    this.scored = total.scored;
    this.scoreMean = scored > 0 ? total.scoreMean : Double.NaN;
    this.scoreSquares = scored > 0 ? total.scoreSquares : Double.NaN;
    this.groupCounts = total.groupCounts;
    this.groupMeans = total.groupMeans;
    this.groupSquares = total.groupSquares;
    for (int g = 0; g < groupCounts.length; g++) {
      if (groupCounts[g] == 0) {
        groupMeans[g] = Double.NaN;
        groupSquares[g] = Double.NaN;
      }
    }
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
    double[] scores = givenScores != null ? givenScores : new double[rows];
    int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    IntStream indices = IntStream.range(0, chunks);
    Part[] parts =
        (chunks > 1 ? indices.parallel() : indices)
            .mapToObj(
                c ->
                    chunk(
                        keyed,
                        k,
                        minAnswered,
                        givenScores != null,
                        scores,
                        groupOf,
                        groups,
                        c * CHUNK_ROWS,
                        Math.min(rows, (c + 1) * CHUNK_ROWS)))
            .toArray(Part[]::new);
    Part total = new Part(k, groupOf == null ? 0 : groups);
    for (Part part : parts) {
      total.add(part);
    }
    return new ScaleMoments(scores, k, total);
  }

  /** Moments of some rows; {@link #add} combines two of them. */
  private static final class Part {
    final int k;
    int complete;
    final double[] itemMeans;
    final double[] comoments; // upper triangle, about itemMeans
    int scored;
    double scoreMean;
    double scoreSquares;
    final int[] groupCounts;
    final double[] groupMeans;
    final double[] groupSquares;

    Part(int k, int groups) {
      this.k = k;
      this.itemMeans = new double[k];
      this.comoments = new double[k * k];
      this.groupCounts = new int[groups];
      this.groupMeans = new double[groups];
      this.groupSquares = new double[groups];
    }

    /** Adds the rows of {@code other}, which come after the rows of this part. */
    void add(Part other) {
      addItems(other.complete, other.itemMeans, other.comoments);
      addScores(other.scored, other.scoreMean, other.scoreSquares);
      for (int g = 0; g < groupCounts.length; g++) {
        int n = other.groupCounts[g];
        if (n == 0) {
          continue;
        }
        int m = groupCounts[g];
        int sum = m + n;
        double delta = other.groupMeans[g] - groupMeans[g];
        groupMeans[g] += delta * n / sum;
        groupSquares[g] += other.groupSquares[g] + delta * delta * ((double) m * n / sum);
        groupCounts[g] = sum;
      }
    }

    void addItems(int n, double[] means, double[] products) {
      if (n == 0) {
        return;
      }
      int m = complete;
      int sum = m + n;
      double weight = (double) m * n / sum;
      double share = (double) n / sum;
      double[] delta = new double[k];
      for (int j = 0; j < k; j++) {
        delta[j] = means[j] - itemMeans[j];
      }
      for (int i = 0; i < k; i++) {
        double di = delta[i] * weight;
        int base = i * k;
        for (int j = i; j < k; j++) {
          comoments[base + j] += products[base + j] + di * delta[j];
        }
      }
      for (int j = 0; j < k; j++) {
        itemMeans[j] += delta[j] * share;
      }
      complete = sum;
    }

    void addScores(int n, double mean, double squares) {
      if (n == 0) {
        return;
      }
      int m = scored;
      int sum = m + n;
      double delta = mean - scoreMean;
      scoreMean += delta * n / sum;
      scoreSquares += squares + delta * delta * ((double) m * n / sum);
      scored = sum;
    }
  }

  private static Part chunk(
      double[] keyed,
      int k,
      int minAnswered,
      boolean scoresGiven,
      double[] scores,
      int[] groupOf,
      int groups,
      int from,
      int to) {
    Part part = new Part(k, groupOf == null ? 0 : groups);
    boolean[] completeRow = new boolean[TILE_ROWS];
    double[] tileSums = new double[k];
    double[] tileDeviations = new double[k];
    double[] tileProducts = new double[k * k];
    double[][] slots = new double[4][k];
    for (int start = from; start < to; start += TILE_ROWS) {
      int end = Math.min(to, start + TILE_ROWS);

      // First pass over the tile: person scores, and sums of the complete rows.
      Arrays.fill(tileSums, 0);
      int tileComplete = 0;
      int tileScored = 0;
      double tileScoreSum = 0;
      for (int row = start; row < end; row++) {
        int offset = row * k;
        int answered = 0;
        double sum = 0;
        for (int j = 0; j < k; j++) {
          double answer = keyed[offset + j];
          // branch-free, so that missing answers cost no mispredicted jumps
          boolean present = answer == answer;
          answered += present ? 1 : 0;
          sum += present ? answer : 0;
        }
        boolean complete = answered == k;
        completeRow[row - start] = complete;
        if (complete) {
          tileComplete++;
          for (int j = 0; j < k; j++) {
            tileSums[j] += keyed[offset + j];
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
          tileScored++;
          tileScoreSum += score;
          if (groupOf != null) {
            int group = groupOf[row];
            if (group >= 0) {
              // Welford: groups are scattered over the rows, so they are updated one by one.
              int n = ++part.groupCounts[group];
              double delta = score - part.groupMeans[group];
              part.groupMeans[group] += delta / n;
              part.groupSquares[group] += delta * (score - part.groupMeans[group]);
            }
          }
        }
      }

      // Second pass over the same rows, still in cache: deviations from the tile means.
      if (tileComplete > 0) {
        for (int j = 0; j < k; j++) {
          tileSums[j] /= tileComplete; // now the tile means
        }
        Arrays.fill(tileDeviations, 0);
        Arrays.fill(tileProducts, 0);
        int filled = 0;
        for (int row = start; row < end; row++) {
          if (completeRow[row - start]) {
            int offset = row * k;
            double[] d = slots[filled];
            for (int j = 0; j < k; j++) {
              double deviation = keyed[offset + j] - tileSums[j];
              d[j] = deviation;
              tileDeviations[j] += deviation;
            }
            if (++filled == slots.length) {
              addProducts(tileProducts, k, slots);
              filled = 0;
            }
          }
        }
        if (filled > 0) {
          for (int slot = filled; slot < slots.length; slot++) {
            Arrays.fill(slots[slot], 0);
          }
          addProducts(tileProducts, k, slots);
        }
        for (int i = 0; i < k; i++) {
          for (int j = i; j < k; j++) {
            tileProducts[i * k + j] -= tileDeviations[i] * tileDeviations[j] / tileComplete;
          }
        }
        for (int j = 0; j < k; j++) {
          tileSums[j] += tileDeviations[j] / tileComplete;
        }
        part.addItems(tileComplete, tileSums, tileProducts);
      }

      if (tileScored > 0) {
        double mean = tileScoreSum / tileScored;
        double squares = 0;
        double deviations = 0;
        for (int row = start; row < end; row++) {
          double score = scores[row];
          if (score == score) {
            double deviation = score - mean;
            squares += deviation * deviation;
            deviations += deviation;
          }
        }
        part.addScores(
            tileScored,
            mean + deviations / tileScored,
            squares - deviations * deviations / tileScored);
      }
    }
    return part;
  }

  /**
   * Adds the outer products of four deviation vectors to the upper triangle of {@code products}:
   * each cell is loaded and stored once per four rows. Unused slots hold zeros and add nothing.
   */
  private static void addProducts(double[] products, int k, double[][] slots) {
    double[] d0 = slots[0];
    double[] d1 = slots[1];
    double[] d2 = slots[2];
    double[] d3 = slots[3];
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
