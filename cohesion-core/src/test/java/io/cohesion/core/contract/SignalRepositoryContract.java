package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.BLOCK_A;
import static io.cohesion.core.contract.DomainFixtures.BLOCK_B;
import static io.cohesion.core.contract.DomainFixtures.FENNA;
import static io.cohesion.core.contract.DomainFixtures.SJOERD;
import static io.cohesion.core.contract.DomainFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.FollowUp;
import io.cohesion.core.engagement.FollowUpStatus;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.engagement.SignalTheme;
import io.cohesion.core.neighbourhood.BuildingId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link SignalRepository} does. */
public abstract class SignalRepositoryContract
    extends AggregateRepositoryContract<SignalId, Signal> {

  @Override
  protected SignalRepository repository() {
    return stores.signals();
  }

  @Override
  protected void storeReferences() {
    storeAmbassadors();
  }

  @Override
  protected Page<Versioned<Signal>> list(PageRequest request) {
    return repository().list(BLOCK_A, request);
  }

  @Override
  protected SignalId id(String value) {
    return new SignalId(value);
  }

  @Override
  protected Signal aggregate(String id) {
    return signal(id, BLOCK_A, FENNA);
  }

  @Override
  protected Signal changed(Signal value, int variant) {
    return new Signal(
        value.id(),
        value.building(),
        value.recordedBy(),
        value.date().minusDays(variant),
        "Gehoord " + variant,
        SignalTheme.values()[variant % SignalTheme.values().length],
        new FollowUp(
            FollowUpStatus.values()[variant % FollowUpStatus.values().length],
            variant % 2 == 0 ? FollowUp.COORDINATOR : value.recordedBy().value(),
            value.recorded().plusDays(variant)),
        value.recorded().plusDays(variant));
  }

  @Override
  protected Optional<Signal> outsideTheListing(String id) {
    return Optional.of(signal(id, BLOCK_B, SJOERD));
  }

  @Test
  void aSignalInAnUnknownBuildingIsNotFoundAndNotStored() {
    Signal lost = signal("lost", new BuildingId("atlantis-tower"), FENNA);

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis-tower");
    assertThat(repository().find(lost.id())).isEmpty();
  }

  @Test
  void aSignalOfAnUnknownAmbassadorIsNotFoundAndNotStored() {
    Signal lost = signal("lost", BLOCK_A, new AmbassadorId("nobody"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nobody");
    assertThat(repository().find(lost.id())).isEmpty();
    assertThat(repository().list(BLOCK_A, PageRequest.first()).items()).isEmpty();
  }
}
