package io.cohesion.persistence.memory;

import io.cohesion.core.NotFoundException;
import io.cohesion.core.Page;
import io.cohesion.core.PageRequest;
import io.cohesion.core.Versioned;
import io.cohesion.core.activity.Activity;
import io.cohesion.core.activity.ActivityId;
import io.cohesion.core.activity.ActivityRepository;
import io.cohesion.core.activity.ActivitySession;
import io.cohesion.core.activity.ActivitySessionRepository;
import io.cohesion.core.engagement.Ambassador;
import io.cohesion.core.engagement.AmbassadorId;
import io.cohesion.core.engagement.AmbassadorRepository;
import io.cohesion.core.engagement.BenefitStatement;
import io.cohesion.core.engagement.BenefitStatementId;
import io.cohesion.core.engagement.BenefitStatementRepository;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.Initiative;
import io.cohesion.core.initiative.InitiativeId;
import io.cohesion.core.initiative.InitiativeRepository;
import io.cohesion.core.neighbourhood.Building;
import io.cohesion.core.neighbourhood.BuildingId;
import io.cohesion.core.neighbourhood.BuildingRepository;
import io.cohesion.core.neighbourhood.Neighbourhood;
import io.cohesion.core.neighbourhood.NeighbourhoodId;
import io.cohesion.core.neighbourhood.NeighbourhoodRepository;
import io.cohesion.core.privacy.IdempotencyKey;
import io.cohesion.persistence.memory.MemoryTable.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The repositories of the method's aggregates (neighbourhoods, initiatives, activities and the
 * engagement records) in memory, under the lock of the store they belong to.
 */
final class MemoryAggregates {
  private final MemoryTable<Neighbourhood> neighbourhoodTable;
  private final MemoryTable<Building> buildingTable;
  private final MemoryTable<Initiative> initiativeTable;
  private final MemoryTable<Activity> activityTable;
  private final MemoryTable<Meeting> meetingTable;
  private final MemoryTable<Ambassador> ambassadorTable;
  private final MemoryTable<Signal> signalTable;
  private final MemoryTable<ParkedTopic> topicTable;
  private final MemoryTable<BenefitStatement> statementTable;
  private final MemoryTable<Result> resultTable;
  private final Object lock;
  private final List<ActivitySession> sessionRows = new ArrayList<>();

  /** The sessions added under an idempotency key, by activity id and key. */
  private final Map<List<String>, ActivitySession> sessionKeys = new HashMap<>();

  final NeighbourhoodRepository neighbourhoods = new Neighbourhoods();
  final BuildingRepository buildings = new Buildings();
  final InitiativeRepository initiatives = new Initiatives();
  final ActivityRepository activities = new Activities();
  final ActivitySessionRepository activitySessions = new Sessions();
  final MeetingRepository meetings = new Meetings();
  final AmbassadorRepository ambassadors = new Ambassadors();
  final SignalRepository signals = new Signals();
  final ParkedTopicRepository parkedTopics = new ParkedTopics();
  final BenefitStatementRepository benefitStatements = new BenefitStatements();
  final ResultRepository results = new Results();

  MemoryAggregates(Object lock) {
    this.lock = lock;
    neighbourhoodTable = new MemoryTable<>(lock, "neighbourhood", n -> n.id().value(), List.of());
    buildingTable =
        new MemoryTable<>(
            lock,
            "building",
            b -> b.id().value(),
            List.of(
                Reference.one(
                    "neighbourhood", neighbourhoodTable, b -> b.neighbourhood().value())));
    initiativeTable =
        new MemoryTable<>(
            lock,
            "initiative",
            i -> i.id().value(),
            List.of(
                new Reference<>(
                    "neighbourhood",
                    neighbourhoodTable,
                    i -> i.neighbourhoods().stream().map(NeighbourhoodId::value).toList())));
    activityTable =
        new MemoryTable<>(
            lock,
            "activity",
            a -> a.id().value(),
            List.of(inNeighbourhood(Activity::neighbourhood)));
    meetingTable =
        new MemoryTable<>(
            lock, "meeting", m -> m.id().value(), List.of(inNeighbourhood(Meeting::neighbourhood)));
    ambassadorTable =
        new MemoryTable<>(
            lock, "ambassador", a -> a.id().value(), List.of(inBuilding(Ambassador::building)));
    signalTable =
        new MemoryTable<>(
            lock,
            "signal",
            s -> s.id().value(),
            List.of(
                inBuilding(Signal::building),
                Reference.one("ambassador", ambassadorTable, s -> s.recordedBy().value())));
    topicTable =
        new MemoryTable<>(
            lock,
            "parked topic",
            t -> t.id().value(),
            List.of(inNeighbourhood(ParkedTopic::neighbourhood)));
    statementTable =
        new MemoryTable<>(
            lock,
            "benefit statement",
            s -> s.id().value(),
            List.of(this.<BenefitStatement>inBuilding(s -> s.subject().building())));
    resultTable =
        new MemoryTable<>(
            lock, "result", r -> r.id().value(), List.of(inNeighbourhood(Result::neighbourhood)));
  }

  private <T> Reference<T> inNeighbourhood(Function<T, NeighbourhoodId> id) {
    return Reference.one("neighbourhood", neighbourhoodTable, t -> id.apply(t).value());
  }

  private <T> Reference<T> inBuilding(Function<T, BuildingId> id) {
    return Reference.one("building", buildingTable, t -> id.apply(t).value());
  }

  private final class Neighbourhoods implements NeighbourhoodRepository {
    @Override
    public Versioned<Neighbourhood> create(Neighbourhood neighbourhood) {
      return neighbourhoodTable.create(neighbourhood);
    }

