package io.cohesion.core.trust;

import io.cohesion.core.ResponseRange;
import io.cohesion.core.privacy.Pseudonym;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The checks of {@link ScaleData.Builder#add} on columns filled at once, run in parallel chunks of
 * rows: answers within the range, valid pseudonyms, no pseudonym twice, group indices in bounds.
 * Finds the first row, in row order, that the builder would refuse.
 */
final class ColumnChecks {
  /** Rows per parallel chunk. */
  private static final int CHUNK_ROWS = 1 << 15;

  /**
   * Pseudonyms are checked for repeats in this many partitions by hash, each small enough for its
   * table to stay in a level-2 cache.
   */
  private static final int PARTITION_BITS = 6;

  private final Scale scale;
  private final int rows;
  private final int k;
  private final double[] answers;
  private final String[] respondents;
  private final int[] groupOf;
  private final boolean[] usedGroups;
  private int firstRefused;
  private int firstRepeat;

  private ColumnChecks(
      Scale scale, int rows, double[] answers, String[] respondents, int[] groupOf, int groups) {
    this.scale = scale;
    this.rows = rows;
    this.k = scale.size();
    this.answers = answers;
    this.respondents = respondents;
    this.groupOf = groupOf;
    this.usedGroups = new boolean[groups];
    this.firstRefused = rows;
    this.firstRepeat = rows;
  }

  /**
   * Runs the checks, reversing the answers of reversed items in place as the builder stores them,
   * in every row before the first one refused; that row and those after it may be left as they
   * were.
   */
  static ColumnChecks run(
      Scale scale,
      int rows,
      double[] answers,
      String[] respondents,
      int[] groupOf,
      String[] groupKeys) {
    ColumnChecks checks =
        new ColumnChecks(scale, rows, answers, respondents, groupOf, groupKeys.length);
    int[] refused = parallel(chunks(rows)).map(checks::checkChunk).toArray();
    for (int r : refused) {
      checks.firstRefused = Math.min(checks.firstRefused, r);
    }
    checks.firstRepeat = checks.firstRepeat();
    return checks;
  }

  /** The first row the builder would refuse, {@code rows} when none. */
  int firstRefused() {
    return Math.min(firstRefused, firstRepeat);
  }

  /**
   * Whether {@link #firstRefused} is refused only for repeating a pseudonym: its answers are then
   * within the range but may have been reversed.
   */
  boolean refusedAsRepeat() {
    return firstRepeat < firstRefused;
  }

  /** Whether some row has each group. */
  boolean[] usedGroups() {
    return usedGroups;
  }

  private static int chunks(int rows) {
    return (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
  }

  private static IntStream parallel(int chunks) {
    IntStream indices = IntStream.range(0, chunks);
    return chunks > 1 ? indices.parallel() : indices;
  }

  /**
   * The first row of chunk {@code c} with an answer out of range or an invalid pseudonym; reverses
   * the rows before it. A group index out of bounds is an error of the caller.
   */
  private int checkChunk(int c) {
    ResponseRange range = scale.response();
    double min = range.min();
    double max = range.max();
    double sum = min + max;
    int[] reversed = IntStream.range(0, k).filter(j -> scale.items().get(j).reverse()).toArray();
    int from = c * CHUNK_ROWS;
    int to = Math.min(rows, from + CHUNK_ROWS);
    int groups = usedGroups.length;
    for (int row = from; row < to; row++) {
      int offset = row * k;
      for (int j = offset; j < offset + k; j++) {
        double answer = answers[j];
        if (answer < min || answer > max) { // false for NaN, a missing answer
          return row;
        }
      }
      String respondent = respondents[row];
      if (respondent != null) {
        try {
          new Pseudonym(respondent);
        } catch (IllegalArgumentException invalid) {
          return row;
        }
      }
      int group = groupOf[row];
      if (group < -1 || group >= groups) {
        throw new IllegalArgumentException(
            "row " + row + " has group " + group + " of " + groups + " keys");
      }
      if (group >= 0) {
        usedGroups[group] = true; // the same value from every thread, read after they all ended
      }
      for (int j : reversed) {
        answers[offset + j] = sum - answers[offset + j];
      }
    }
    return rows;
  }

  /**
   * The first row whose pseudonym an earlier row has, {@code rows} when none. Rows are sorted into
   * partitions by the hash of their pseudonym, keeping row order within each; equal pseudonyms fall
   * into one partition, whose first repeat is found with a small table of row numbers.
   */
  private int firstRepeat() {
    int partitions = 1 << PARTITION_BITS;
    int chunks = chunks(rows);
    int[][] counts = new int[chunks][];
    parallel(chunks)
        .forEach(
            c -> {
              int[] count = new int[partitions];
              int to = Math.min(rows, (c + 1) * CHUNK_ROWS);
              for (int row = c * CHUNK_ROWS; row < to; row++) {
                if (respondents[row] != null) {
                  count[partition(respondents[row].hashCode())]++;
                }
              }
              counts[c] = count;
            });
    // Where each chunk's rows of each partition go: partitions one after the other, chunks in order
    // within a partition.
    int[] partitionStart = new int[partitions + 1];
    int[][] at = new int[chunks][partitions];
    int next = 0;
    for (int p = 0; p < partitions; p++) {
      partitionStart[p] = next;
      for (int c = 0; c < chunks; c++) {
        at[c][p] = next;
        next += counts[c][p];
      }
    }
    partitionStart[partitions] = next;
    int[] sorted = new int[next];
    // The hash of each sorted row beside it, so that a partition is searched without reading the
    // pseudonyms, spread over the heap, but where two hashes are the same.
    int[] sortedHashes = new int[next];
    parallel(chunks)
        .forEach(
            c -> {
              int[] to = at[c];
              int end = Math.min(rows, (c + 1) * CHUNK_ROWS);
              for (int row = c * CHUNK_ROWS; row < end; row++) {
                if (respondents[row] != null) {
                  int hash = respondents[row].hashCode();
                  int i = to[partition(hash)]++;
                  sorted[i] = row;
                  sortedHashes[i] = hash;
                }
              }
            });
    return IntStream.range(0, partitions)
        .parallel()
        .map(p -> firstRepeat(sorted, sortedHashes, partitionStart[p], partitionStart[p + 1]))
        .min()
        .orElse(rows);
  }

  /**
   * The first repeat among the rows {@code sorted[from, to)}, which are in row order, with the
   * hashes of their pseudonyms in {@code hashes[from, to)}.
   */
  private int firstRepeat(int[] sorted, int[] hashes, int from, int to) {
    int size = Integer.highestOneBit(Math.max(2, (to - from) * 2 - 1)) << 1;
    // Positions in sorted (not rows), -1 where free.
    int[] table = new int[size];
    Arrays.fill(table, -1);
    int mask = size - 1;
    for (int i = from; i < to; i++) {
      int hash = hashes[i];
      int slot = (hash * 0x9E3779B9 >>> PARTITION_BITS) & mask;
      while (true) {
        int other = table[slot];
        if (other < 0) {
          table[slot] = i;
          break;
        }
        if (hashes[other] == hash && respondents[sorted[other]].equals(respondents[sorted[i]])) {
          return sorted[i];
        }
        slot = (slot + 1) & mask;
      }
    }
    return rows;
  }

  private static int partition(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - PARTITION_BITS);
  }
}
