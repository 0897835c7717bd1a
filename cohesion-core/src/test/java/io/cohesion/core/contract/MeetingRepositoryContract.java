package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingKind;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MeetingRepository} does. */
public abstract class MeetingRepositoryContract
    extends AggregateRepositoryContract<MeetingId, Meeting> {

  @Override
  protected MeetingRepository repository() {
    return stores.meetings();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
  }

  @Override
  protected Page<Versioned<Meeting>> list(PageRequest request) {
    return repository().list(NIJ_BEETS, request);
  }

  @Override
  protected MeetingId id(String value) {
    return new MeetingId(value);
  }

  @Override
  protected Meeting aggregate(String id) {
    return meeting(id, NIJ_BEETS);
  }

  @Override
  protected Meeting changed(Meeting value, int variant) {
    MeetingKind[] kinds = MeetingKind.values();
    return new Meeting(
        value.id(),
        value.neighbourhood(),
        kinds[variant % kinds.length],
        "Bijeenkomst " + variant,
        value.date().plusDays(variant),
        value.attendance() + 50 * variant);
  }

  @Override
  protected Optional<Meeting> outsideTheListing(String id) {
    return Optional.of(meeting(id, ZUIDERBUREN));
  }

  @Test
  void keepsEveryKindOfMeeting() {
    for (MeetingKind kind : MeetingKind.values()) {
      Meeting m =
          new Meeting(
              new MeetingId("m-" + kind.ordinal()),
              NIJ_BEETS,
              kind,
              "T",
              LocalDate.of(2024, 1, 1),
              0);
      repository().create(m);

      assertThat(repository().find(m.id()).orElseThrow().value()).isEqualTo(m);
    }
  }

  @Test
  void aMeetingInAnUnknownNeighbourhoodIsNotFoundAndNotStored() {
    Meeting lost = meeting("lost", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
  }
}
