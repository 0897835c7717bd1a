package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");

  private static Building building(String id) {
    return new Building(new BuildingId(id), WG, "Block " + id, 20, StakeholderKind.TENANTS);
  }

  private static Ambassador ambassador(String id, String building, boolean active) {
    return new Ambassador(new AmbassadorId(id), new BuildingId(building), "Contact " + id, active);
  }

  @Test
  void countsBuildingsWithAnActiveAmbassador() {
    Coverage coverage =
        Coverage.of(
            List.of(building("a"), building("b"), building("c"), building("d")),
            List.of(
                ambassador("x", "a", true),
                ambassador("y", "a", true),
                ambassador("z", "b", false),
                ambassador("w", "elsewhere", true)));

    assertThat(coverage.covered()).containsExactly(new BuildingId("a"));
    assertThat(coverage.uncovered())
        .containsExactly(new BuildingId("b"), new BuildingId("c"), new BuildingId("d"));
    assertThat(coverage.ratio().getAsDouble()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void weighsUncoveredBuildingsByTheirHouseholds() {
    Building tower =
        new Building(new BuildingId("tower"), WG, "Tower", 96, StakeholderKind.TENANTS);
    Building house =
        new Building(new BuildingId("house"), WG, "House", 1, StakeholderKind.OWNER_OCCUPIERS);
    Building flats = new Building(new BuildingId("flats"), WG, "Flats", 3, StakeholderKind.TENANTS);

    Coverage coverage =
        Coverage.of(List.of(tower, house, flats), List.of(ambassador("x", "house", true)));

    assertThat(coverage.ratio().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(coverage.coveredHouseholds()).isEqualTo(1);
    assertThat(coverage.uncoveredHouseholds()).isEqualTo(99);
    assertThat(coverage.households()).isEqualTo(100);
    assertThat(coverage.householdRatio().getAsDouble()).isCloseTo(0.01, within(1e-12));
  }

  @Test
  void noBuildingsNoRatio() {
    assertThat(Coverage.of(List.of(), List.of(ambassador("x", "a", true))).householdRatio())
        .isEmpty();
    assertThat(Coverage.of(List.of(), List.of(ambassador("x", "a", true))).ratio()).isEmpty();
  }

  @Test
  void fullCoverageIsOne() {
    assertThat(
            Coverage.of(List.of(building("a")), List.of(ambassador("x", "a", true)))
                .ratio()
                .getAsDouble())
        .isEqualTo(1.0);
  }
}
