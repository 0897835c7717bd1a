package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.security.SecureRandom;
import org.apiguardian.api.API;

/**
 * The respondents met while going through a bulk input, each with a number of the caller's (a row,
 * say), so that a respondent who answers twice is refused before anything is stored. A store uses
 * it in {@link ResponseStore#importAll}, and a reader of a file uses it to name the row a repeated
 * respondent first answered in.
 *
 * <pre>{@code
 * SeenRespondents seen = new SeenRespondents();
 * long first = seen.putIfAbsent(respondent.value(), row);
 * if (first != SeenRespondents.ABSENT) {
 *   // respondent already answered in row `first`
 * }
 * }</pre>
 *
 * <p>A map of a million strings costs a million entry objects that the collector copies and, once
 * its table is large, a stream of old-to-young references to track: in an import of a million
 * responses that was more CPU time than encoding them. Here a respondent is kept as a 128-bit
 * fingerprint in flat arrays: two 64-bit hashes of its characters, each seeded with random bits
 * drawn per instance, so two different respondents agree with a chance of about 2<sup>-128</sup>
 * per pair (about 10<sup>-27</sup> for a million respondents), and nobody can choose respondents
 * that agree in advance. The respondents themselves are not kept: the set cannot list them.
 *
 * <p>Not thread-safe: one instance per input, used by one thread at a time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SeenRespondents {
  /** What {@link #putIfAbsent} returns for a respondent not met before. */
  public static final long ABSENT = -1;

  private static final SecureRandom SEEDS = new SecureRandom();

  private final long seedA = SEEDS.nextLong();
  private final long seedB = SEEDS.nextLong();

  /** Fingerprints by slot; a slot is empty when both halves are zero. */
  private long[] first = new long[1 << 10];

  private long[] second = new long[1 << 10];
  private long[] numbers = new long[1 << 10];
  private int size;
  private long zero = ABSENT;

  /**
   * Records {@code respondent} with {@code number} unless it was met before.
   *
   * @param number zero or more
   * @return the number it was recorded with before, or {@link #ABSENT}
   */
  public long putIfAbsent(String respondent, long number) {
    if (number < 0) {
      throw new IllegalArgumentException("number must be zero or more, got " + number);
    }
    long a = seedA;
    long b = seedB;
    int n = respondent.length();
    for (int i = 0; i < n; i++) {
      char c = respondent.charAt(i);
      a = (a ^ c) * 0x9E3779B97F4A7C15L;
      a ^= a >>> 32;
      b = (b + c) * 0xC2B2AE3D27D4EB4FL;
      b ^= b >>> 29;
    }
    a = mix(a ^ n);
    b = mix(b + n);
    if (a == 0 && b == 0) {
      // The one fingerprint that marks an empty slot is kept apart.
      long before = zero;
      if (before == ABSENT) {
        zero = number;
      }
      return before;
    }
    int mask = first.length - 1;
    for (int slot = (int) a & mask; ; slot = (slot + 1) & mask) {
      if (first[slot] == 0 && second[slot] == 0) {
        first[slot] = a;
        second[slot] = b;
        numbers[slot] = number;
        if (++size * 2 > first.length) {
          grow();
        }
        return ABSENT;
      }
      if (first[slot] == a && second[slot] == b) {
        return numbers[slot];
      }
    }
  }

  /** Records {@code respondent}; false when it was met before. */
  public boolean add(String respondent) {
    return putIfAbsent(respondent, 0) == ABSENT;
  }

  /** How many respondents the index holds. */
  public int size() {
    return size + (zero == ABSENT ? 0 : 1);
  }

  private void grow() {
    long[] oldFirst = first;
    long[] oldSecond = second;
    long[] oldNumbers = numbers;
    first = new long[oldFirst.length * 2];
    second = new long[oldSecond.length * 2];
    numbers = new long[oldNumbers.length * 2];
    int mask = first.length - 1;
    for (int i = 0; i < oldFirst.length; i++) {
      if (oldFirst[i] != 0 || oldSecond[i] != 0) {
        int slot = (int) oldFirst[i] & mask;
        while (first[slot] != 0 || second[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        first[slot] = oldFirst[i];
        second[slot] = oldSecond[i];
        numbers[slot] = oldNumbers[i];
      }
    }
  }

  /** The finaliser of MurmurHash3's 64-bit variant: every input bit reaches every output bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