    @Override
    public Optional<Versioned<Neighbourhood>> find(NeighbourhoodId id) {
      return neighbourhoodTable.find(id.value());
    }

    @Override
    public Versioned<Neighbourhood> update(Neighbourhood neighbourhood, long expectedVersion) {
      return neighbourhoodTable.update(neighbourhood, expectedVersion);
    }

    @Override
    public Page<Versioned<Neighbourhood>> list(PageRequest request) {
      return neighbourhoodTable.list(request);
    }
  }

  private final class Buildings implements BuildingRepository {
    @Override
    public Versioned<Building> create(Building building) {
      return buildingTable.create(building);
    }

    @Override
    public Optional<Versioned<Building>> find(BuildingId id) {
      return buildingTable.find(id.value());
    }

    @Override
    public Versioned<Building> update(Building building, long expectedVersion) {
      return buildingTable.update(building, expectedVersion);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return buildingTable.list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Initiatives implements InitiativeRepository {
    @Override
    public Versioned<Initiative> create(Initiative value) {
      return initiativeTable.create(value);
    }

    @Override
    public Optional<Versioned<Initiative>> find(InitiativeId id) {
      return initiativeTable.find(id.value());
    }

    @Override
    public Versioned<Initiative> update(Initiative value, long expectedVersion) {
      return initiativeTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Initiative>> list(PageRequest request) {
      return initiativeTable.list(request);
    }
  }

  private final class Activities implements ActivityRepository {
    @Override
    public Versioned<Activity> create(Activity value) {
      return activityTable.create(value);
    }

    @Override
    public Optional<Versioned<Activity>> find(ActivityId id) {
      return activityTable.find(id.value());
    }

    @Override
    public Versioned<Activity> update(Activity value, long expectedVersion) {
      return activityTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return activityTable.list(a -> a.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Meetings implements MeetingRepository {
    @Override
    public Versioned<Meeting> create(Meeting value) {
      return meetingTable.create(value);
    }

    @Override
    public Optional<Versioned<Meeting>> find(MeetingId id) {
      return meetingTable.find(id.value());
    }

    @Override
    public Versioned<Meeting> update(Meeting value, long expectedVersion) {
      return meetingTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return meetingTable.list(m -> m.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Ambassadors implements AmbassadorRepository {
    @Override
    public Versioned<Ambassador> create(Ambassador value) {
      return ambassadorTable.create(value);
    }

    @Override
    public Optional<Versioned<Ambassador>> find(AmbassadorId id) {
      return ambassadorTable.find(id.value());
    }

    @Override
    public Versioned<Ambassador> update(Ambassador value, long expectedVersion) {
      return ambassadorTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return ambassadorTable.list(a -> a.building().equals(building), request);
    }
  }

  private final class Signals implements SignalRepository {
    @Override
    public Versioned<Signal> create(Signal value) {
      return signalTable.create(value);
    }

    @Override
    public Optional<Versioned<Signal>> find(SignalId id) {
      return signalTable.find(id.value());
    }

    @Override
    public Versioned<Signal> update(Signal value, long expectedVersion) {
      return signalTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return signalTable.list(s -> s.building().equals(building), request);
    }
  }

  private final class ParkedTopics implements ParkedTopicRepository {
    @Override
    public Versioned<ParkedTopic> create(ParkedTopic value) {
      return topicTable.create(value);
    }

    @Override
    public Optional<Versioned<ParkedTopic>> find(ParkedTopicId id) {
      return topicTable.find(id.value());
    }

    @Override
    public Versioned<ParkedTopic> update(ParkedTopic value, long expectedVersion) {
      return topicTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return topicTable.list(t -> t.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class BenefitStatements implements BenefitStatementRepository {
    @Override
    public Versioned<BenefitStatement> create(BenefitStatement value) {
      return statementTable.create(value);
    }

    @Override
    public Optional<Versioned<BenefitStatement>> find(BenefitStatementId id) {
      return statementTable.find(id.value());
    }

    @Override
    public Versioned<BenefitStatement> update(BenefitStatement value, long expectedVersion) {
      return statementTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return statementTable.list(s -> s.subject().building().equals(building), request);
    }
  }

  private final class Results implements ResultRepository {
    @Override
    public Versioned<Result> create(Result value) {
      return resultTable.create(value);
    }

    @Override
    public Optional<Versioned<Result>> find(ResultId id) {
      return resultTable.find(id.value());
    }

    @Override
    public Versioned<Result> update(Result value, long expectedVersion) {
      return resultTable.update(value, expectedVersion);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return resultTable.list(r -> r.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Sessions implements ActivitySessionRepository {
    @Override
    public ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key) {
      synchronized (lock) {
        if (!activityTable.contains(session.activity().value())) {
          throw new NotFoundException("activity", session.activity());
        }
        if (key.isPresent()) {
          ActivitySession earlier =
              sessionKeys.get(List.of(session.activity().value(), key.get().value()));
          if (earlier != null) {
            return earlier;
          }
          sessionKeys.put(List.of(session.activity().value(), key.get().value()), session);
        }
        sessionRows.add(session);
        return session;
      }
    }

    @Override
    public List<ActivitySession> sessions(ActivityId activity) {
      synchronized (lock) {
        // A stable sort: sessions on the same day stay in the order they were added.
        return sessionRows.stream()
            .filter(s -> s.activity().equals(activity))
            .sorted(Comparator.comparing(ActivitySession::date))
            .toList();
      }
    }
  }
}
