package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.BLOCK_A;
import static io.cohesion.core.contract.DomainFixtures.BLOCK_B;
import static io.cohesion.core.contract.DomainFixtures.householdPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.MoveReason;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.engagement.PhaseMove;
import io.cohesion.core.engagement.RetainedHousehold;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link HouseholdPhaseRepository} does: households live in stored buildings. */
public abstract class HouseholdPhaseRepositoryContract
    extends AggregateRepositoryContract<Pseudonym, HouseholdPhase> {

  @Override
  protected HouseholdPhaseRepository repository() {
    return stores.householdPhases();
  }

  @Override
  protected void storeReferences() {
    storeBuildings();
  }

  @Override
  protected Page<Versioned<HouseholdPhase>> list(PageRequest request) {
    return repository().list(BLOCK_A, request);
  }

  @Override
  protected Pseudonym id(String value) {
    return new Pseudonym(value);
  }

  @Override
  protected HouseholdPhase aggregate(String id) {
    return householdPhase(id, BLOCK_A);
  }

  @Override
  protected HouseholdPhase changed(HouseholdPhase value, int variant) {
    HouseholdPhase changed = value;
    for (int i = 0; i < variant; i++) {
      Phase to = changed.phase() == Phase.PARTICIPATING ? Phase.CURIOUS : Phase.PARTICIPATING;
      changed =
          changed.with(
              new PhaseMove(
                  Optional.of(changed.phase()),
                  to,
                  changed.lastMoved().plusDays(1),
                  changed.moves().get(changed.moves().size() - 1).recorded().plusDays(2),
                  MoveReason.COORDINATOR,
                  Optional.empty()));
    }
    return changed;
  }

  @Override
  protected Optional<HouseholdPhase> outsideTheListing(String id) {
    return Optional.of(householdPhase(id, BLOCK_B));
  }

  @Test
  void aHouseholdInAnUnknownBuildingIsNotFoundAndNotStored() {
    HouseholdPhase lost = householdPhase("lost", new BuildingId("atlantis-tower"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis-tower");
    assertThat(repository().find(lost.household())).isEmpty();
  }

  @Test
  void keepsEveryMoveOfTheHistoryInOrder() {
    HouseholdPhase household = changed(householdPhase("kh-0001", BLOCK_A), 3);
    repository().create(household);

    HouseholdPhase found = repository().find(household.household()).orElseThrow().value();

    assertThat(found.moves()).containsExactlyElementsOf(household.moves());
    assertThat(found.moves()).hasSize(5);
  }

  @Test
  void survivesARestart() {
    HouseholdPhase household = householdPhase("kh-restart", BLOCK_A);
    Versioned<HouseholdPhase> stored = repository().create(household);
    Versioned<HouseholdPhase> moved = repository().update(changed(household, 1), stored.version());

    stores = stores.reopen();

    assertThat(repository().find(household.household())).contains(moved);
    assertThat(repository().list(BLOCK_A, PageRequest.first()).items()).containsExactly(moved);
  }

  private static RetainedHousehold retainedOf(HouseholdPhase household, String standIn) {
    return RetainedHousehold.of(
            household, new Pseudonym("erased-" + standIn), LocalDate.of(2024, 3, 31))
        .orElseThrow();
  }

  @Test
  void anErasureRemovesTheHouseholdWhateverItsVersionAndKeepsWhatItIsGiven() {
    HouseholdPhase household = householdPhase("kh-erased", BLOCK_A);
    Versioned<HouseholdPhase> stored = repository().create(household);
    repository().update(changed(household, 1), stored.version());
    repository().create(householdPhase("kh-stays", BLOCK_A));
    RetainedHousehold kept = retainedOf(household, "0".repeat(32));

    boolean erased = repository().erase(household.household(), Optional.of(kept));

    assertThat(erased).isTrue();
    assertThat(repository().find(household.household())).isEmpty();
    assertThat(repository().list(BLOCK_A, PageRequest.first()).items())
        .extracting(v -> v.value().household().value())
        .containsExactly("kh-stays");
    assertThat(repository().retained(BLOCK_A)).containsExactly(kept);
    assertThat(repository().retained(BLOCK_B)).isEmpty();
    // What is kept has only the moves recorded by then, each dated when recorded, no reference.
    assertThat(kept.household().moves())
        .hasSize(1)
        .allSatisfy(
            move -> {
              assertThat(move.date()).isEqualTo(move.recorded());
              assertThat(move.reference()).isEmpty();
            });

    stores = stores.reopen();

    assertThat(repository().find(household.household())).isEmpty();
    assertThat(repository().retained(BLOCK_A)).containsExactly(kept);
  }

  @Test
  void anErasureWithNothingToKeepKeepsNothing() {
    HouseholdPhase household = householdPhase("kh-new", BLOCK_B);
    repository().create(household);

    assertThat(repository().erase(household.household(), Optional.empty())).isTrue();
    assertThat(repository().find(household.household())).isEmpty();
    assertThat(repository().retained(BLOCK_B)).isEmpty();
  }

  @Test
  void erasingAnUnknownHouseholdStoresNothing() {
    HouseholdPhase ghost = householdPhase("kh-ghost", BLOCK_A);

    boolean erased =
        repository().erase(ghost.household(), Optional.of(retainedOf(ghost, "1".repeat(32))));

    assertThat(erased).isFalse();
    assertThat(repository().retained(BLOCK_A)).isEmpty();
  }

  @Test
  void retainedHouseholdsAreListedByStandInAndGoWithTheirBuilding() {
    HouseholdPhase first = householdPhase("kh-1", BLOCK_B);
    HouseholdPhase second = householdPhase("kh-2", BLOCK_B);
    repository().create(first);
    repository().create(second);
    RetainedHousehold later = retainedOf(first, "f".repeat(32));
    RetainedHousehold earlier = retainedOf(second, "a".repeat(32));
    repository().erase(first.household(), Optional.of(later));
    repository().erase(second.household(), Optional.of(earlier));

    assertThat(repository().retained(BLOCK_B)).containsExactly(earlier, later);

    Versioned<Building> building = stores.buildings().find(BLOCK_B).orElseThrow();
    stores.buildings().delete(BLOCK_B, building.version());

    assertThat(repository().retained(BLOCK_B)).isEmpty();
  }
}
