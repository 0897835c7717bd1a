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
import io.cohesion.core.engagement.HouseholdPhase;
import io.cohesion.core.engagement.HouseholdPhaseRepository;
import io.cohesion.core.engagement.Meeting;
import io.cohesion.core.engagement.MeetingId;
import io.cohesion.core.engagement.MeetingRepository;
import io.cohesion.core.engagement.ParkedTopic;
import io.cohesion.core.engagement.ParkedTopicId;
import io.cohesion.core.engagement.ParkedTopicRepository;
import io.cohesion.core.engagement.Result;
import io.cohesion.core.engagement.ResultId;
import io.cohesion.core.engagement.ResultRepository;
import io.cohesion.core.engagement.RetainedHousehold;
import io.cohesion.core.engagement.Signal;
import io.cohesion.core.engagement.SignalId;
import io.cohesion.core.engagement.SignalRepository;
import io.cohesion.core.initiative.Consultation;
import io.cohesion.core.initiative.ConsultationId;
import io.cohesion.core.initiative.ConsultationRepository;
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
import io.cohesion.core.privacy.Pseudonym;
import io.cohesion.persistence.internal.TableRepository;
import io.cohesion.persistence.memory.MemoryTable.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
  private final MemoryTable<HouseholdPhase> householdTable;
  private final MemoryTable<Consultation> consultationTable;
  private final Object lock;

  /** What the funnel's released months keep of erased households, by stand-in. */
  private final Map<String, RetainedHousehold> retainedHouseholds = new TreeMap<>();

  private final List<ActivitySession> sessionRows = new ArrayList<>();

  /** The sessions added under an idempotency key, by activity id and key. */
  private final Map<List<String>, ActivitySession> sessionKeys = new HashMap<>();

  // The repositories hold their tables, so they come after them in the constructor.
  final NeighbourhoodRepository neighbourhoods;
  final BuildingRepository buildings;
  final InitiativeRepository initiatives;
  final ActivityRepository activities;
  final ActivitySessionRepository activitySessions;
  final MeetingRepository meetings;
  final AmbassadorRepository ambassadors;
  final SignalRepository signals;
  final ParkedTopicRepository parkedTopics;
  final BenefitStatementRepository benefitStatements;
  final ResultRepository results;
  final HouseholdPhaseRepository householdPhases;
  final ConsultationRepository consultations;

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
    householdTable =
        new MemoryTable<>(
            lock,
            "household",
            h -> h.household().value(),
            List.of(inBuilding(HouseholdPhase::building)));
    consultationTable =
        new MemoryTable<>(
            lock,
            "consultation",
            c -> c.id().value(),
            List.of(Reference.one("initiative", initiativeTable, c -> c.initiative().value())));
    // Like the foreign key of the SQL stores: a building's retained households go with it.
    buildingTable.owning(
        id ->
            retainedHouseholds.values().removeIf(r -> r.household().building().value().equals(id)));
    activityTable.referredToBy(
        new MemoryTable.Referrer(
            "session",
            id -> sessionRows.stream().anyMatch(s -> s.activity().value().equals(id)),
            "delete that first"));
    neighbourhoods = new Neighbourhoods();
    buildings = new Buildings();
    initiatives = new Initiatives();
    activities = new Activities();
    activitySessions = new Sessions();
    meetings = new Meetings();
    ambassadors = new Ambassadors();
    signals = new Signals();
    parkedTopics = new ParkedTopics();
    benefitStatements = new BenefitStatements();
    results = new Results();
    householdPhases = new HouseholdPhases();
    consultations = new Consultations();
  }

  /** Declares records kept outside these tables (measurements) that refer to neighbourhoods. */
  void neighbourhoodsReferredToBy(MemoryTable.Referrer referrer) {
    neighbourhoodTable.referredToBy(referrer);
  }

  private <T> Reference<T> inNeighbourhood(Function<T, NeighbourhoodId> id) {
    return Reference.one("neighbourhood", neighbourhoodTable, t -> id.apply(t).value());
  }

  private <T> Reference<T> inBuilding(Function<T, BuildingId> id) {
    return Reference.one("building", buildingTable, t -> id.apply(t).value());
  }

  private final class Neighbourhoods
      extends TableRepository<NeighbourhoodId, Neighbourhood, MemoryTable<Neighbourhood>>
      implements NeighbourhoodRepository {
    Neighbourhoods() {
      super(neighbourhoodTable, NeighbourhoodId::value);
    }
  }

  private final class Buildings extends TableRepository<BuildingId, Building, MemoryTable<Building>>
      implements BuildingRepository {
    Buildings() {
      super(buildingTable, BuildingId::value);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Initiatives
      extends TableRepository<InitiativeId, Initiative, MemoryTable<Initiative>>
      implements InitiativeRepository {
    Initiatives() {
      super(initiativeTable, InitiativeId::value);
    }
  }

  private final class Activities
      extends TableRepository<ActivityId, Activity, MemoryTable<Activity>>
      implements ActivityRepository {
    Activities() {
      super(activityTable, ActivityId::value);
    }

    @Override
    public Page<Versioned<Activity>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list(a -> a.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Meetings extends TableRepository<MeetingId, Meeting, MemoryTable<Meeting>>
      implements MeetingRepository {
    Meetings() {
      super(meetingTable, MeetingId::value);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list(m -> m.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class Ambassadors
      extends TableRepository<AmbassadorId, Ambassador, MemoryTable<Ambassador>>
      implements AmbassadorRepository {
    Ambassadors() {
      super(ambassadorTable, AmbassadorId::value);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return table.list(a -> a.building().equals(building), request);
    }
  }

  private final class Signals extends TableRepository<SignalId, Signal, MemoryTable<Signal>>
      implements SignalRepository {
    Signals() {
      super(signalTable, SignalId::value);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return table.list(s -> s.building().equals(building), request);
    }
  }

  private final class HouseholdPhases
      extends TableRepository<Pseudonym, HouseholdPhase, MemoryTable<HouseholdPhase>>
      implements HouseholdPhaseRepository {
    HouseholdPhases() {
      super(householdTable, Pseudonym::value);
    }

    @Override
    public Page<Versioned<HouseholdPhase>> list(BuildingId building, PageRequest request) {
      return table.list(h -> h.building().equals(building), request);
    }

    @Override
    public boolean erase(Pseudonym household, Optional<RetainedHousehold> retained) {
      synchronized (lock) {
        Optional<Versioned<HouseholdPhase>> found = table.find(household.value());
        if (found.isEmpty()) {
          return false;
        }
        table.delete(household.value(), found.get().version());
        retained.ifPresent(r -> retainedHouseholds.put(r.household().household().value(), r));
        return true;
      }
    }

    @Override
    public List<RetainedHousehold> retained(BuildingId building) {
      synchronized (lock) {
        return retainedHouseholds.values().stream()
            .filter(r -> r.household().building().equals(building))
            .toList();
      }
    }
  }

  private final class Consultations
      extends TableRepository<ConsultationId, Consultation, MemoryTable<Consultation>>
      implements ConsultationRepository {
    Consultations() {
      super(consultationTable, ConsultationId::value);
    }

    @Override
    public Page<Versioned<Consultation>> list(InitiativeId initiative, PageRequest request) {
      return table.list(c -> c.initiative().equals(initiative), request);
    }
  }

  private final class ParkedTopics
      extends TableRepository<ParkedTopicId, ParkedTopic, MemoryTable<ParkedTopic>>
      implements ParkedTopicRepository {
    ParkedTopics() {
      super(topicTable, ParkedTopicId::value);
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list(t -> t.neighbourhood().equals(neighbourhood), request);
    }
  }

  private final class BenefitStatements
      extends TableRepository<BenefitStatementId, BenefitStatement, MemoryTable<BenefitStatement>>
      implements BenefitStatementRepository {
    BenefitStatements() {
      super(statementTable, BenefitStatementId::value);
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return table.list(s -> s.subject().building().equals(building), request);
    }
  }

  private final class Results extends TableRepository<ResultId, Result, MemoryTable<Result>>
      implements ResultRepository {
    Results() {
      super(resultTable, ResultId::value);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return table.list(r -> r.neighbourhood().equals(neighbourhood), request);
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
