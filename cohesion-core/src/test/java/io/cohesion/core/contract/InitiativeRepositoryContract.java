package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.initiative.Principle;
import io.cohesion.core.initiative.Team;
import io.cohesion.core.initiative.TeamMember;
import io.cohesion.core.initiative.TeamRole;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link InitiativeRepository} does: initiatives work in stored neighbourhoods. */
public abstract class InitiativeRepositoryContract
    extends AggregateRepositoryContract<InitiativeId, Initiative> {

  @Override
  protected List<Referrer<Initiative>> referrers() {
    return List.of(
        new Referrer<>(
            "consultation",
            i ->
                stores
                    .consultations()
                    .create(DomainFixtures.consultation("mc-" + i.id().value(), i.id()))));
  }

  @Override
  protected InitiativeRepository repository() {
    return stores.initiatives();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
  }

  @Override
  protected Page<Versioned<Initiative>> list(PageRequest request) {
    return repository().list(request);
  }

  @Override
  protected InitiativeId id(String value) {
    return new InitiativeId(value);
  }

  @Override
  protected Initiative aggregate(String id) {
    return initiative(id);
  }

  @Override
  protected Initiative changed(Initiative value, int variant) {
    boolean odd = variant % 2 == 1;
    return new Initiative(
        value.id(),
        value.name() + " " + variant,
        odd ? List.of(NIJ_BEETS) : List.of(NIJ_BEETS, ZUIDERBUREN),
        odd ? Principle.defaults() : List.of(),
        odd ? Team.empty() : Team.of(TeamMember.of("Variant " + variant, TeamRole.CONNECTOR)));
  }

  @Override
  protected Optional<Initiative> outsideTheListing(String id) {
    return Optional.empty();
  }

  @Test
  void keepsTheOrderOfNeighbourhoodsPrinciplesAndMembers() {
    Initiative stored = repository().create(initiative("ordered")).value();

    Initiative found = repository().find(stored.id()).orElseThrow().value();

    assertThat(found.neighbourhoods()).containsExactly(ZUIDERBUREN, NIJ_BEETS);
    assertThat(found.principles())
        .extracting(Principle::code)
        .containsExactly("affordable", "local");
    assertThat(found.team().members())
        .extracting(TeamMember::name)
        .containsExactly("Anneke", "Bauke", "Durk");
    assertThat(found.team().members().get(2).roles())
        .containsExactlyInAnyOrder(TeamRole.ENTREPRENEUR, TeamRole.TECHNICAL, TeamRole.CONNECTOR);
  }

  @Test
  void anInitiativeInAnUnknownNeighbourhoodIsNotFoundAndNothingIsStored() {
    Initiative lost =
        new Initiative(
            new InitiativeId("lost"),
            "Lost",
            List.of(NIJ_BEETS, new NeighbourhoodId("atlantis")),
            List.of(),
            Team.empty());

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
    assertThat(repository().list(PageRequest.first()).totalItems()).isZero();

    Initiative found = Initiative.start(lost.id(), "Found", NIJ_BEETS);
    assertThat(repository().create(found)).isEqualTo(new Versioned<>(found, 1));
  }

  @Test
  void anUpdateToAnUnknownNeighbourhoodIsNotFoundAndChangesNothing() {
    Initiative stored = repository().create(initiative("moving")).value();
    Initiative moved =
        new Initiative(
            stored.id(),
            stored.name(),
            List.of(new NeighbourhoodId("atlantis")),
            stored.principles(),
            stored.team());

    assertThatThrownBy(() -> repository().update(moved, 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(stored.id())).contains(new Versioned<>(stored, 1));
  }

  @Test
  void anUpdateCanMoveAnInitiativeBetweenNeighbourhoods() {
    Initiative stored = repository().create(initiative("moving")).value();
    Initiative moved =
        new Initiative(
            stored.id(), stored.name(), List.of(NIJ_BEETS), stored.principles(), stored.team());

    repository().update(moved, 1);
    Initiative back =
        new Initiative(
            stored.id(),
            stored.name(),
            List.of(NIJ_BEETS, ZUIDERBUREN),
            stored.principles(),
            stored.team());
    repository().update(back, 2);

    assertThat(repository().find(stored.id())).contains(new Versioned<>(back, 3));
  }
}
