package io.cohesion.rest;

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
import io.cohesion.core.testing.InMemoryStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory fakes of the ports of the method beyond wish maps and measurements, and the builder
 * calls that serve them.
 */
final class DomainPorts {
  final Neighbourhoods neighbourhoods = new Neighbourhoods();
  final Buildings buildings = new Buildings();
  final Initiatives initiatives = new Initiatives();
  final Activities activities = new Activities();
  final Sessions sessions = new Sessions();
  final Meetings meetings = new Meetings();
  final Ambassadors ambassadors = new Ambassadors();
  final Signals signals = new Signals();
  final Topics topics = new Topics();
  final Statements statements = new Statements();
  final Results results = new Results();

  /** {@code builder} serving every resource of these ports. */
  CohesionApi.Builder wire(CohesionApi.Builder builder) {
    return builder
        .neighbourhoods(neighbourhoods, buildings)
        .initiatives(initiatives)
        .activities(activities, sessions)
        .engagement(meetings, ambassadors, signals)
        .parkedTopics(topics)
        .information(statements, results);
  }

  static final class Neighbourhoods extends InMemoryStore<NeighbourhoodId, Neighbourhood>
      implements NeighbourhoodRepository {
    Neighbourhoods() {
      super("neighbourhood", Neighbourhood::id);
    }
  }

  static final class Buildings extends InMemoryStore<BuildingId, Building>
      implements BuildingRepository {
    Buildings() {
      super("building", Building::id);
    }

    @Override
    public Page<Versioned<Building>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(b -> b.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Initiatives extends InMemoryStore<InitiativeId, Initiative>
      implements InitiativeRepository {
    Initiatives() {
      super("initiative", Initiative::id);
    }
  }

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

  static final class Sessions implements ActivitySessionRepository {
    private final List<ActivitySession> stored = Collections.synchronizedList(new ArrayList<>());
    private final Map<List<String>, ActivitySession> byKey = new HashMap<>();

    @Override
    public ActivitySession add(ActivitySession session, Optional<IdempotencyKey> key) {
      synchronized (stored) {
        if (key.isPresent()) {
          List<String> scoped = List.of(session.activity().value(), key.get().value());
          ActivitySession earlier = byKey.putIfAbsent(scoped, session);
          if (earlier != null) {
            return earlier;
          }
        }
        stored.add(session);
        return session;
      }
    }

    @Override
    public List<ActivitySession> sessions(ActivityId activity) {
      synchronized (stored) {
        return stored.stream()
            .filter(s -> s.activity().equals(activity))
            .sorted(Comparator.comparing(ActivitySession::date))
            .toList();
      }
    }
  }

  static final class Meetings extends InMemoryStore<MeetingId, Meeting>
      implements MeetingRepository {
    Meetings() {
      super("meeting", Meeting::id);
    }

    @Override
    public Page<Versioned<Meeting>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(m -> m.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Ambassadors extends InMemoryStore<AmbassadorId, Ambassador>
      implements AmbassadorRepository {
    Ambassadors() {
      super("ambassador", Ambassador::id);
    }

    @Override
    public Page<Versioned<Ambassador>> list(BuildingId building, PageRequest request) {
      return list(a -> a.building().equals(building), request);
    }
  }

  static final class Signals extends InMemoryStore<SignalId, Signal> implements SignalRepository {
    Signals() {
      super("signal", Signal::id);
    }

    @Override
    public Page<Versioned<Signal>> list(BuildingId building, PageRequest request) {
      return list(s -> s.building().equals(building), request);
    }
  }

  static final class Topics extends InMemoryStore<ParkedTopicId, ParkedTopic>
      implements ParkedTopicRepository {
    Topics() {
      super("parked topic", ParkedTopic::id);
    }

    @Override
    public Page<Versioned<ParkedTopic>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(t -> t.neighbourhood().equals(neighbourhood), request);
    }
  }

  static final class Statements extends InMemoryStore<BenefitStatementId, BenefitStatement>
      implements BenefitStatementRepository {
    Statements() {
      super("benefit statement", BenefitStatement::id);
    }

    @Override
    public Page<Versioned<BenefitStatement>> list(BuildingId building, PageRequest request) {
      return list(s -> s.subject().building().equals(building), request);
    }
  }

  static final class Results extends InMemoryStore<ResultId, Result> implements ResultRepository {
    Results() {
      super("result", Result::id);
    }

    @Override
    public Page<Versioned<Result>> list(NeighbourhoodId neighbourhood, PageRequest request) {
      return list(r -> r.neighbourhood().equals(neighbourhood), request);
    }
  }
}
