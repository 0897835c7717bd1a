package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether a wave is open (taking answers; its figures are live and only callers who may read the
 * raw answers see them) or closed (released to every caller as the states cut when it closed), kept
 * beside the wish map or measurement as an aggregate of its own. A wave whose status was never
 * stored is open without a closing date.
 *
 * @param wave the wish map or measurement
 * @param closed whether a coordinator closed it, or it was closed when its closing date passed
 * @param closes when an open wave closes by itself, if set; a closed wave keeps the date it closed
 *     on, if it closed by its date
 */
@API(status = STABLE, since = "0.1.0")
public record WaveStatus(WaveId wave, boolean closed, Optional<Instant> closes) {
  public WaveStatus {
    requireNonNull(wave, "wave");
    requireNonNull(closes, "closes of " + wave);
  }

  /** The status of a wave nobody closed: open, without a closing date. */
  public static WaveStatus open(WaveId wave) {
    return new WaveStatus(wave, false, Optional.empty());
  }

  /** Whether the wave counts as closed at {@code now}: closed, or open past its closing date. */
  public boolean isClosedAt(Instant now) {
    return closed || closes.filter(c -> !now.isBefore(c)).isPresent();
  }

  /** Whether the wave is open but its closing date has come by {@code now}. */
  public boolean isDueAt(Instant now) {
    return !closed && isClosedAt(now);
  }
}
