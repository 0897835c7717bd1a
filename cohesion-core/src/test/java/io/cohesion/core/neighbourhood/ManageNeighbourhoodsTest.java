package io.cohesion.core.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import org.junit.jupiter.api.Test;

class ManageNeighbourhoodsTest {
  private static final NeighbourhoodId HEMPENS = new NeighbourhoodId("zuiderburen");
  private static final NeighbourhoodId BEETS = new NeighbourhoodId("nij-beets");

  private final Fakes.Buildings buildings = new Fakes.Buildings();
  private final ManageNeighbourhoods manage =
      ManageNeighbourhoods.using(new Fakes.Neighbourhoods(), buildings);

  @Test
  void registersAndReadsBack() {
    manage.register(Neighbourhood.of(HEMPENS, "Zuiderburen", "Leeuwarden"));

    assertThat(manage.get(HEMPENS).value().municipality()).isEqualTo("Leeuwarden");
    assertThat(manage.get(HEMPENS).version()).isEqualTo(1);
  }

  @Test
  void anUnknownNeighbourhoodIsNotFound() {
    assertThatThrownBy(() -> manage.get(BEETS))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nij-beets");
  }

  @Test
  void aStaleChangeIsAConflict() {
    Versioned<Neighbourhood> first =
        manage.register(Neighbourhood.of(BEETS, "Nij Beets", "Opsterland"));
    manage.change(first.value().withCbsCode(new CbsCode("GM0086")), first.version());

    assertThatThrownBy(() -> manage.change(first.value(), first.version()))
        .isInstanceOf(ConflictException.class);
    assertThat(manage.get(BEETS).value().cbsCode()).contains(new CbsCode("GM0086"));
  }

  @Test
  void aBuildingNeedsARegisteredNeighbourhood() {
    Building orphan =
        new Building(
            new BuildingId("b1"), BEETS, "Dorpsstraat 1", 1, StakeholderKind.OWNER_OCCUPIERS);

    assertThatThrownBy(() -> manage.registerBuilding(orphan)).isInstanceOf(NotFoundException.class);
    assertThat(buildings.size()).isZero();
  }

  @Test
  void listsOnlyTheBuildingsOfOneNeighbourhood() {
    manage.register(Neighbourhood.of(BEETS, "Nij Beets", "Opsterland"));
    manage.register(Neighbourhood.of(HEMPENS, "Zuiderburen", "Leeuwarden"));
    manage.registerBuilding(
        new Building(
            new BuildingId("b1"), BEETS, "Dorpsstraat 1", 1, StakeholderKind.OWNER_OCCUPIERS));
    manage.registerBuilding(
        new Building(new BuildingId("h1"), HEMPENS, "School", 1, StakeholderKind.SCHOOLS));

    assertThat(manage.buildings(HEMPENS, PageRequest.first()).items())
        .extracting(v -> v.value().id())
        .containsExactly(new BuildingId("h1"));
  }

  @Test
  void readsABuildingBackAndAnUnknownOneIsNotFound() {
    manage.register(Neighbourhood.of(BEETS, "Nij Beets", "Opsterland"));
    manage.registerBuilding(
        new Building(new BuildingId("b1"), BEETS, "Dorpsstraat 1", 4, StakeholderKind.TENANTS));

    Versioned<Building> read = manage.building(new BuildingId("b1"));

    assertThat(read.value().households()).isEqualTo(4);
    assertThat(read.version()).isEqualTo(1);
    assertThatThrownBy(() -> manage.building(new BuildingId("b2")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("building b2 does not exist");
  }

  @Test
  void aBuildingCannotMoveToAnotherNeighbourhood() {
    manage.register(Neighbourhood.of(BEETS, "Nij Beets", "Opsterland"));
    manage.register(Neighbourhood.of(HEMPENS, "Zuiderburen", "Leeuwarden"));
    Versioned<Building> b =
        manage.registerBuilding(
            new Building(new BuildingId("b1"), BEETS, "Dorpsstraat 1", 1, StakeholderKind.TENANTS));
    Building moved =
        new Building(new BuildingId("b1"), HEMPENS, "Dorpsstraat 1", 1, StakeholderKind.TENANTS);

    assertThatThrownBy(() -> manage.changeBuilding(moved, b.version()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("neighbourhood");
    Building bigger =
        new Building(new BuildingId("b1"), BEETS, "Dorpsstraat 1-3", 3, StakeholderKind.TENANTS);
    assertThat(manage.changeBuilding(bigger, b.version()).value().households()).isEqualTo(3);
  }
}
