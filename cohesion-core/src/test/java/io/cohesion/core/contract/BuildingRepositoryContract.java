package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.building;
import static io.cohesion.core.contract.DomainFixtures.neighbourhood;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.StakeholderKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link BuildingRepository} does: buildings lie in stored neighbourhoods. */
public abstract class BuildingRepositoryContract
    extends AggregateRepositoryContract<BuildingId, Building> {

  @Override
  protected List<Referrer<Building>> referrers() {
    return List.of(
        new Referrer<>(
            "ambassador",
            b ->
                stores
                    .ambassadors()
                    .create(DomainFixtures.ambassador("a-" + b.id().value(), b.id()))),
        new Referrer<>(
            "signal",
            b -> {
              // The ambassador who heard it lives in another building.
              BuildingId home = new BuildingId("home-" + b.id().value());
              stores.buildings().create(DomainFixtures.building(home.value(), NIJ_BEETS));
              AmbassadorId heard = new AmbassadorId("s-" + b.id().value());
              stores.ambassadors().create(DomainFixtures.ambassador(heard.value(), home));
              stores.signals().create(DomainFixtures.signal("s-" + b.id().value(), b.id(), heard));
            }),
        new Referrer<>(
            "benefit statement",
            b ->
                stores
                    .benefitStatements()
                    .create(DomainFixtures.benefitStatement("bs-" + b.id().value(), b.id()))),
        new Referrer<>(
            "household",
            b ->
                stores
                    .householdPhases()
                    .create(DomainFixtures.householdPhase("hh-" + b.id().value(), b.id()))));
  }

  @Override
  protected BuildingRepository repository() {
    return stores.buildings();
  }

  @Override
  protected void storeReferences() {
    stores.neighbourhoods().create(neighbourhood(NIJ_BEETS.value()));
    stores.neighbourhoods().create(neighbourhood(ZUIDERBUREN.value()));
  }

  @Override
  protected Page<Versioned<Building>> list(PageRequest request) {
    return repository().list(NIJ_BEETS, request);
  }

  @Override
  protected BuildingId id(String value) {
    return new BuildingId(value);
  }

  @Override
  protected Building aggregate(String id) {
    return building(id, NIJ_BEETS);
  }

  @Override
  protected Building changed(Building value, int variant) {
    StakeholderKind[] kinds = StakeholderKind.values();
    return new Building(
        value.id(),
        value.neighbourhood(),
        "Dorpsstraat " + variant,
        value.households() + variant,
        kinds[variant % kinds.length]);
  }

  @Override
  protected Optional<Building> outsideTheListing(String id) {
    return Optional.of(building(id, ZUIDERBUREN));
  }

  @Test
  void keepsEveryKindOfStakeholder() {
    for (StakeholderKind kind : StakeholderKind.values()) {
      Building b = new Building(new BuildingId("b-" + kind.ordinal()), NIJ_BEETS, "Blok", 1, kind);
      repository().create(b);

      assertThat(repository().find(b.id()).orElseThrow().value()).isEqualTo(b);
    }
  }

  @Test
  void aBuildingInAnUnknownNeighbourhoodIsNotFoundAndNotStored() {
    Building lost = building("lost", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
    assertThat(repository().list(new NeighbourhoodId("atlantis"), PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void movingABuildingToAnUnknownNeighbourhoodIsNotFoundAndChangesNothing() {
    Building stored = repository().create(building("moving", NIJ_BEETS)).value();
    Building moved = building("moving", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().update(moved, 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(stored.id())).contains(new Versioned<>(stored, 1));
  }

  @Test
  void aBuildingMovedToAnotherNeighbourhoodIsListedThere() {
    repository().create(building("moving", NIJ_BEETS));

    repository().update(building("moving", ZUIDERBUREN), 1);

    assertThat(repository().list(NIJ_BEETS, PageRequest.first()).items()).isEmpty();
    assertThat(repository().list(ZUIDERBUREN, PageRequest.first()).items())
        .extracting(v -> v.value().id().value())
        .containsExactly("moving");
  }
}
