package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.parkedTopic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.ParkedUntil;
import io.cohesion.core.engagement.Phase;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ParkedTopicRepository} does. */
public abstract class ParkedTopicRepositoryContract
    extends AggregateRepositoryContract<ParkedTopicId, ParkedTopic> {

  @Override
  protected ParkedTopicRepository repository() {
    return stores.parkedTopics();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
  }

  @Override
  protected Page<Versioned<ParkedTopic>> list(PageRequest request) {
    return repository().list(NIJ_BEETS, request);
  }

  @Override
  protected ParkedTopicId id(String value) {
    return new ParkedTopicId(value);
  }

  @Override
  protected ParkedTopic aggregate(String id) {
    return parkedTopic(id, NIJ_BEETS);
  }

  @Override
  protected ParkedTopic changed(ParkedTopic value, int variant) {
    if (variant % 2 == 1) {
      ParkedTopic open = ParkedTopic.raise(value.id(), value.neighbourhood(), value.question());
      for (int i = 0; i < variant; i++) {
        open = open.raisedAgain();
      }
      return open;
    }
    return value
        .park(new ParkedUntil.UntilDate(LocalDate.of(2025, 1, variant)), "In januari " + variant)
        .answer("Antwoord " + variant);
  }

  @Override
  protected Optional<ParkedTopic> outsideTheListing(String id) {
    return Optional.of(parkedTopic(id, ZUIDERBUREN));
  }

  @Test
  void keepsATopicInEachOfItsStates() {
    ParkedTopic open = ParkedTopic.raise(new ParkedTopicId("open"), NIJ_BEETS, "Wat kost het?");
    ParkedTopic untilPhase =
        open.park(new ParkedUntil.UntilPhase(Phase.INVOLVED), "Als we verder zijn.");
    ParkedTopic untilDate =
        open.park(new ParkedUntil.UntilDate(LocalDate.of(2025, 2, 28)), "Eind februari.");
    ParkedTopic answeredAfterParking = untilDate.answer("Zo'n 40 euro per maand.");
    ParkedTopic answeredAtOnce = open.answer("Niets.");
    List<ParkedTopic> topics =
        List.of(
            open,
            rename(untilPhase, "phase"),
            rename(untilDate, "date"),
            rename(answeredAfterParking, "answered-late"),
            rename(answeredAtOnce, "answered"));

    topics.forEach(repository()::create);

    for (ParkedTopic topic : topics) {
      assertThat(repository().find(topic.id())).contains(new Versioned<>(topic, 1));
    }
  }

  private static ParkedTopic rename(ParkedTopic t, String id) {
    return new ParkedTopic(
        new ParkedTopicId(id),
        t.neighbourhood(),
        t.question(),
        t.raisedBy(),
        t.status(),
        t.until(),
        t.message(),
        t.answer());
  }

  @Test
  void aTopicInAnUnknownNeighbourhoodIsNotFoundAndNotStored() {
    ParkedTopic lost = parkedTopic("lost", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
  }
}
