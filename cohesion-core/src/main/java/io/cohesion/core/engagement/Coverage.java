package io.cohesion.core.engagement;

import static org.apiguardian.api.API.Status.STABLE;

import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Which buildings have an active ambassador, counted in buildings and in households: an uncovered
 * tower of 96 households weighs 96 times as much as an uncovered house.
 *
 * @param covered the buildings with at least one active ambassador
 * @param uncovered the other buildings: where to find one next
 * @param coveredHouseholds the households living in the covered buildings
 * @param uncoveredHouseholds the households living in the uncovered buildings
 */
@API(status = STABLE, since = "0.1.0")
public record Coverage(
    List<BuildingId> covered,
    List<BuildingId> uncovered,
    int coveredHouseholds,
    int uncoveredHouseholds) {
  public Coverage {
    covered = List.copyOf(covered);
    uncovered = List.copyOf(uncovered);
    if (coveredHouseholds < 0 || uncoveredHouseholds < 0) {
      throw new IllegalArgumentException(
          "household counts cannot be negative, got "
              + coveredHouseholds
              + " and "
              + uncoveredHouseholds);
    }
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
    Map<BuildingId, Integer> households = new LinkedHashMap<>();
    buildings.forEach(b -> households.putIfAbsent(b.id(), b.households()));
    List<BuildingId> ids = List.copyOf(households.keySet());
    List<BuildingId> covered = ids.stream().filter(active::contains).toList();
    List<BuildingId> uncovered = ids.stream().filter(id -> !active.contains(id)).toList();
    return new Coverage(
        covered,
        uncovered,
        covered.stream().mapToInt(households::get).sum(),
        uncovered.stream().mapToInt(households::get).sum());
  }

  /** The number of buildings. */
  public int buildings() {
    return covered.size() + uncovered.size();
  }

  /** The number of households in all the buildings. */
  public int households() {
    return coveredHouseholds + uncoveredHouseholds;
  }

  /**
   * Households in buildings with an active ambassador / all households; absent when there are no
   * buildings.
   */
  public OptionalDouble householdRatio() {
    return households() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) coveredHouseholds / households());
  }

  /** Buildings with an active ambassador / all buildings; absent when there are no buildings. */
  public OptionalDouble ratio() {
    return buildings() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) covered.size() / buildings());
  }
}
