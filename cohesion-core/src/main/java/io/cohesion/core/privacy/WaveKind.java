package io.cohesion.core.privacy;

import java.util.Locale;

/** What a wave is: a wish map or a measurement, the two things residents answer. */
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
