package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Which buildings have an active ambassador.
 *
 * @param covered the buildings with at least one active ambassador
 * @param uncovered the other buildings: where to find one next
 */
@API(status = STABLE, since = "0.1.0")
public record Coverage(List<BuildingId> covered, List<BuildingId> uncovered) {
  public Coverage {
    covered = List.copyOf(covered);
    uncovered = List.copyOf(uncovered);
  }

  /**
   * The coverage of {@code buildings} by {@code ambassadors}, in the order of the buildings.
   * Inactive ambassadors and ambassadors of other buildings do not count.
   */
  public static Coverage of(List<Building> buildings, List<Ambassador> ambassadors) {
    Set<BuildingId> active =
        ambassadors.stream()
            .filter(Ambassador::active)
            .map(Ambassador::building)
            .collect(Collectors.toSet());
    List<BuildingId> ids = buildings.stream().map(Building::id).distinct().toList();
    return new Coverage(
        ids.stream().filter(active::contains).toList(),
        ids.stream().filter(id -> !active.contains(id)).toList());
  }

  /** The number of buildings. */
  public int buildings() {
    return covered.size() + uncovered.size();
  }

  /** Buildings with an active ambassador / all buildings; absent when there are no buildings. */
  public OptionalDouble ratio() {
    return buildings() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) covered.size() / buildings());
  }
}
