package io.cohesion.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cohesion.core.ConflictException;
import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.ResponseRange;
import io.cohesion.core.ValidationException;
import io.cohesion.core.Versioned;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.core.testing.InMemoryStore;
import io.cohesion.core.wishmap.ValueCatalogue;
import io.cohesion.core.wishmap.WishMap;
import io.cohesion.core.wishmap.WishMapId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanActivityTest {

  static final class Activities extends InMemoryStore<ActivityId, Activity>
      implements ActivityRepository {
    Activities() {
      super("activity", Activity::id);
    }

    @Override
    public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(a -> a.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final List<ActivitySession> stored = new ArrayList<>();
  private final ActivitySessionRepository sessions =
      new ActivitySessionRepository() {
        @Override
        public ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key) {
          stored.add(session);
          return session;
        }

        @Override
        public List<ActivitySession> sessions(ActivityId activity) {
          return stored.stream().filter(s -> s.activity().equals(activity)).toList();
        }
      };
  private final PlanActivity plan = PlanActivity.using(new Activities(), sessions);
  private final WishMap map =
      ValueCatalogue.defaults()
          .wishMap(
              new WishMapId("nij-beets"), List.of("youth", "contact"), new ResponseRange(1, 5));

  @Test
  void plansAnActivityThatFitsTheWishMap() {
    assertThat(plan.plan(ActivityTest.torch(), map).version()).isEqualTo(1);
    assertThat(plan.list(ActivityTest.BEETS, PageRequest.first()).items()).hasSize(1);
  }

  @Test
  void refusesAnActivityAimingAtAValueTheWishMapDoesNotAsk() {
    WishMap other =
        ValueCatalogue.defaults()
            .wishMap(new WishMapId("other"), List.of("youth", "fun"), new ResponseRange(1, 5));

    assertThatThrownBy(() -> plan.plan(ActivityTest.torch(), other))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("targets[1].code");
  }

  @Test
  void refusesToPlanAnActivityThatAlreadyRuns() {
    assertThatThrownBy(() -> plan.plan(ActivityTest.torch().moveTo(ActivityStatus.RUNNING), map))
        .hasMessageContaining("PLANNED");
  }

  @Test
  void recordsSessionsOnlyOnceTheActivityRuns() {
    Versioned<Activity> v1 = plan.plan(ActivityTest.torch(), map);
    ActivitySession session =
        new ActivitySession(v1.value().id(), LocalDate.of(2024, 8, 14), 60, 35);

    assertThatThrownBy(() -> plan.recordSession(session)).hasMessageContaining("RUNNING first");
    plan.moveTo(v1.value().id(), ActivityStatus.RUNNING, v1.version());
    plan.recordSession(session);

    assertThat(plan.attendance(v1.value().id()).total()).isEqualTo(60);
  }

  @Test
  void aSessionOfAnUnknownActivityIsNotFound() {
    assertThatThrownBy(
            () ->
                plan.recordSession(
                    new ActivitySession(new ActivityId("nope"), LocalDate.of(2024, 1, 1), 1, 1)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aStaleMoveIsAConflict() {
    Versioned<Activity> v1 = plan.plan(ActivityTest.torch(), map);
    plan.moveTo(v1.value().id(), ActivityStatus.RUNNING, v1.version());

    assertThatThrownBy(() -> plan.moveTo(v1.value().id(), ActivityStatus.DONE, v1.version()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void redesignsOnlyWhilePlanned() {
    Versioned<Activity> v1 = plan.plan(ActivityTest.torch(), map);
    Versioned<Activity> v2 = plan.redesign(v1.value().withBenefit("Free ice cream"), v1.version());
    Versioned<Activity> v3 = plan.moveTo(v1.value().id(), ActivityStatus.RUNNING, v2.version());

    assertThat(v2.value().benefit()).contains("Free ice cream");
    assertThatThrownBy(() -> plan.redesign(v3.value().withBenefit("More"), v3.version()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("RUNNING");
  }
}
