package io.cohesion.core.trust;

import static java.util.Objects.requireNonNull;

import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;

/**
 * One wave of one scale in one neighbourhood, for example trust before an activity. Its responses
 * are kept apart ({@link MeasurementResponse}) because a wave can hold many.
 *
 * @param id the measurement id
 * @param scale the scale the wave uses
 * @param neighbourhood where the wave was held
 * @param wave a short label such as {@code before} or {@code after}
 * @param opened the first day of the wave
 */
public record Measurement(
    MeasurementId id, ScaleId scale, NeighbourhoodId neighbourhood, String wave, LocalDate opened) {
  public Measurement {
    requireNonNull(id, "id");
    requireNonNull(scale, "scale of measurement " + id);
    requireNonNull(neighbourhood, "neighbourhood of measurement " + id);
    requireNonNull(wave, "wave of measurement " + id);
    if (wave.isBlank() || wave.length() > 100) {
      throw new IllegalArgumentException(
          "wave label of measurement " + id + " must be 1-100 characters, got '" + wave + "'");
    }
    requireNonNull(opened, "opening date of measurement " + id);
  }
}
