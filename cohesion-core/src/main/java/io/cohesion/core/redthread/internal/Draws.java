package io.cohesion.core.redthread.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The respondents a bootstrap draws: exactly the numbers that {@code new
 * java.util.SplittableRandom(seed).nextInt(bound)} returns, one call after another, but readable
 * from any point of the stream, so that resamples can be drawn on several threads and still be the
 * ones a single thread draws.
 *
 * <p>The generator behind them (SplitMix) adds a fixed odd constant to its state for every 32-bit
 * number it produces and returns a mix of the state, so the number at stream position {@code p} is
 * a function of {@code seed + (p + 1) × gamma} alone. A draw in {@code [0, bound)} takes one
 * number, or more when it rejects numbers from the incomplete last block of {@code bound} (possible
 * only when {@code bound} is not a power of two, and rare for the bounds of a survey: fewer than
 * one draw in 200,000 for 10,000 respondents). {@link #starts} finds where each resample begins by
 * looking for those rejections, which costs a fraction of drawing.
 */
final class Draws {
  /** The generator's increment (that of {@code SplittableRandom(long)}). */
  static final long GAMMA = 0x9e3779b97f4a7c15L;

  /** Stream positions looked at per parallel task while looking for rejections. */
  private static final int SCAN_BLOCK = 1 << 20;

  private final int bound;
  private final boolean powerOfTwo;
  private final int mask;
  private final int limit;
  private final double inverse;
  private long state;
  private long position;

  /**
   * The draws in {@code [0, bound)} of the generator seeded with {@code seed}, from stream position
   * {@code position} (the number of 32-bit numbers taken before).
   */
  Draws(long seed, int bound, long position) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    this.bound = bound;
    this.mask = bound - 1;
    this.powerOfTwo = (bound & mask) == 0;
    this.limit = limit(bound);
    this.inverse = 1.0 / bound;
    this.state = seed + position * GAMMA;
    this.position = position;
  }

  /** The next draw. */
  int next() {
    if (powerOfTwo) {
      position++;
      return mix32(state += GAMMA) & mask;
    }
    int u;
    do {
      position++;
      u = mix32(state += GAMMA) >>> 1;
    } while (u >= limit);
    return remainder(u);
  }

  /** The stream position after the draws so far. */
  long position() {
    return position;
  }

  /**
   * {@code u % bound} for {@code 0 <= u < 2^31} without a division: the quotient from the
   * reciprocal is off by at most one, which the remainder shows and one step repairs.
   */
  private int remainder(int u) {
    int r = u - (int) (u * inverse) * bound;
    if (r < 0) {
      r += bound;
    } else if (r >= bound) {
      r -= bound;
    }
    return r;
  }

  /**
   * The numbers {@code u = next32 >>> 1} a draw keeps are those below this multiple of {@code
   * bound}; any larger {@code u} would make {@code u % bound} favour small results and is drawn
   * again. For a power of two every number is kept.
   */
  private static int limit(int bound) {
    return (int) (((1L << 31) / bound) * bound);
  }

  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  /**
   * The stream position at which each resample begins, when every resample draws {@code
   * perResample} numbers in {@code [0, bound)} one after another from the start of the stream of
   * {@code seed}.
   *
   * @param resamples resample numbers (0-based), ascending
   * @param parallel whether to look for rejections on several threads
   */
  static long[] starts(long seed, int bound, int perResample, int[] resamples, boolean parallel) {
    long[] starts = new long[resamples.length];
    int last = resamples.length == 0 ? 0 : resamples[resamples.length - 1];
    if ((bound & (bound - 1)) == 0) {
      for (int j = 0; j < starts.length; j++) {
        starts[j] = (long) resamples[j] * perResample;
      }
      return starts;
    }
    // every rejection before the last start moves it by one: look until no further one is found
    long accepted = (long) last * perResample;
    long[] rejections = rejections(seed, bound, 0, accepted, parallel);
    long scanned = accepted;
    long end = accepted + rejections.length;
    while (scanned < end) {
      long[] more = rejections(seed, bound, scanned, end, false);
      rejections = concat(rejections, more);
      scanned = end;
      end = accepted + rejections.length;
    }
    int r = 0;
    for (int j = 0; j < starts.length; j++) {
      long start = (long) resamples[j] * perResample;
      // the first position after that many kept numbers
      while (r < rejections.length && rejections[r] < start + r) {
        r++;
      }
      starts[j] = start + r;
    }
    return starts;
  }

  /** The positions in {@code [from, to)} whose numbers a draw in {@code [0, bound)} rejects. */
  private static long[] rejections(long seed, int bound, long from, long to, boolean parallel) {
    if (to <= from) {
      return new long[0];
    }
    long blocks = (to - from + SCAN_BLOCK - 1) / SCAN_BLOCK;
    LongStream indices = LongStream.range(0, blocks);
    int limit = limit(bound);
    List<long[]> found =
        (parallel && blocks > 1 ? indices.parallel() : indices)
            .mapToObj(
                b -> {
                  long start = from + b * SCAN_BLOCK;
                  return scan(seed, limit, start, Math.min(to, start + SCAN_BLOCK));
                })
            .toList();
    long[] all = new long[0];
    for (long[] part : found) {
      all = concat(all, part);
    }
    return all;
  }

  private static long[] scan(long seed, int limit, long from, long to) {
    List<Long> found = new ArrayList<>();
    long state = seed + from * GAMMA;
    for (long p = from; p < to; p++) {
      if (mix32(state += GAMMA) >>> 1 >= limit) {
        found.add(p);
      }
    }
    return found.stream().mapToLong(Long::longValue).toArray();
  }

  private static long[] concat(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    long[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
