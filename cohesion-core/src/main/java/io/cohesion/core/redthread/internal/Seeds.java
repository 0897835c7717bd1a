package io.cohesion.core.redthread.internal;

/**
 * Bootstrap seeds for segments. A segment's seed depends only on the analysis seed, the column and
 * the segment key, so adding a segment column or a respondent in another segment does not change
 * its resamples.
 */
public final class Seeds {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Seeds() {}

  /**
   * The seed of segment {@code column=value}: a 64-bit FNV-1a hash of the UTF-16 code units of
   * {@code column}, {@code '='} and {@code value}, started from {@code seed} XOR the FNV offset,
   * then mixed with the SplitMix64 finaliser.
   */
  public static long forSegment(long seed, String column, String value) {
    long h = seed ^ FNV_OFFSET;
    h = hash(h, column);
    h = (h ^ '=') * FNV_PRIME;
    h = hash(h, value);
    return mix(h);
  }

  private static long hash(long h, String text) {
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
