package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.BLOCK_A;
import static io.cohesion.core.contract.DomainFixtures.BLOCK_B;
import static io.cohesion.core.contract.DomainFixtures.ambassador;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AmbassadorRepository} does. */
public abstract class AmbassadorRepositoryContract
    extends AggregateRepositoryContract<AmbassadorId, Ambassador> {

  @Override
  protected List<Referrer<Ambassador>> referrers() {
    return List.of(
        new Referrer<>(
            "signal",
            a ->
                stores
                    .signals()
                    .create(DomainFixtures.signal("s-" + a.id().value(), a.building(), a.id()))));
  }

  @Override
  protected AmbassadorRepository repository() {
    return stores.ambassadors();
  }

  @Override
  protected void storeReferences() {
    storeBuildings();
  }

  @Override
  protected Page<Versioned<Ambassador>> list(PageRequest request) {
    return repository().list(BLOCK_A, request);
  }

  @Override
  protected AmbassadorId id(String value) {
    return new AmbassadorId(value);
  }

  @Override
  protected Ambassador aggregate(String id) {
    return ambassador(id, BLOCK_A);
  }

  @Override
  protected Ambassador changed(Ambassador value, int variant) {
    return new Ambassador(value.id(), value.building(), "Naam " + variant, variant % 2 == 0);
  }

  @Override
  protected Optional<Ambassador> outsideTheListing(String id) {
    return Optional.of(ambassador(id, BLOCK_B));
  }

  @Test
  void keepsWhetherAnAmbassadorIsActive() {
    Ambassador resting = ambassador("resting", BLOCK_A).withActive(false);

    repository().create(resting);

    assertThat(repository().find(resting.id()).orElseThrow().value().active()).isFalse();
    repository().update(resting.withActive(true), 1);
    assertThat(repository().find(resting.id()).orElseThrow().value().active()).isTrue();
  }

  @Test
  void anAmbassadorOfAnUnknownBuildingIsNotFoundAndNotStored() {
    Ambassador lost = ambassador("lost", new BuildingId("atlantis-tower"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis-tower");
    assertThat(repository().find(lost.id())).isEmpty();
  }
}
