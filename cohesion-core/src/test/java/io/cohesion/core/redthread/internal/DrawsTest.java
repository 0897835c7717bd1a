package io.cohesion.core.redthread.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrawsTest {

  private static final long[] SEEDS = {0, 1, -1, 42, 20241128L, Long.MIN_VALUE, Long.MAX_VALUE};

  /**
   * Bounds of every kind: 1, powers of two, small odd ones, survey sizes, and large ones that
   * reject up to half of the numbers drawn (2^30 + 1) so that the rejection path runs often.
   */
  @ParameterizedTest
  @ValueSource(
      ints = {
        1,
        2,
        3,
        7,
        64,
        100,
        999,
        2500,
        10_000,
        65_536,
        1_000_003,
        (1 << 30) + 1,
        1_610_612_736,
        Integer.MAX_VALUE
      })
  void drawsWhatSplittableRandomDraws(int bound) {
    for (long seed : SEEDS) {
      SplittableRandom reference = new SplittableRandom(seed);
      Draws draws = new Draws(seed, bound, 0);
      for (int i = 0; i < 20_000; i++) {
        assertThat(draws.next())
            .as("draw %d of seed %d", i, seed)
            .isEqualTo(reference.nextInt(bound));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 64, 1000, (1 << 30) + 1, 1_610_612_736})
  void startsWhereTheDrawsBeforeItEnded(int bound) {
    int perResample = 37;
    int[] resamples = {0, 1, 2, 5, 17, 18, 40, 99};
    for (long seed : SEEDS) {
      Draws sequential = new Draws(seed, bound, 0);
      long[] expected = new long[resamples.length];
      int j = 0;
      for (int b = 0; b <= resamples[resamples.length - 1]; b++) {
        if (resamples[j] == b) {
          expected[j++] = sequential.position();
        }
        for (int d = 0; d < perResample; d++) {
          sequential.next();
        }
      }
      assertThat(Draws.starts(seed, bound, perResample, resamples, false))
          .containsExactly(expected);
      assertThat(Draws.starts(seed, bound, perResample, resamples, true)).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 10_000, (1 << 30) + 1})
  void drawsFromAStartContinueTheSequence(int bound) {
    long seed = 99;
    SplittableRandom reference = new SplittableRandom(seed);
    Draws first = new Draws(seed, bound, 0);
    for (int i = 0; i < 5_000; i++) {
      assertThat(first.next()).isEqualTo(reference.nextInt(bound));
    }
    Draws resumed = new Draws(seed, bound, first.position());
    for (int i = 0; i < 5_000; i++) {
      assertThat(resumed.next()).isEqualTo(reference.nextInt(bound));
    }
  }
}
