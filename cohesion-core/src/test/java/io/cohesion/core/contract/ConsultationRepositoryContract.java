package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.consultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationRepository;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.MarketConsultation;
import io.cohesion.core.initiative.Principle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ConsultationRepository} does: consultations belong to stored initiatives. */
public abstract class ConsultationRepositoryContract
    extends AggregateRepositoryContract<ConsultationId, Consultation> {
  private static final InitiativeId HELD_BY = new InitiativeId("ketelhuis");
  private static final InitiativeId OTHER = new InitiativeId("nij-beets-zon");

  @Override
  protected ConsultationRepository repository() {
    return stores.consultations();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
    stores.initiatives().create(DomainFixtures.initiative(HELD_BY.value()));
    stores.initiatives().create(DomainFixtures.initiative(OTHER.value()));
  }

  @Override
  protected Page<Versioned<Consultation>> list(PageRequest request) {
    return repository().list(HELD_BY, request);
  }

  @Override
  protected ConsultationId id(String value) {
    return new ConsultationId(value);
  }

  @Override
  protected Consultation aggregate(String id) {
    return consultation(id, HELD_BY);
  }

  @Override
  protected Consultation changed(Consultation value, int variant) {
    MarketConsultation c = value.consultation();
    return new Consultation(
        value.id(),
        value.initiative(),
        value.held().plusDays(variant),
        variant % 2 == 1 ? Principle.defaults() : List.of(),
        new MarketConsultation(
            c.options(), 1 + variant % c.options().size(), c.votes().subList(0, 1)));
  }

  @Override
  protected Optional<Consultation> outsideTheListing(String id) {
    return Optional.of(consultation(id, OTHER));
  }

  @Test
  void aConsultationOfAnUnknownInitiativeIsNotFoundAndNotStored() {
    Consultation lost = consultation("lost", new InitiativeId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
  }

  @Test
  void keepsOptionsVerdictsAndVotesSoTheOutcomeIsTheSame() {
    Consultation held = consultation("mc-1", HELD_BY);
    repository().create(held);

    Consultation found = repository().find(held.id()).orElseThrow().value();

    assertThat(found).isEqualTo(held);
    assertThat(found.outcome()).isEqualTo(held.outcome());
  }

  @Test
  void survivesARestart() {
    Versioned<Consultation> stored = repository().create(consultation("mc-restart", HELD_BY));

    stores = stores.reopen();

    assertThat(repository().find(stored.value().id())).contains(stored);
  }
}
