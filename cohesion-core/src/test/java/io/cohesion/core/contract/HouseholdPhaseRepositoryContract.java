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
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.privacy.Pseudonym;
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
}
