package io.cohesion.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.AmbassadorAccess.Standing;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import io.cohesion.core.testing.PortFakes;
import org.junit.jupiter.api.Test;

class AmbassadorAccessTest {
  static final NeighbourhoodId WG = new NeighbourhoodId("wg-terrein");
  static final NeighbourhoodId BEETS = new NeighbourhoodId("nij-beets");
  static final BuildingId A = new BuildingId("a");
  static final BuildingId B = new BuildingId("b");

  final PortFakes.Ambassadors ambassadors = new PortFakes.Ambassadors();
  final PortFakes.Buildings buildings = new PortFakes.Buildings();
  final AmbassadorAccess access = AmbassadorAccess.using(ambassadors, buildings);

  AmbassadorAccessTest() {
    buildings.create(new Building(A, WG, "Block A", 24, StakeholderKind.OWNER_ASSOCIATION));
    buildings.create(new Building(B, BEETS, "Block B", 12, StakeholderKind.TENANTS));
  }

  Ambassador appoint(String id, BuildingId building, boolean active) {
    return ambassadors.create(new Ambassador(new AmbassadorId(id), building, "X", active)).value();
  }

  @Test
  void anActiveAmbassadorStandsAsThemselves() {
    Ambassador x = appoint("x", A, true);

    assertThat(access.standing(x.id())).isEqualTo(new Standing.Active(x));
  }

  @Test
  void aRetiredAmbassadorIsRetired() {
    Versioned<Ambassador> x =
        ambassadors.create(new Ambassador(new AmbassadorId("x"), A, "X", true));
    Ambassador retired = ambassadors.update(x.value().withActive(false), x.version()).value();

    assertThat(access.standing(retired.id())).isEqualTo(new Standing.Retired(retired));
  }

  @Test
  void anUnknownAmbassadorIsUnknown() {
    assertThat(access.standing(new AmbassadorId("nobody")))
        .isEqualTo(new Standing.Unknown(new AmbassadorId("nobody")));
  }

  @Test
  void anAmbassadorActsForTheirOwnBuildingOnly() {
    Ambassador x = appoint("x", A, true);

    assertThat(access.mayActFor(x, A)).isTrue();
    assertThat(access.mayActFor(x, B)).isFalse();
  }

  @Test
  void anAmbassadorActsInTheNeighbourhoodOfTheirBuildingOnly() {
    Ambassador x = appoint("x", A, true);

    assertThat(access.neighbourhood(x)).contains(WG);
    assertThat(access.mayActIn(x, WG)).isTrue();
    assertThat(access.mayActIn(x, BEETS)).isFalse();
  }

  @Test
  void aRetiredAmbassadorActsNowhere() {
    Ambassador retired = appoint("x", A, false);

    assertThat(access.mayActFor(retired, A)).isFalse();
    assertThat(access.mayActIn(retired, WG)).isFalse();
  }

  @Test
  void anAmbassadorOfAnUnregisteredBuildingActsInNoNeighbourhood() {
    Ambassador x = appoint("x", new BuildingId("gone"), true);

    assertThat(access.neighbourhood(x)).isEmpty();
    assertThat(access.mayActIn(x, WG)).isFalse();
    assertThat(access.mayActFor(x, new BuildingId("gone"))).isTrue();
  }
}
