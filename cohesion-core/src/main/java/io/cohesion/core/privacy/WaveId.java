package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.Identifiers;
import org.apiguardian.api.API;

/**
 * The id of a wave: a wish map or a measurement, the unit whose release disclosure control governs
 * (see docs/api.md#open-and-closed-waves).
 *
 * @param kind whether it is a wish map or a measurement
 * @param id the wish map's or measurement's id
 */
@API(status = STABLE, since = "0.1.0")
public record WaveId(WaveKind kind, String id) {
  public WaveId {
    requireNonNull(kind, "kind");
    Identifiers.check(kind.label() + " id", id);
  }

  /** The wave of the wish map with id {@code id}. */
  public static WaveId wishMap(String id) {
    return new WaveId(WaveKind.WISH_MAP, id);
  }

  /** The wave of the measurement with id {@code id}. */
  public static WaveId measurement(String id) {
    return new WaveId(WaveKind.MEASUREMENT, id);
  }

  /** For example {@code wish map nij-beets-2024}. */
  @Override
  public String toString() {
    return kind.label() + " " + id;
  }
}
