package io.cohesion.core.privacy;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** What a wave is: a wish map or a measurement, the two things residents answer. */
@API(status = STABLE, since = "0.1.0")
public enum WaveKind {
  /** A wish map (wensenkaart). */
  WISH_MAP("wish map"),
  /** A measurement: one wave of a scale in a neighbourhood. */
  MEASUREMENT("measurement");

  private final String label;

  WaveKind(String label) {
    this.label = label;
  }

  /** The kind in words, for messages: {@code wish map}, {@code measurement}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
