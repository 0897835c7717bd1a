package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.CohesionException;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The figures of a wave were asked for by a caller bound by disclosure control while the wave has
 * no released state: it is open, or it closed without a state that could be released.
 */
@API(status = STABLE, since = "0.1.0")
public class NotReleasedException extends CohesionException {
  private static final long serialVersionUID = 1L;

  private final WaveId wave;
  private final transient Optional<Instant> closes;

  /**
   * @param wave the wave asked for
   * @param closes when it closes by itself, if it is open with a closing date
   * @param message what the caller is told
   */
  public NotReleasedException(WaveId wave, Optional<Instant> closes, String message) {
    super(message);
    this.wave = requireNonNull(wave, "wave");
    this.closes = requireNonNull(closes, "closes");
  }

  /** The wave asked for. */
  public WaveId wave() {
    return wave;
  }

  /** When the wave closes by itself, if it is open with a closing date. */
  public Optional<Instant> closes() {
    return closes == null ? Optional.empty() : closes;
  }
}
