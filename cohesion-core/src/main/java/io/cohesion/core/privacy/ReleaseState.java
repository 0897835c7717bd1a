package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * What one close of a wave released: the respondents whose answers were stored at that moment. A
 * state is cut once and kept; reopening the wave and closing it again may cut the next one (see
 * {@link ReleaseWaves#close}).
 *
 * @param wave the wish map or measurement
 * @param sequence 1 for the first state of the wave, then 2, 3, …
 * @param cutAt when the state was cut
 * @param respondents the ids of the stored responses ({@link StoredResponse#id()}) present when it
 *     was cut, strictly ascending; copied in and out, so a state never changes
 */
@API(status = STABLE, since = "0.1.0")
public record ReleaseState(WaveId wave, int sequence, Instant cutAt, long[] respondents) {
  public ReleaseState {
    requireNonNull(wave, "wave");
    if (sequence < 1) {
      throw new IllegalArgumentException(
          "the states of " + wave + " are numbered from 1, got " + sequence);
    }
    requireNonNull(cutAt, "cutAt of state " + sequence + " of " + wave);
    respondents = requireNonNull(respondents, "respondents").clone();
    for (int i = 0; i < respondents.length; i++) {
      if (respondents[i] < 1 || (i > 0 && respondents[i] <= respondents[i - 1])) {
        throw new IllegalArgumentException(
            "the respondents of a state are positive response ids in ascending order without"
                + " repeats; state "
                + sequence
                + " of "
                + wave
                + " has "
                + respondents[i]
                + " at position "
                + i);
      }
    }
  }

  /** The respondents' response ids, ascending (a copy). */
  @Override
  public long[] respondents() {
    return respondents.clone();
  }

  /** How many respondents the state holds. */
  public int n() {
    return respondents.length;
  }

  /**
   * The SHA-256 of the state's response ids, each as 8 bytes (big-endian) in ascending order, in
   * lowercase hexadecimal: with the wave, sequence, time and size, what a store keeps of a state so
   * that a read can tell it apart from every other without its ids ({@link StateSummary}). Response
   * ids are never given twice, so two states with the same digest hold the same responses. Computed
   * on every call.
   */
  @API(status = EXPERIMENTAL, since = "0.3.0")
  public String digest() {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    ByteBuffer chunk = ByteBuffer.allocate(8 * 1024);
    for (long id : respondents) {
      if (!chunk.hasRemaining()) {
        sha256.update(chunk.array(), 0, chunk.position());
        chunk.clear();
      }
      chunk.putLong(id);
    }
    sha256.update(chunk.array(), 0, chunk.position());
    return HexFormat.of().formatHex(sha256.digest());
  }

  /**
   * How many respondents were added or erased between this state and the ids {@code now}
   * (ascending): the size of the symmetric difference of the two sets.
   */
  public int changesTo(long[] now) {
    return symmetricDifference(respondents, now);
  }

  /** The size of the symmetric difference of two ascending arrays of distinct ids. */
  static int symmetricDifference(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return a.length + b.length - 2 * common;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReleaseState s
        && wave.equals(s.wave)
        && sequence == s.sequence
        && cutAt.equals(s.cutAt)
        && Arrays.equals(respondents, s.respondents);
  }

  @Override
  public int hashCode() {
    return ((wave.hashCode() * 31 + sequence) * 31 + cutAt.hashCode()) * 31
        + Arrays.hashCode(respondents);
  }

  @Override
  public String toString() {
    return "ReleaseState[" + wave + ", " + sequence + ", " + cutAt + ", n=" + n() + "]";
  }
}
