package io.cohesion.core.privacy;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How the invitation codes of one building answered a wave, every batch of the building together:
 * released, with its counts, or suppressed, with nothing but its key
 * (docs/privacy.md#invitation-tracking).
 *
 * @param building the building; empty for the codes of batches issued for no registered building
 * @param issued the codes issued for it; empty when suppressed
 * @param used how many of them answered the wave; empty when suppressed
 * @param unused how many did not; empty when suppressed
 * @param responseRate {@code used / issued}; empty when suppressed
 * @param suppressed whether the counts are held back
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record BuildingUse(
    Optional<BuildingId> building,
    OptionalInt issued,
    OptionalInt used,
    OptionalInt unused,
    OptionalDouble responseRate,
    boolean suppressed) {
  public BuildingUse {
    requireNonNull(building, "building");
    requireNonNull(issued, "issued");
    requireNonNull(used, "used");
    requireNonNull(unused, "unused");
    requireNonNull(responseRate, "responseRate");
    boolean counted =
        issued.isPresent() && used.isPresent() && unused.isPresent() && responseRate.isPresent();
    boolean blank =
        issued.isEmpty() && used.isEmpty() && unused.isEmpty() && responseRate.isEmpty();
    if (suppressed ? !blank : !counted) {
      throw new IllegalArgumentException(
          "a building's use has every count, or none when it is suppressed");
    }
  }

  /** The released counts of {@code used} out of {@code issued} codes. */
  public static BuildingUse released(Optional<BuildingId> building, int issued, int used) {
    if (issued < 1 || used < 0 || used > issued) {
      throw new IllegalArgumentException(
          "a building's use has issued >= 1 and 0 <= used <= issued, got "
              + used
              + " of "
              + issued);
    }
    return new BuildingUse(
        building,
        OptionalInt.of(issued),
        OptionalInt.of(used),
        OptionalInt.of(issued - used),
        OptionalDouble.of((double) used / issued),
        false);
  }

  /** A building whose counts are held back. */
  public static BuildingUse suppressed(Optional<BuildingId> building) {
    return new BuildingUse(
        building,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        true);
  }
}
