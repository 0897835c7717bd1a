package io.cohesion.core.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Leverages against decompositions worked out by hand, and against the hat matrix {@code A^T (A
 * A^T)^{-1} A} computed by Gauss–Jordan elimination for random full-rank matrices.
 */
class RowSpaceTest {

  @Test
  void nestedCellsSplitTheWaveIntoTwoHalves() {
    // rows (1,1,1,1) and (1,1,0,0): basis (1,1,1,1)/2 and (1,1,-1,-1)/2; every column has 1/4 + 1/4
    RowSpace space = RowSpace.of(List.of(new int[] {0, 1, 2, 3}, new int[] {0, 1}), 4);

    assertThat(space.rank()).isEqualTo(2);
    assertThat(space.leverages()).containsExactly(new double[] {.5, .5, .5, .5}, within(1e-15));
  }

  @Test
  void overlappingCellsMatchTheHatMatrix() {
    // A = [1 1 1 0; 0 0 1 1], A A^T = [3 1; 1 2], its inverse [2 -1; -1 3] / 5:
    // columns (1,0) → 2/5, (1,1) → 3/5, (0,1) → 3/5
    RowSpace space = RowSpace.of(List.of(new int[] {0, 1, 2}, new int[] {2, 3}), 5);

    assertThat(space.leverages()).containsExactly(new double[] {.4, .4, .6, .6, 0}, within(1e-15));
    assertThat(space.largestSum(2)).isCloseTo(1.2, within(1e-15));
  }

  @Test
  void disjointGroupsGiveOneOverTheirSize() {
    RowSpace space = RowSpace.of(List.of(new int[] {0, 1}, new int[] {2, 3, 4}), 5);

    assertThat(space.leverages())
        .containsExactly(new double[] {.5, .5, 1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-15));
  }

  @Test
  void aStreetEqualToAGroupPlusOneResidentGivesThatResidentLeverageOne() {
    int[] household = {0, 1, 2, 3, 4};
    int[] street = {0, 1, 2, 3, 4, 5};
    RowSpace space = RowSpace.of(List.of(household, street), 8);

    assertThat(space.leverage(5)).isCloseTo(1, within(1e-12));
    assertThat(space.largestSum(1)).isCloseTo(1, within(1e-12));
    assertThat(space.leverage(6)).isZero();
  }

  @Test
  void aRowThatIsACombinationOfOthersAddsNoRank() {
    int[] a = {0, 1, 2};
    int[] b = {3, 4};
    int[] both = {0, 1, 2, 3, 4};
    RowSpace space = RowSpace.of(List.of(a, b, both), 5);

    assertThat(space.rank()).isEqualTo(2);
  }

  @Property(tries = 200)
  void leveragesAreTheDiagonalOfTheHatMatrix(
      @ForAll @IntRange(min = 2, max = 30) int respondents,
      @ForAll @IntRange(min = 1, max = 8) int rows,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<int[]> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Integer> members = new ArrayList<>();
      for (int j = 0; j < respondents; j++) {
        if (random.nextInt(3) == 0) {
          members.add(j);
        }
      }
      cells.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    double[][] a = dense(cells, respondents);
    double[][] gram = multiplyByTranspose(a);
    double[][] inverse = invert(gram);
    RowSpace space = RowSpace.of(cells, respondents);
    if (inverse == null) {
      // not of full row rank: the rank is smaller and the leverages still sum to it
      assertThat(space.rank()).isLessThan(rows);
    } else {
      assertThat(space.rank()).isEqualTo(rows);
      for (int j = 0; j < respondents; j++) {
        double hat = 0;
        for (int p = 0; p < rows; p++) {
          for (int q = 0; q < rows; q++) {
            hat += a[p][j] * inverse[p][q] * a[q][j];
          }
        }
        assertThat(space.leverage(j)).as("respondent %d", j).isCloseTo(hat, within(1e-9));
      }
    }
    double total = 0;
    for (double l : space.leverages()) {
      assertThat(l).isBetween(-1e-12, 1 + 1e-12);
      total += l;
    }
    assertThat(total).isCloseTo(space.rank(), within(1e-9));
  }

  private static double[][] dense(List<int[]> cells, int respondents) {
    double[][] a = new double[cells.size()][respondents];
    for (int r = 0; r < cells.size(); r++) {
      for (int j : cells.get(r)) {
        a[r][j] = 1;
      }
    }
    return a;
  }

  private static double[][] multiplyByTranspose(double[][] a) {
    int rows = a.length;
    double[][] g = new double[rows][rows];
    for (int p = 0; p < rows; p++) {
      for (int q = 0; q < rows; q++) {
        for (int j = 0; j < a[p].length; j++) {
          g[p][q] += a[p][j] * a[q][j];
        }
      }
    }
    return g;
  }

  /** Gauss–Jordan with partial pivoting; null when the matrix is (numerically) singular. */
  private static double[][] invert(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(a[pivot][col]) < 1e-9) {
        return null;
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      double p = a[col][col];
      for (int c = 0; c < 2 * n; c++) {
        a[col][c] /= p;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col];
          for (int c = 0; c < 2 * n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inverse[i], 0, n);
    }
    return inverse;
  }

  @Property(tries = 300)
  void respondentsShareAClassExactlyWhenTheyShareEveryCell(
      @ForAll @IntRange(min = 1, max = 60) int respondents,
      @ForAll @IntRange(min = 0, max = 12) int cellCount,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<int[]> cells = new ArrayList<>();
    for (int c = 0; c < cellCount; c++) {
      // cells of every density, some empty, members in any order
      double density = random.nextDouble();
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < respondents; r++) {
        if (random.nextDouble() < density) {
          members.add(r);
        }
      }
      java.util.Collections.shuffle(members, random);
      cells.add(members.stream().mapToInt(Integer::intValue).toArray());
    }

    int[] classOf = new int[respondents];
    int[] sizes = RowSpace.memberships(cells, respondents, classOf);

    // the classes by hand: each respondent's set of cells, numbered in order of first respondent
    java.util.Map<java.util.Set<Integer>, Integer> number = new java.util.HashMap<>();
    List<Integer> expectedSizes = new ArrayList<>();
    for (int r = 0; r < respondents; r++) {
      java.util.Set<Integer> in = new java.util.TreeSet<>();
      for (int c = 0; c < cellCount; c++) {
        for (int member : cells.get(c)) {
          if (member == r) {
            in.add(c);
          }
        }
      }
      if (in.isEmpty()) {
        assertThat(classOf[r]).as("respondent %d in no cell", r).isEqualTo(-1);
        continue;
      }
      Integer expected = number.get(in);
      if (expected == null) {
        expected = number.size();
        number.put(in, expected);
        expectedSizes.add(0);
      }
      expectedSizes.set(expected, expectedSizes.get(expected) + 1);
      assertThat(classOf[r]).as("respondent %d in cells %s", r, in).isEqualTo(expected);
    }
    assertThat(sizes).containsExactly(expectedSizes.stream().mapToInt(Integer::intValue).toArray());
  }
}
