package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A release state without its response ids: what tells one state from every other, so that a read
 * of figures already released from it need not read the ids (docs/performance.md, "A cached read
 * without the wave's ids"). A store keeps it when the state is cut; a state never changes, so
 * neither does its summary.
 *
 * @param wave the wish map or measurement
 * @param sequence the state's sequence within its wave, from 1
 * @param cutAt when the state was cut
 * @param n how many respondents the state holds
 * @param digest {@link ReleaseState#digest()}: the SHA-256 of the state's response ids, in
 *     lowercase hexadecimal
 */
@API(status = EXPERIMENTAL, since = "0.3.0")
public record StateSummary(WaveId wave, int sequence, Instant cutAt, int n, String digest) {
  public StateSummary {
    requireNonNull(wave, "wave");
    if (sequence < 1) {
      throw new IllegalArgumentException(
          "the states of " + wave + " are numbered from 1, got " + sequence);
    }
    requireNonNull(cutAt, "cutAt of state " + sequence + " of " + wave);
    if (n < 0) {
      throw new IllegalArgumentException("state " + sequence + " of " + wave + " has n = " + n);
    }
    requireNonNull(digest, "digest");
    if (!digest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "the digest of state "
              + sequence
              + " of "
              + wave
              + " is a SHA-256 in 64 lowercase hex digits, got '"
              + digest
              + "'");
    }
  }

  /** The summary of {@code state}; it hashes every id of the state. */
  public static StateSummary of(ReleaseState state) {
    return new StateSummary(
        state.wave(), state.sequence(), state.cutAt(), state.n(), state.digest());
  }

  /**
   * The refusal of a read whose wave no longer holds the state this summary describes: the wave was
   * deleted, and perhaps made anew, since the summary was read.
   */
  public NotReleasedException noLongerHeld() {
    return new NotReleasedException(
        wave,
        Optional.empty(),
        wave + " no longer holds state " + sequence + " as it was read; ask again");
  }

  /** Whether this is the summary of {@code state}; it hashes every id of the state. */
  public boolean describes(ReleaseState state) {
    return wave.equals(state.wave())
        && sequence == state.sequence()
        && cutAt.equals(state.cutAt())
        && n == state.n()
        && digest.equals(state.digest());
  }
}
