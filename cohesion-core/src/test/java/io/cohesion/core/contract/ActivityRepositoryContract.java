package io.cohesion.core.contract;

import static io.cohesion.core.contract.DomainFixtures.NIJ_BEETS;
import static io.cohesion.core.contract.DomainFixtures.ZUIDERBUREN;
import static io.cohesion.core.contract.DomainFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.TargetValue;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.activity.ActivityStatus;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActivityRepository} does, and the {@link ActivitySessionRepository} that keeps
 * the sessions of its activities.
 */
public abstract class ActivityRepositoryContract
    extends AggregateRepositoryContract<ActivityId, Activity> {

  @Override
  protected List<Referrer<Activity>> referrers() {
    return List.of(
        new Referrer<>(
            "session",
            a ->
                stores
                    .activitySessions()
                    .add(new ActivitySession(a.id(), LocalDate.of(2026, 4, 1), 12, 3))));
  }

  @Override
  protected ActivityRepository repository() {
    return stores.activities();
  }

  private ActivitySessionRepository sessions() {
    return stores.activitySessions();
  }

  @Override
  protected void storeReferences() {
    storeNeighbourhoods();
  }

  @Override
  protected Page<Versioned<Activity>> list(PageRequest request) {
    return repository().list(NIJ_BEETS, request);
  }

  @Override
  protected ActivityId id(String value) {
    return new ActivityId(value);
  }

  @Override
  protected Activity aggregate(String id) {
    return activity(id, NIJ_BEETS);
  }

  @Override
  protected Activity changed(Activity value, int variant) {
    if (variant % 2 == 1) {
      // The bare minimum: no segments, partners, link or benefit.
      return Activity.planned(
          value.id(),
          value.neighbourhood(),
          value.name() + " " + variant,
          "Nieuw ontwerp " + variant,
          List.of(new TargetValue("greenery", 1.0 / 3)));
    }
    return value.withBenefit("Benefit " + variant).moveTo(ActivityStatus.DONE);
  }

  @Override
  protected Optional<Activity> outsideTheListing(String id) {
    return Optional.of(activity(id, ZUIDERBUREN));
  }

  @Test
  void keepsWeightsExactlyAndTheOrderOfTargetsAndSegments() {
    Activity stored = repository().create(activity("exact", NIJ_BEETS)).value();
    Activity third =
        Activity.planned(
            new ActivityId("third"),
            NIJ_BEETS,
            "Derde",
            "Een derde",
            List.of(new TargetValue("contact", 1.0 / 3), new TargetValue("safety", 1e-300)));
    repository().create(third);

    assertThat(repository().find(stored.id()).orElseThrow().value().segments())
        .isEqualTo(stored.segments());
    assertThat(repository().find(third.id()).orElseThrow().value().targets())
        .containsExactly(new TargetValue("contact", 1.0 / 3), new TargetValue("safety", 1e-300));
  }

  @Test
  void anActivityInAnUnknownNeighbourhoodIsNotFoundAndNotStored() {
    Activity lost = activity("lost", new NeighbourhoodId("atlantis"));

    assertThatThrownBy(() -> repository().create(lost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("atlantis");
    assertThat(repository().find(lost.id())).isEmpty();
  }

  @Test
  void keepsSessionsByDateAndSessionsOfOneDayInTheOrderAdded() {
    repository().create(activity("lanterns", NIJ_BEETS));
    repository().create(activity("soup", NIJ_BEETS));
    ActivityId lanterns = new ActivityId("lanterns");
    ActivitySession late = new ActivitySession(lanterns, LocalDate.of(2024, 10, 5), 30, 4);
    ActivitySession early = new ActivitySession(lanterns, LocalDate.of(2024, 9, 1), 12, 12);
    ActivitySession sameDayFirst = new ActivitySession(lanterns, LocalDate.of(2024, 9, 20), 7, 1);
    ActivitySession sameDaySecond = new ActivitySession(lanterns, LocalDate.of(2024, 9, 20), 0, 0);
    ActivitySession other =
        new ActivitySession(new ActivityId("soup"), LocalDate.of(2024, 9, 2), 5, 5);

    for (ActivitySession s : List.of(late, sameDayFirst, other, early, sameDaySecond)) {
      sessions().add(s);
    }

    assertThat(sessions().sessions(lanterns))
        .containsExactly(early, sameDayFirst, sameDaySecond, late);
    assertThat(sessions().sessions(new ActivityId("soup"))).containsExactly(other);
    assertThat(sessions().sessions(new ActivityId("unknown"))).isEmpty();
  }

  @Test
  void aSessionAddedAgainUnderItsKeyIsStoredOnceAndTheFirstIsReturned() {
    repository().create(activity("lanterns", NIJ_BEETS));
    repository().create(activity("soup", NIJ_BEETS));
    ActivityId lanterns = new ActivityId("lanterns");
    ActivitySession first = new ActivitySession(lanterns, LocalDate.of(2024, 9, 1), 30, 10);
    ActivitySession retyped = new ActivitySession(lanterns, LocalDate.of(2024, 9, 1), 31, 10);
    Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("caller:form-1"));
    ActivitySession soup =
        new ActivitySession(new ActivityId("soup"), LocalDate.of(2024, 9, 2), 5, 5);

    ActivitySession added = sessions().add(first, key);
    ActivitySession again = sessions().add(retyped, key);
    // The same key on another activity is another session.
    ActivitySession elsewhere = sessions().add(soup, key);
    ActivitySession unkeyed = sessions().add(first, Optional.empty());

    assertThat(added).isEqualTo(first);
    assertThat(again).isEqualTo(first);
    assertThat(elsewhere).isEqualTo(soup);
    assertThat(unkeyed).isEqualTo(first);
    assertThat(sessions().sessions(lanterns)).containsExactly(first, first);
    assertThat(sessions().sessions(new ActivityId("soup"))).containsExactly(soup);
  }

  @Test
  void aSessionOfAnUnknownActivityIsNotFoundAndNotStored() {
    ActivitySession ghost =
        new ActivitySession(new ActivityId("ghost"), LocalDate.of(2024, 1, 1), 3, 1);

    assertThatThrownBy(() -> sessions().add(ghost))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    repository().create(activity("ghost", NIJ_BEETS));
    assertThat(sessions().sessions(new ActivityId("ghost"))).isEmpty();
  }
}
